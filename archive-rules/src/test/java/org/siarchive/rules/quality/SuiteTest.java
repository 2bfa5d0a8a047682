package org.siarchive.rules.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.defect.Location;
import org.siarchive.core.defect.Severity;
import org.siarchive.core.model.CatalogEntry;
import org.siarchive.core.model.Volume;
import org.siarchive.rules.Language;

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
              """
                  .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
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
    Suite audit = Suite.from(CleanVolumes.CONTEXT.toBuilder().stage(Stage.AUDIT_POST).build());
    assertThat(audit.name()).isEqualTo("audit-post");
    assertThat(audit.codes()).isEqualTo(DefectCatalogue.bundled().codesFor(Stage.AUDIT_POST));
    assertThat(audit.checks())
        .extracting(Check::id)
        .doesNotContain("catalogue.dates", "images.content");
    assertThat(Suite.from(CleanVolumes.CONTEXT).checks())
        .containsExactlyElementsOf(BuiltInChecks.all());
  }

  /** The bundled catalogue, except that audit-post also looks for dates in the future, as MINOR. */
  private static DefectCatalogue localCatalogue() throws java.io.IOException {
    com.fasterxml.jackson.databind.ObjectMapper mapper =
        new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode doc;
    // The bundled catalogue, where the data artifact keeps it.
    try (java.io.InputStream in =
        java.nio.file.Files.newInputStream(
            java.nio.file.Path.of(
                "../archive-rules-data/src/main/resources/org/siarchive/rules/data/"
                    + "defect-catalogue-2026.1.json"))) {
      doc = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(in);
    }
    doc.put("edition", "local-1");
    for (com.fasterxml.jackson.databind.JsonNode row : doc.get("defects")) {
      if (row.get("code").asText().equals("DATE_IN_FUTURE")) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) row).put("severity", "MINOR");
        ((com.fasterxml.jackson.databind.node.ArrayNode) row.get("stages")).add("audit-post");
      }
    }
    return DefectCatalogue.load(
        new java.io.ByteArrayInputStream(mapper.writeValueAsBytes(doc)), "local.json");
  }

  @Test
  void from_takesTheStagesCodesAndSeveritiesFromTheContextsCatalogue() throws java.io.IOException {
    DefectCatalogue local = localCatalogue();
    CheckContext context =
        CleanVolumes.CONTEXT.toBuilder().catalogue(local).stage(Stage.AUDIT_POST).build();
    Volume v = CleanVolumes.of(0, 1);
    List<CatalogEntry> rows = new java.util.ArrayList<>(v.catalogue());
    rows.set(0, rows.get(0).withDate("20260602"));
    Volume future = v.withCatalogue(rows);

    Suite audit = Suite.from(context);

    assertThat(DefectCatalogue.bundled().codesFor(Stage.AUDIT_POST))
        .doesNotContain(DefectCodes.DATE_IN_FUTURE);
    assertThat(audit.codes())
        .isEqualTo(local.codesFor(Stage.AUDIT_POST))
        .contains(DefectCodes.DATE_IN_FUTURE);
    assertThat(audit.check(future, context))
        .extracting(Defect::code, Defect::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(DefectCodes.DATE_IN_FUTURE, Severity.MINOR));
    assertThat(
            Suite.from(CleanVolumes.CONTEXT.toBuilder().stage(Stage.AUDIT_POST).build())
                .check(future, context))
        .isEmpty();
  }

  @Test
  void qualityRun_ofAContext_runsTheContextsStageSuite() {
    Volume v = CleanVolumes.of(0, 1);
    List<CatalogEntry> rows = new java.util.ArrayList<>(v.catalogue());
    rows.set(0, rows.get(0).withDate("20260602"));
    String line = org.siarchive.core.json.ArchiveJson.writeVolume(v.withCatalogue(rows)) + "\n";
    for (Stage stage : List.of(Stage.AUDIT_POST, Stage.PRE_ACCEPTANCE)) {
      CheckContext context = CleanVolumes.CONTEXT.toBuilder().stage(stage).build();
      RunSummary s =
          QualityRun.builder(context)
              .build()
              .run(
                  new java.io.ByteArrayInputStream(
                      line.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

      assertThat(s.suite()).isEqualTo(stage.id());
      // No image files in the context: the stage's image file checks are listed as not performed.
      assertThat(s.notPerformed())
          .isNotEmpty()
          .isEqualTo(Suite.from(context).notPerformed(context).stream().map(Check::id).toList());
      assertThat(s.defectsPerCode())
          .isEqualTo(
              stage == Stage.AUDIT_POST
                  ? java.util.Map.of()
                  : java.util.Map.of(DefectCodes.DATE_IN_FUTURE, 1L));
    }
  }

  @Test
  void hostSuite_withItsOwnCheckAndCatalogueRows_reportsWithTheHostsSeverity() {
    Volume v = CleanVolumes.of(0, 1);
    CheckContext context =
        CleanVolumes.CONTEXT.toBuilder()
            .catalogue(DefectCatalogue.bundled().with(HOST_ROWS))
            .build();
    Suite mine =
        Suite.of("host", List.of(BuiltInChecks.require("paper.seals"))).plus(GENERIC_TITLE);

    List<Defect> found = mine.check(v, context);

    assertThat(found).extracting(Defect::code).containsExactly(HOST);
    assertThat(found.get(0).severity().name()).isEqualTo("MINOR");
    assertThat(context.catalogue().message(found.get(0), Language.ZH)).isEqualTo("题名笼统");
    assertThat(mine.restrictedTo(Set.of(DefectCodes.OFFICE_SEAL_MISSING)).checks())
        .extracting(Check::id)
        .containsExactly("paper.seals");
  }

  @Test
  void hostCheck_withACodeTheCatalogueLacks_failsNamingCheckAndCode() {
    Suite mine = Suite.of("host", List.of(GENERIC_TITLE));
    assertThatThrownBy(() -> mine.check(CleanVolumes.of(0, 1), CleanVolumes.CONTEXT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "check host.title reported HOST_TITLE_GENERIC, which defect-catalogue 2026.1 does not have");
  }

  @Test
  void suite_refusesTwoChecksWithOneId_andCatalogueRefusesACodeTwice() {
    assertThatThrownBy(() -> Suite.of("x", List.of(GENERIC_TITLE, GENERIC_TITLE)))
        .hasMessage("Invalid value for checks (unique ids): host.title twice");
    assertThatThrownBy(() -> HOST_ROWS.with(HOST_ROWS))
        .hasMessageContaining("/defects/1/code: duplicate code, first at /defects/0");
    assertThatThrownBy(() -> BuiltInChecks.require("paper.nothing"))
        .hasMessageContaining("paper.nothing");
  }

  @Test
  void suiteName_isOneTo64Characters() {
    assertThat(Suite.of("n".repeat(64), List.of(GENERIC_TITLE)).name()).hasSize(64);
    assertThatThrownBy(() -> Suite.of("n".repeat(65), List.of(GENERIC_TITLE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Invalid value for name (1 - 64 characters, not blank)");
  }

  @Test
  void runRecords_refuseACountOfNoDefects_andAcceptLineZero() {
    assertThatThrownBy(
            () ->
                new RunSummary(
                    1, 1, 0, 0, java.util.Map.of(HOST, 0L), "host", List.of(), List.of()))
        .hasMessageContaining("defectsPerCode/HOST_TITLE_GENERIC")
        .hasMessageContaining("positive");
    Volume v = CleanVolumes.of(0, 1);
    assertThat(new VolumeResult(0, v, List.of()).line()).isZero();
    assertThatThrownBy(() -> new VolumeResult(-1, v, List.of()))
        .hasMessage("Invalid value for line (valid values 0 or more): -1");
  }
}
