package org.siarchive.rules.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.hash.Hashing;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.defect.Location;
import org.siarchive.core.defect.Severity;
import org.siarchive.core.ruledata.RuleDataException;
import org.siarchive.core.ruledata.provider.RuleDataProvider;
import org.siarchive.core.ruledata.provider.RuleTables;
import org.siarchive.core.testing.DataArtifact;
import org.siarchive.rules.Language;

/**
 * The catalogue as rule data: the newest edition the providers offer, checked against its index; a
 * loaded or combined catalogue refused when a template names an argument the row does not declare
 * or the combination is no valid catalogue; its stages' codes unmodifiable.
 */
class DefectCatalogueTest {

  /** A catalogue of one row, {@code HOST_MODE}, whose English message is the template given. */
  private static String catalogue(String edition, String english) {
    return """
        {"format": "siarchive-defect-catalogue/1", "edition": "%s", "title": "t", "source": "t",
         "defects": [{"code": "HOST_MODE", "severity": "MINOR", "zh": "模式", "en": "Mode",
           "arguments": ["mode"], "message": {"zh": "模式{mode}", "en": "%s"},
           "reference": "host rule 1", "guidance": {"zh": "改", "en": "fix"},
           "stages": ["self-check"]}]}
        """
        .formatted(edition, english);
  }

  private static DefectCatalogue load(String json) {
    return DefectCatalogue.load(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "host.json");
  }

  /** A provider of one catalogue file, host.json, whose index names the given edition. */
  private static RuleDataProvider provider(String indexedEdition, String file) {
    byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
    byte[] index =
        ("{\"format\": \"siarchive-rule-index/1\", \"tables\": [{\"file\": \"host.json\","
                + " \"kind\": \"defect-catalogue\", \"id\": \"siarchive\", \"edition\": \""
                + indexedEdition
                + "\", \"formatVersion\": 1, \"sha256\": \""
                + Hashing.sha256().hashBytes(bytes)
                + "\"}]}")
            .getBytes(StandardCharsets.UTF_8);
    return new RuleDataProvider() {
      @Override
      public String name() {
        return "test:host";
      }

      @Override
      public String version() {
        return "1";
      }

      @Override
      public @Nullable InputStream open(String resource) {
        byte[] b =
            resource.equals(RuleDataProvider.INDEX)
                ? index
                : resource.equals("host.json") ? bytes : null;
        return b == null ? null : new ByteArrayInputStream(b);
      }
    };
  }

  @Test
  void newestOf_theProviders_isTheLastOneListed() {
    DefectCatalogue shipped = DefectCatalogue.newestOf(DataArtifact.tables());
    // The edition the data artifact's file is named after.
    assertThat(shipped.edition()).isEqualTo("2026.1");
    assertThat(shipped.label()).isEqualTo("defect-catalogue 2026.1");
    assertThat(shipped.types())
        .extracting(DefectType::defectCode)
        .contains(DefectCodes.IMAGE_SKEWED);
    assertThat(shipped.codesFor(Stage.ALL))
        .containsExactlyElementsOf(shipped.types().stream().map(DefectType::defectCode).toList());

    DefectCatalogue host =
        DefectCatalogue.newestOf(
            RuleTables.of(
                List.of(
                    DataArtifact.provider(),
                    provider("host-2", catalogue("host-2", "mode {mode}")))));
    assertThat(host.edition()).isEqualTo("host-2");
    assertThat(host.types()).extracting(t -> t.code()).containsExactly("HOST_MODE");
  }

  @Test
  void newestOf_refusesAFileThatIsNotTheEditionItsIndexNames_andNoCatalogueAtAll() {
    RuleTables lying =
        RuleTables.of(List.of(provider("host-3", catalogue("host-2", "mode {mode}"))));
    assertThatThrownBy(() -> DefectCatalogue.newestOf(lying))
        .isInstanceOf(RuleDataException.class)
        .hasMessageContaining("host.json")
        .hasMessageContaining("host-2")
        .hasMessageContaining("host-3");
    RuleTables none = RuleTables.of(List.of());
    assertThatThrownBy(() -> DefectCatalogue.newestOf(none))
        .isInstanceOf(RuleDataException.class)
        .hasMessageContaining("no provider offers a defect-catalogue");
  }

  @Test
  void aTemplate_namingAnArgumentTheRowDoesNotDeclare_isRefusedAtItsPointer() {
    assertThatThrownBy(() -> load(catalogue("host-1", "mode {colour}")))
        .isInstanceOf(RuleDataException.class)
        .hasMessageContaining("host.json")
        .hasMessageContaining("/defects/0/message/en");
  }

  @Test
  void aCombinedCatalogue_isCheckedAsALoadedOne() {
    // Each edition is 40 characters; joined with '+' they pass the 64 an edition may have.
    String a = "a".repeat(40);
    String b = "b".repeat(40);
    DefectCatalogue first = load(catalogue(a, "mode {mode}"));
    DefectCatalogue second = load(catalogue(b, "mode {mode}").replace("HOST_MODE", "HOST_OTHER"));
    assertThatThrownBy(() -> first.with(second))
        .isInstanceOf(RuleDataException.class)
        .hasMessageContaining("combined catalogue")
        .hasMessageContaining("/edition");
    DefectCatalogue joined =
        load(catalogue("x-1", "mode {mode}"))
            .with(load(catalogue("y-1", "mode {mode}").replace("HOST_MODE", "HOST_OTHER")));
    assertThat(joined.edition()).isEqualTo("x-1+y-1");
    assertThat(joined.types()).extracting(t -> t.code()).containsExactly("HOST_MODE", "HOST_OTHER");
  }

  @Test
  void aCatalogueWithoutTerms_showsTheArgumentsAsGiven() {
    DefectCatalogue host = load(catalogue("host-1", "mode {mode}"));
    Defect d =
        new Defect(
            DefectCode.of("HOST_MODE"),
            Severity.MINOR,
            Location.volume("SC01-2024-000001"),
            Map.of("mode", "GREYSCALE"));
    assertThat(host.message(d, Language.EN)).isEqualTo("mode GREYSCALE");
    assertThat(host.message(d, Language.ZH)).isEqualTo("模式GREYSCALE");
  }

  @Test
  void theCodesOfAStage_areUnmodifiable() {
    DefectCatalogue host = load(catalogue("host-1", "mode {mode}"));
    assertThat(host.codesFor(Stage.SELF_CHECK)).containsExactly(DefectCode.of("HOST_MODE"));
    assertThat(host.codesFor(Stage.AUDIT_POST)).isEmpty();
    assertThatThrownBy(() -> host.codesFor(Stage.AUDIT_POST).add(DefectCode.of("HOST_MODE")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> host.types().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
