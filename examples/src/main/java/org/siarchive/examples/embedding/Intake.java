package org.siarchive.examples.embedding;

import java.nio.file.Path;
import java.time.LocalDate;
import org.siarchive.core.ArchiveTime;
import org.siarchive.rules.material.MaterialRules;
import org.siarchive.rules.quality.*;
import org.siarchive.rules.report.ReportBuilder;
import org.siarchive.rules.report.ReportText;
import org.siarchive.rules.retention.*;
import org.siarchive.sampling.selection.KeyedDraw;

public class Intake { // java Intake volumes.jsonl SEED: read, check, report, date, sample
  public static void main(String[] args) {
    MaterialRules materials = MaterialRules.bundledIllustrative();
    RetentionRules retention =
        RetentionSchedules.withBundledEditions()
            .rulesInForce(RetentionSchedules.NATIONAL, LocalDate.now(ArchiveTime.ZONE))
            .withMaterialRules(materials);
    CheckContext context =
        CheckContext.builder(materials).stage(Stage.PRE_ACCEPTANCE).retention(retention).build();
    ReportBuilder report = ReportBuilder.of(context).input(args[0]); // rejected lines too
    KeyedDraw sample = KeyedDraw.ofSize(args[1], 10); // verifiable: re-derived with sha256sum
    RunListener eachVolume =
        new RunListener() {
          @Override
          public void checked(VolumeResult r) { // one pass: checked, dated and offered to the draw
            Disposition d = retention.disposition(r.volume());
            String due =
                d.appraisalFrom().map(Object::toString).orElse(d.isDecided() ? "never" : "?");
            System.out.println(r.volumeId() + ": " + r.defects().size() + " defects, due " + due);
            sample.offer(r.volumeId());
          }
        };
    QualityRun run = QualityRun.builder(context).listener(report).listener(eachVolume).build();
    RunSummary summary = run.run(Path.of(args[0])); // read = valid + rejected, always
    System.out.print(ReportText.render(report.build(summary, null))); // 质量分析报告
    System.out.println("inspect: " + sample.selected());
  }
}
