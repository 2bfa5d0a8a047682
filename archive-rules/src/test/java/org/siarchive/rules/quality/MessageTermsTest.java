package org.siarchive.rules.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.defect.Location;
import org.siarchive.core.defect.Severity;
import org.siarchive.core.ruledata.RuleDataException;
import org.siarchive.rules.Language;
import org.siarchive.rules.material.MaterialRules;

/**
 * Messages name what the paper and the pixels are in the reader's language: materials by the
 * material rules' names, colour modes and seals by the catalogue's terms (issue 15).
 */
class MessageTermsTest {
  private static final DefectCatalogue CATALOGUE = DefectCatalogue.bundled();

  private static Defect defect(DefectCode code, Map<String, String> arguments) {
    return new Defect(code, Severity.MAJOR, Location.volume("SC01-2024-000001"), arguments);
  }

  @Test
  void colourModesAndSeals_areNamedInTheLanguage_listsItemByItem() {
    Defect colour =
        defect(
            DefectCodes.IMAGE_COLOUR_MODE_MISMATCH,
            Map.of("colourMode", "GREYSCALE", "recordedColourMode", "COLOUR"));
    assertThat(CATALOGUE.message(colour, Language.ZH)).isEqualTo("像素为灰度，登记为彩色");
    assertThat(CATALOGUE.message(colour, Language.EN))
        .isEqualTo("the pixels are greyscale, the record says colour");

    Defect seals =
        defect(
            DefectCodes.IMAGE_SEAL_NOT_VISIBLE,
            Map.of("seals", "HANDLER_SEAL, OFFICE_SEAL", "images", "2"));
    assertThat(CATALOGUE.message(seals, Language.ZH))
        .isEqualTo("纸质记录经办人章、分中心经办专用章，但该件2幅彩色影像均不见红色印章");
    assertThat(CATALOGUE.message(seals, Language.EN))
        .isEqualTo(
            "the paper records the case handler's seal, the sub-centre office seal, but none of"
                + " the item's 2 colour images shows a red seal");
  }

  @Test
  void aValueNoTermNames_isShownAsGiven() {
    Defect unknown =
        defect(
            DefectCodes.IMAGE_COLOUR_MODE_MISMATCH,
            Map.of("colourMode", "CMYK", "recordedColourMode", "COLOUR"));
    assertThat(CATALOGUE.message(unknown, Language.ZH)).isEqualTo("像素为CMYK，登记为彩色");
  }

  @Test
  void materials_areNamedFromTheMaterialRules_inEachLanguage_withTheirCode() {
    MaterialRules rules = MaterialRules.bundledIllustrative();
    Defect seal =
        defect(
            DefectCodes.HANDLER_SEAL_MISSING,
            MaterialArguments.of("material", rules, "EMPLOYER-REG-FORM"));
    assertThat(CATALOGUE.message(seal, Language.ZH)).isEqualTo("材料参保单位登记表（EMPLOYER-REG-FORM）缺经办人章");
    assertThat(CATALOGUE.message(seal, Language.EN))
        .isEqualTo(
            "material Employer registration form (EMPLOYER-REG-FORM) lacks the case handler's"
                + " seal (经办人章)");
    // A code the rules do not define is its own name.
    assertThat(MaterialArguments.of("material", rules, "HOST-ONLY"))
        .containsExactly(
            Map.entry("material", "HOST-ONLY"),
            Map.entry("materialName", "HOST-ONLY"),
            Map.entry("materialNameEn", "HOST-ONLY"));
  }

  private static DefectCatalogue load(String terms) {
    String json =
        """
        {"format": "siarchive-defect-catalogue/1", "edition": "t-1", "title": "t", "source": "t",
         "terms": %s,
         "defects": [{"code": "HOST_MODE", "severity": "MINOR", "zh": "模式", "en": "Mode",
           "arguments": ["mode"], "message": {"zh": "模式{mode}", "en": "mode {mode}"},
           "reference": "host rule 1", "guidance": {"zh": "改", "en": "fix"},
           "stages": ["self-check"]}]}
        """
            .formatted(terms);
    return DefectCatalogue.load(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "host.json");
  }

  @Test
  void aHostCatalogue_bringsItsOwnTerms_andTwoTermsForOneArgumentAreRefused() {
    DefectCatalogue host =
        load(
            "[{\"arguments\": [\"mode\"], \"values\": {\"A\": {\"zh\": \"甲\", \"en\": \"alpha\"}}}]");
    Defect d = defect(DefectCode.of("HOST_MODE"), Map.of("mode", "A"));
    assertThat(host.message(d, Language.ZH)).isEqualTo("模式甲");
    assertThat(host.message(d, Language.EN)).isEqualTo("mode alpha");
    assertThat(host.with(CATALOGUE).message(d, Language.EN)).isEqualTo("mode alpha");

    assertThatThrownBy(
            () ->
                load(
                    "[{\"arguments\": [\"mode\"], \"values\": {\"A\": {\"zh\": \"甲\", \"en\": \"a\"}}},"
                        + " {\"arguments\": [\"mode\"], \"values\": {\"B\": {\"zh\": \"乙\", \"en\": \"b\"}}}]"))
        .isInstanceOf(RuleDataException.class)
        .hasMessageContaining("/terms/1/arguments/0")
        .hasMessageContaining("argument already named by /terms/0");
    assertThatThrownBy(() -> load("[{\"arguments\": [], \"values\": {}}]"))
        .isInstanceOf(RuleDataException.class)
        .hasMessageContaining("/terms/0/");
  }
}
