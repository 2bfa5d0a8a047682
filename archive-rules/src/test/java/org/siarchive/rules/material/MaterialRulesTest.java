package org.siarchive.rules.material;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.siarchive.core.model.BusinessType;
import org.siarchive.core.model.SealKind;
import org.siarchive.core.ruledata.RuleDataException;
import org.siarchive.core.ruledata.Timeline;

class MaterialRulesTest {
  private static final String MINIMAL =
      """
      {"format": "siarchive-material-rules/1", "id": "tianjin-local", "edition": "2027.1",
       "effectiveFrom": "2027-01-01", "illustrative": false, "title": "T", "source": "S",
       "images": {"minDpi": 200, "allowedFormats": ["TIFF"], "colourForSeals": true},
       "mandatoryMetadata": ["volume.arranger"],
       "materials": [
         {"code": "FORM", "zh": "表", "en": "Form", "colourRequired": false},
         {"code": "COPY", "zh": "复印件", "en": "Copy", "minDpi": 300, "colourRequired": false}],
       "businessTypes": [
         {"businessType": {"line": "PENSION", "step": "X"}, "zh": "养老", "en": "Pension",
          "availableFrom": "1991-01-01", "imageRequired": true,
          "materials": [
            {"material": "FORM", "required": true, "mainForm": true, "seals": ["OFFICE_SEAL"]},
            {"material": "COPY", "required": false, "mainForm": false, "seals": []}]}]}
      """;

  private static MaterialRules load(String json) {
    return MaterialRules.load(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "local.json");
  }

  @Test
  void theExampleOfRuleDataMd_isTheMinimalEditionOfTheseTests() throws java.io.IOException {
    String doc =
        java.nio.file.Files.readString(
            java.nio.file.Path.of("RULE-DATA.md"), StandardCharsets.UTF_8);
    String example =
        doc.substring(
            doc.indexOf("```json\n") + 8, doc.indexOf("```\n", doc.indexOf("```json\n") + 8));
    assertThat(example.strip()).isEqualTo(MINIMAL.strip());
    assertThat(load(example).edition()).isEqualTo("2027.1");
  }

  @Test
  void bundled_isIllustrative_andSaysSo() {
    MaterialRules rules = MaterialRules.bundledIllustrative();
    assertThat(rules.illustrative()).isTrue();
    assertThat(rules.label()).isEqualTo("material-rules illustrative 2026.1 (illustrative)");
    assertThat(rules.title()).startsWith("ILLUSTRATIVE");
    assertThat(rules.businessTypes()).hasSize(12);
  }

  @Test
  void bundled_pension_resolvesMainFormSealsResolutionAndColour() {
    TypeRules t =
        MaterialRules.bundledIllustrative()
            .rulesFor(BusinessType.parse("PENSION/BENEFIT_DETERMINATION"))
            .orElseThrow();
    assertThat(t.mainForm()).isEqualTo("PENSION-APPLICATION");
    assertThat(t.otherRequiredMaterials())
        .containsExactly("RETIREMENT-APPROVAL", "PENSION-CALCULATION", "ID-CARD-COPY");
    assertThat(t.requiredSeals("PENSION-APPLICATION"))
        .containsExactly(SealKind.OFFICE_SEAL, SealKind.HANDLER_SEAL);
    assertThat(t.minDpi("PENSION-CALCULATION")).isEqualTo(300);
    assertThat(t.minDpi("ID-CARD-COPY")).isEqualTo(200);
    assertThat(t.minDpi(null)).isEqualTo(200);
    assertThat(t.colourRequired("PENSION-APPLICATION")).as("sealed").isTrue();
    assertThat(t.colourRequired("ID-CARD-COPY")).isFalse();
    assertThat(t.colourRequired("MEDICAL-INVOICE")).as("unlisted, red by definition").isTrue();
    assertThat(t.requiredSeals("MEDICAL-INVOICE")).as("unlisted").isEmpty();
  }

