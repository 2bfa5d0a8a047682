package org.siarchive.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.siarchive.core.json.LineResult;
import org.siarchive.rules.retention.RetentionJson;
import org.siarchive.rules.retention.RetentionRules;
import org.siarchive.rules.retention.RetentionRun;
import org.siarchive.rules.retention.RetentionRunSummary;
import org.siarchive.rules.retention.RetentionText;
import org.siarchive.rules.retention.VolumeImpact;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code schedule impact}: a thin wrapper over the library's {@link RetentionRun}. */
@Command(
    name = "impact",
    mixinStandardHelpOptions = true,
    description = {
      "Whose disposition dates a new edition moves, and how: a longer period applies at once; a shorter one keeps the recorded dates until an appraisal. Volumes whose period is unchanged are counted, not listed.",
      "Each volume's rows: its business type's row in the material rules, else its entries' material codes and titles.",
      "Exit 0; 1 when lines of the volumes file were rejected; 2 on usage errors."
    })
final class ScheduleImpactCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin EditionOption edition;

  @Option(
      names = "--volumes",
      required = true,
      paramLabel = "FILE.jsonl",
      description = "The volumes, one JSON per line.")
  Path volumesFile;

  @Mixin MaterialRulesOption materialRules;

  @Option(
      names = "--parallel",
      description = "Judge on every available core; the output is the same.")
  boolean parallel;

  @Mixin JsonOption json;

  @Override
  public Integer call() {
    if (edition.value == null) {
      // The impact is of a new edition: the one option here that has no default.
      throw new ParameterException(spec.commandLine(), "Missing required option: '--edition=E'");
    }
    LocalDate today = ScheduleCommand.today();
    RetentionRules rules = edition.rules(spec).withMaterialRules(materialRules.rules(spec));
    InputFiles.require(spec, "--volumes", volumesFile);
    List<VolumeImpact> moved = new ArrayList<>();
    List<LineResult.Rejected> rejections = new ArrayList<>();
    RetentionRunSummary summary =
        RetentionRun.builder(rules, today)
            .parallelism(parallel ? Math.max(2, Runtime.getRuntime().availableProcessors()) : 1)
            .listener(
                new RetentionRun.Listener() {
                  @Override
                  public void judged(LineResult.Decoded decoded, VolumeImpact impact) {
                    if (impact.kind() != VolumeImpact.Kind.UNCHANGED) {
                      moved.add(impact);
                    }
                  }

                  @Override
                  public void rejected(LineResult.Rejected r) {
                    rejections.add(r);
                  }
                })
            .build()
            .run(volumesFile);
    PrintWriter out = spec.commandLine().getOut();
    if (json.requested()) {
      CliJson.print(
          out,
          RetentionJson.impactRun(
              summary,
              moved.stream().map(i -> RetentionJson.impact(i, today)).toList(),
              rejections.stream().map(RetentionJson.Rejected::of).toList()));
    } else {
      out.println(RetentionText.impactSummary(summary));
      for (VolumeImpact i : moved) {
        out.println(i.volumeId() + " " + i.kind() + ": " + i.reason());
      }
      rejections.forEach(r -> out.println(RetentionText.rejected(r)));
      out.flush();
    }
    return summary.rejected() == 0 ? 0 : 1;
  }
}
