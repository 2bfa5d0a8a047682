package org.siarchive.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siarchive.core.ArchiveTime;
import org.siarchive.core.json.ArchiveJson;
import org.siarchive.core.model.Volume;
import org.siarchive.examples.synthetic.SyntheticCity;
import org.siarchive.rules.material.MaterialRules;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.quality.Stage;
import org.siarchive.rules.quality.Suite;
import org.siarchive.rules.retention.Disposition;
import org.siarchive.rules.retention.RetentionRules;
import org.siarchive.rules.retention.RetentionSchedules;
import org.siarchive.sampling.selection.SamplingRecord;

/**
 * Runs the README's embedding example (the very class the README shows) on a synthetic city with
 * one broken line, and checks what it prints against the library called directly: one line per
 * valid volume with its defects and appraisal date, the report's totals and rejected line, and the
 * draw that {@link SamplingRecord} re-derives from the ids.
 */
class IntakeTest {
  @TempDir Path dir;

  @Test
  void theReadmeExample_readsChecksReportsDatesAndSamples() throws IOException {
    SyntheticCity city = SyntheticCity.of(5);
    List<Volume> volumes = new ArrayList<>();
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      Volume v = city.volume(i).volume();
      volumes.add(v);
      lines.append(ArchiveJson.writeVolume(v)).append('\n');
      if (i == 29) {
        lines.append("{\"schemaVersion\": 1, \"id\": \"broken\"}\n"); // line 31
      }
    }
    Path file = dir.resolve("city.jsonl");
    Files.writeString(file, lines, StandardCharsets.UTF_8);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    PrintStream stderr = System.err;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      Intake.main(new String[] {file.toString(), "2026-12-02 draw"});
    } finally {
      System.setOut(stdout);
      System.setErr(stderr);
    }
    String printed = out.toString(StandardCharsets.UTF_8);

    MaterialRules materials = MaterialRules.bundledIllustrative();
    RetentionRules retention =
        RetentionSchedules.withBundledEditions()
            .rulesInForce(RetentionSchedules.NATIONAL, LocalDate.now(ArchiveTime.ZONE))
            .withMaterialRules(materials);
    CheckContext context =
        CheckContext.builder(materials).stage(Stage.PRE_ACCEPTANCE).retention(retention).build();
    Suite suite = Suite.from(context);
    List<String> ids = new ArrayList<>();
    for (Volume v : volumes) {
      Disposition d = retention.disposition(v);
      String due = d.appraisalFrom().map(Object::toString).orElse(d.isDecided() ? "never" : "?");
      assertThat(printed)
          .contains(
              v.id()
                  + ": "
                  + suite.check(v, context).size()
                  + " defects, due "
                  + due
                  + System.lineSeparator());
      ids.add(v.id());
    }
    assertThat(printed).contains("read 61, checked 60, rejected 1").contains("line 31");
    List<String> expected = SamplingRecord.draw("2026-12-02 draw", ids, 10).selected();
    assertThat(expected).hasSize(10);
    assertThat(printed).endsWith("inspect: " + expected + System.lineSeparator());
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