  @Test
  void local_loads_andMaterialOutsideAnyTypeUsesItsDefinition() {
    MaterialRules rules = load(MINIMAL);
    assertThat(rules.id()).isEqualTo("tianjin-local");
    assertThat(rules.minDpi("COPY")).isEqualTo(300);
    assertThat(rules.minDpi("UNKNOWN")).isEqualTo(200);
    assertThat(rules.rulesFor(BusinessType.parse("PENSION/X")).orElseThrow().mainForm())
        .isEqualTo("FORM");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown property | \"illustrative\": false, | \"illustrative\": false, \"extra\": 1, | /extra | unknown property",
        "missing field | \"title\": \"T\", | '' | /title | missing required property",
        "bad format | siarchive-material-rules/1 | siarchive-material-rules/2 | /format | must match",
        "null element | [\"volume.arranger\"] | [null] | /mandatoryMetadata/0 | expected one of [volume.arranger, volume.checker, volume.arrangedOn, catalogue.archivalCode, catalogue.documentNumber], got null",
        "dpi out of range | \"minDpi\": 300 | \"minDpi\": 0 | /materials/1/minDpi | must be greater than or equal to 1",
        "dpi below floor | \"minDpi\": 300 | \"minDpi\": 150 | /materials/1/minDpi | must not be below images/minDpi 200",
        "duplicate material | \"code\": \"COPY\" | \"code\": \"FORM\" | /materials/1/code | duplicate material code",
        "undefined material | \"material\": \"COPY\" | \"material\": \"NOPE\" | /businessTypes/0/materials/1/material | no material with that code",
        "two main forms | \"required\": false, \"mainForm\": false | \"required\": true, \"mainForm\": true | /businessTypes/0/materials | exactly one material must be the main form",
        "main form optional | \"required\": true, \"mainForm\": true | \"required\": false, \"mainForm\": true | /businessTypes/0/materials/0/required | the main form must be required",
        "duplicate key | \"id\": \"tianjin-local\", | \"id\": \"tianjin-local\", \"id\": \"x\", | '' | Duplicate field",
        "unknown metadata | \"volume.arranger\"] | \"volume.colour\"] | /mandatoryMetadata/0 | expected one of [volume.arranger, volume.checker, volume.arrangedOn, catalogue.archivalCode, catalogue.documentNumber], got \"volume.colour\"",
      })
  void load_refusesBadRules_namingSourcePointerAndReason(
      String name, String from, String to, String pointer, String reason) {
    String json = MINIMAL.replace(from, to);
    assertThat(json).as("the test's replacement applies").isNotEqualTo(MINIMAL);
    assertThatThrownBy(() -> load(json))
        .isInstanceOf(RuleDataException.class)
        .satisfies(
            e -> {
              RuleDataException r = (RuleDataException) e;
              assertThat(r.source()).isEqualTo("local.json");
              if (!pointer.isEmpty()) {
                assertThat(r.pointer()).isEqualTo(pointer);
              }
              assertThat(r.getMessage()).startsWith("local.json: ").contains(reason);
            });
  }

  @Test
  void book_servesEditionsOldestToNewest_andTheOneInForce() {
    MaterialRules a = load(MINIMAL);
    MaterialRules b = load(MINIMAL.replace("2027.1", "2028.1").replace("2027-01-01", "2028-01-01"));
    Timeline<MaterialRules> book = Timeline.of(List.of(b, a));

    assertThat(book.versions()).containsExactly(a, b);
    assertThat(book.inForce(LocalDate.of(2026, 12, 31))).isEmpty();
    assertThat(book.inForce(LocalDate.of(2027, 12, 31))).contains(a);
    assertThat(book.inForce(LocalDate.of(2028, 1, 1))).contains(b);
    assertThat(book.latest()).isSameAs(b);
  }

  @Test
  void book_refusesTwoEditionsFromOneDay_andMixedRuleSets() {
    MaterialRules a = load(MINIMAL);
    assertThatThrownBy(() -> Timeline.of(List.of(a, load(MINIMAL.replace("2027.1", "2027.2")))))
        .hasMessageContaining(
            "effectiveFrom (distinct dates): editions 2027.1 and 2027.2 both from 2027-01-01");
    assertThatThrownBy(() -> MaterialRules.bundledEditions().with(a))
        .hasMessageContaining("one table, illustrative");
  }

  @Test
  void local_aMaterialAtExactlyTheFloor_isAccepted_andTheLabelSaysNothingOfIllustration() {
    MaterialRules rules = load(MINIMAL.replace("\"minDpi\": 300", "\"minDpi\": 200"));
    assertThat(rules.minDpi("COPY")).isEqualTo(200);
    assertThat(rules.illustrative()).isFalse();
    assertThat(rules.label()).isEqualTo("material-rules tianjin-local 2027.1");
    assertThat(rules).hasToString("material-rules tianjin-local 2027.1");
    assertThat(rules.source()).isEqualTo("local.json");
    assertThat(rules.sourceName()).isEqualTo("local.json");
    assertThat(rules.tableId()).isEqualTo("tianjin-local");
    assertThat(rules.effectiveFrom()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(rules.allowedFormats()).containsExactly(org.siarchive.core.model.ImageFormat.TIFF);
    assertThat(rules.mandatoryMetadata()).containsExactly(MetadataField.ARRANGER);
    assertThat(rules.material("COPY").orElseThrow().en()).isEqualTo("Copy");
    assertThat(rules.material("NOPE")).isEmpty();
    assertThat(load(rules.toJson()).toJson()).isEqualTo(rules.toJson());
  }

  @Test
  void local_colourOutsideAnyType_isTheMaterialsOwnRule_andNoneForUnknownOrNull() {
    MaterialRules rules =
        load(
            MINIMAL.replace(
                "\"minDpi\": 300, \"colourRequired\": false",
                "\"minDpi\": 300, \"colourRequired\": true"));
    assertThat(rules.colourRequired("COPY")).isTrue();
    assertThat(rules.colourRequired("FORM")).as("sealed only within a type").isFalse();
    assertThat(rules.colourRequired("UNKNOWN")).isFalse();
    assertThat(rules.colourRequired(null)).isFalse();
    assertThat(rules.minDpi(null)).isEqualTo(200);
  }

  @Test
  void typeRules_ofTheMinimalEdition_answerForListedUnlistedAndUnidentifiedMaterials() {
    TypeRules t = load(MINIMAL).rulesFor(BusinessType.parse("PENSION/X")).orElseThrow();
    assertThat(t.businessType()).isEqualTo(BusinessType.parse("PENSION/X"));
    assertThat(t.rule().zh()).isEqualTo("养老");
    assertThat(t.lists("FORM")).isTrue();
    assertThat(t.lists("COPY")).isTrue();
    assertThat(t.lists("OTHER")).isFalse();
    assertThat(t.lists(null)).isFalse();
    assertThat(t.otherRequiredMaterials()).as("COPY is optional").isEmpty();
    assertThat(t.imageRequired()).isTrue();
    assertThat(t.availableFrom()).isEqualTo(LocalDate.of(1991, 1, 1));
    assertThat(t.retentionRow()).isEmpty();
    assertThat(t.requiredSeals("FORM")).containsExactly(SealKind.OFFICE_SEAL);
    assertThat(t.requiredSeals(null)).isEmpty();
    assertThat(t.colourRequired("FORM")).as("sealed, colour for seals").isTrue();
    assertThat(t.colourRequired("COPY")).isFalse();
    assertThat(t.colourRequired(null)).isFalse();
    assertThat(t.minDpi("COPY")).isEqualTo(300);
    assertThat(t.minDpi("OTHER")).isEqualTo(200);
    TypeRules noColourForSeals =
        load(MINIMAL.replace("\"colourForSeals\": true", "\"colourForSeals\": false"))
            .rulesFor(BusinessType.parse("PENSION/X"))
            .orElseThrow();
    assertThat(noColourForSeals.colourRequired("FORM")).isFalse();
    TypeRules withoutImages =
        load(MINIMAL.replace("\"imageRequired\": true", "\"imageRequired\": false"))
            .rulesFor(BusinessType.parse("PENSION/X"))
            .orElseThrow();
    assertThat(withoutImages.imageRequired()).isFalse();
    assertThat(
            MaterialRules.bundledIllustrative()
                .rulesFor(BusinessType.parse("GENERAL/EMPLOYER_REGISTRATION"))
                .orElseThrow()
                .retentionRow())
        .hasValue("一(1)");
    assertThat(load(MINIMAL).rulesFor(BusinessType.parse("PENSION/Y"))).isEmpty();
  }

  @Test
  void load_duplicateMandatoryFieldOrBusinessType_isRefusedAtTheRepeat() {
    assertThatThrownBy(
            () ->
                load(
                    MINIMAL.replace(
                        "[\"volume.arranger\"]", "[\"volume.arranger\", \"volume.arranger\"]")))
        .hasMessage("local.json: /mandatoryMetadata/1: duplicate field: \"volume.arranger\"");
    String type =
        MINIMAL.substring(MINIMAL.indexOf("{\"businessType\""), MINIMAL.lastIndexOf("]}]}") + 2);
    assertThatThrownBy(() -> load(MINIMAL.replace(type, type + ", " + type)))
        .hasMessage(
            "local.json: /businessTypes/1/businessType: duplicate business type, first at"
                + " /businessTypes/0: \"PENSION/X\"");
  }

  @Test
  void editionsOf_aRuleSetNoProviderOffers_isRefused() {
    assertThatThrownBy(
            () ->
                MaterialRules.editionsOf(
                    org.siarchive.core.ruledata.provider.RuleTables.installed(), "nowhere"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for editions (at least one): 0 editions");
    assertThat(MaterialRules.bundledEditions().latest())
        .isSameAs(MaterialRules.bundledIllustrative());
  }

  @Test
  void metadataField_ofTheWrongKind_saysWhichPresentInToUse() {
    assertThat(MetadataField.ARRANGER.perCatalogueRow()).isFalse();
    assertThat(MetadataField.DOCUMENT_NUMBER.perCatalogueRow()).isTrue();
    assertThat(MetadataField.ARCHIVAL_CODE.jsonName()).isEqualTo("catalogue.archivalCode");
    assertThatThrownBy(
            () -> MetadataField.ARCHIVAL_CODE.presentIn((org.siarchive.core.model.Volume) null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("catalogue.archivalCode is a catalogue field; use presentIn(CatalogEntry)");
    assertThatThrownBy(
            () -> MetadataField.CHECKER.presentIn((org.siarchive.core.model.CatalogEntry) null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("volume.checker is a volume field; use presentIn(Volume)");
  }

  @Test
  void metadataField_presentIn_seesEachFieldSetOrMissing() {
    org.siarchive.core.model.Volume v = org.siarchive.rules.quality.CleanVolumes.of(0, 1);
    assertThat(MetadataField.ARRANGER.presentIn(v)).isTrue();
    assertThat(MetadataField.CHECKER.presentIn(v)).isTrue();
    assertThat(MetadataField.ARRANGED_ON.presentIn(v)).isTrue();
    assertThat(MetadataField.ARRANGER.presentIn(v.toBuilder().arranger(null).build())).isFalse();
    assertThat(MetadataField.CHECKER.presentIn(v.toBuilder().checker(null).build())).isFalse();
    assertThat(MetadataField.ARRANGED_ON.presentIn(v.toBuilder().arrangedOn(null).build()))
        .isFalse();
    var full =
        new org.siarchive.core.model.CatalogEntry(1, "A-1", "FORM", "表", null, "分中心", "文号 1", 2);
    var bare =
        new org.siarchive.core.model.CatalogEntry(1, null, "FORM", "表", null, "分中心", null, 2);
    assertThat(MetadataField.ARCHIVAL_CODE.presentIn(full)).isTrue();
    assertThat(MetadataField.DOCUMENT_NUMBER.presentIn(full)).isTrue();
    assertThat(MetadataField.ARCHIVAL_CODE.presentIn(bare)).isFalse();
    assertThat(MetadataField.DOCUMENT_NUMBER.presentIn(bare)).isFalse();
  }

  @Test
  void editionsOf_aFileThatIsNotTheEditionItsIndexNames_isRefused() throws Exception {
    byte[] file = MINIMAL.getBytes(StandardCharsets.UTF_8);
    String sha =
        java.util.HexFormat.of()
            .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(file));
    byte[] index =
        ("{\"format\": \"siarchive-rule-index/1\", \"tables\": [{\"file\": \"local.json\","
                + " \"kind\": \"material-rules\", \"id\": \"tianjin-local\", \"edition\":"
                + " \"2027.2\", \"effectiveFrom\": \"2027-01-01\", \"formatVersion\": 1,"
                + " \"sha256\": \""
                + sha
                + "\"}]}")
            .getBytes(StandardCharsets.UTF_8);
    org.siarchive.core.ruledata.provider.RuleDataProvider provider =
        new org.siarchive.core.ruledata.provider.RuleDataProvider() {
          @Override
          public String name() {
            return "test:local";
          }

          @Override
          public String version() {
            return "1";
          }

          @Override
          public java.io.InputStream open(String resource) {
            byte[] b = resource.equals(INDEX) ? index : resource.equals("local.json") ? file : null;
            return b == null ? null : new ByteArrayInputStream(b);
          }
        };
    assertThatThrownBy(
            () ->
                MaterialRules.editionsOf(
                    org.siarchive.core.ruledata.provider.RuleTables.of(List.of(provider)),
                    "tianjin-local"))
        .isInstanceOf(RuleDataException.class)
        .hasMessage(
            "local.json: (document): holds tianjin-local 2027.1, not the tianjin-local 2027.2 that"
                + " the index of test:local 1 names");
  }
}
