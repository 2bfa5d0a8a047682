package org.siarchive.rules.quality;

import org.siarchive.rules.Language;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.defect.Location;
import org.siarchive.core.model.Volume;

class SuiteTest {
  private static final DefectCode HOST = DefectCode.of("HOST_TITLE_GENERIC");

  /** A host's check of its own, with its own catalogue row. */
  private static final Check GENERIC_TITLE =
      new Check() {
        @Override
        public String id() {
          return "host.title";
        }

        @Override
        public Set<DefectCode> codes() {
          return Set.of(HOST);
        }

        @Override
        public void check(Inspection in, Findings findings) {
          findings.report(HOST, Location.volume(in.volume().id()));
        }
      };

  private static final DefectCatalogue HOST_ROWS =
      DefectCatalogue.load(
          new java.io.ByteArrayInputStream(
              """
              {"format": "siarchive-defect-catalogue/1", "edition": "host-1", "title": "host", "source": "host",
               "defects": [{"code": "HOST_TITLE_GENERIC", "severity": "MINOR", "zh": "题名笼统", "en": "Generic title",
                 "arguments": [], "message": {"zh": "题名笼统", "en": "the title is generic"},
                 "reference": "host rule 1", "guidance": {"zh": "写明人名与业务", "en": "name the person and the business"},
                 "stages": ["self-check"]}]}
              """.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
          "host.json");

  @Test
  void stage_parse_namesTheValidStages() {
    assertThat(Stage.parse("re-check")).isEqualTo(Stage.RE_CHECK);
    assertThatThrownBy(() -> Stage.parse("acceptance"))
        .hasMessage(
            "Invalid value for stage (one of self-check, audit-post, pre-acceptance, supervision, re-check, all): acceptance");
  }

  @Test
  void stageSuites_holdOnlyTheChecksThatReportTheirCodes() {
    Suite audit = Suite.forStage(Stage.AUDIT_POST);
    assertThat(audit.codes()).isEqualTo(DefectCatalogue.bundled().codesFor(Stage.AUDIT_POST));
    assertThat(audit.checks()).extracting(Check::id).doesNotContain("catalogue.dates", "images.content");
    assertThat(Suite.forStage(Stage.ALL).checks()).containsExactlyElementsOf(BuiltInChecks.all());
  }

  @Test
  void hostSuite_withItsOwnCheckAndCatalogueRows_reportsWithTheHostsSeverity() {
    Volume v = CleanVolumes.of(0, 1);
    CheckContext context = CleanVolumes.CONTEXT.toBuilder().catalogue(DefectCatalogue.bundled().with(HOST_ROWS)).build();
    Suite mine = Suite.of("host", List.of(BuiltInChecks.require("paper.seals"))).plus(GENERIC_TITLE);

    List<Defect> found = mine.check(v, context);

    assertThat(found).extracting(Defect::code).containsExactly(HOST);
    assertThat(found.get(0).severity().name()).isEqualTo("MINOR");
    assertThat(context.catalogue().message(found.get(0), Language.ZH)).isEqualTo("题名笼统");
    assertThat(mine.restrictedTo(Set.of(DefectCodes.OFFICE_SEAL_MISSING)).checks())
        .extracting(Check::id).containsExactly("paper.seals");
  }

  @Test
  void hostCheck_withACodeTheCatalogueLacks_failsNamingCheckAndCode() {
    Suite mine = Suite.of("host", List.of(GENERIC_TITLE));
    assertThatThrownBy(() -> mine.check(CleanVolumes.of(0, 1), CleanVolumes.CONTEXT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("check host.title reported HOST_TITLE_GENERIC, which defect-catalogue 2026.1 does not have");
  }

  @Test
  void suite_refusesTwoChecksWithOneId_andCatalogueRefusesACodeTwice() {
    assertThatThrownBy(() -> Suite.of("x", List.of(GENERIC_TITLE, GENERIC_TITLE)))
        .hasMessage("Invalid value for checks (unique ids): host.title twice");
    assertThatThrownBy(() -> HOST_ROWS.with(HOST_ROWS))
        .hasMessageContaining("/defects/1/code: duplicate code, first at /defects/0");
    assertThatThrownBy(() -> BuiltInChecks.require("paper.nothing")).hasMessageContaining("paper.nothing");
  }
}
