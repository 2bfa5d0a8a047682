package org.siarchive.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.siarchive.core.json.LineResult;
import org.siarchive.rules.retention.Classification;
import org.siarchive.rules.retention.Disposition;
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

/**
 * {@code schedule disposition}: the disposition dates of a row's record formed on a date ({@code
 * --row --formed}), or of every volume of a JSON Lines file ({@code --volumes}), each by the
 * library's one answer for the volume.
 */
@Command(
    name = "disposition",
    mixinStandardHelpOptions = true,
    description = {
      "Disposition dates of a record of a row formed on a date (--row, --formed), under the national edition in force today:",
      "retention from 1 January after formation; a fixed period of N years expires on 31 December of year formed + N; appraisal from the next day; permanent never expires.",
      "Exit 0 when decided; 1 when it cannot be decided (e.g. a row deferring to another regulation); 2 on usage errors.",
      "With --volumes FILE instead: every volume's rows (its business type's row in the material rules, else its entries' material codes and titles), period and dates. Exit 0; 1 when lines of the file were rejected."
    })
final class ScheduleDispositionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--row", paramLabel = "ROW", description = "The row id, e.g. 八(2).")
  String row;

  @Option(
      names = "--formed",
      paramLabel = "YYYY-MM-DD",
      description = "The date the record was formed.")
  LocalDate formed;

  @Option(
      names = "--volumes",
      paramLabel = "FILE.jsonl",
      description = "Instead of --row and --formed: the volumes, one JSON per line.")
  Path volumesFile;

  @Mixin EditionOption edition;

  @Mixin MaterialRulesOption materialRules;

  @Option(
      names = "--parallel",
      description = "With --volumes: judge on every available core; the output is the same.")
  boolean parallel;

  @Mixin JsonOption json;

  @Override
  public Integer call() {
    if (volumesFile != null) {
      if (row != null || formed != null) {
        throw new ParameterException(
            spec.commandLine(), "--volumes=FILE.jsonl cannot be combined with --row or --formed");
      }
      return volumes();
    }
    if (row == null || formed == null) {
      throw new ParameterException(
          spec.commandLine(),
          row == null && formed == null
              ? "Missing required options: '--row=ROW', '--formed=YYYY-MM-DD' (or '--volumes=FILE.jsonl')"
              : "Missing required option: '"
                  + (row == null ? "--row=ROW" : "--formed=YYYY-MM-DD")
                  + "'");
    }
    if (formed.getYear() < Disposition.MIN_YEAR || formed.getYear() > Disposition.MAX_YEAR) {
      throw new ParameterException(
          spec.commandLine(),
          String.format(
              Locale.ROOT,
              "Invalid value for option '--formed' (years %d - %d): %s",
              Disposition.MIN_YEAR,
              Disposition.MAX_YEAR,
              formed));
    }
    RetentionRules rules = rules();
    Classification c = rules.classifyRow(row);
    if (c instanceof Classification.Undecided u
        && u.reason() == Classification.Reason.NO_SUCH_ROW) {
      throw new ParameterException(
          spec.commandLine(),
          String.format(Locale.ROOT, "Invalid value for option '--row': %s", u.message()));
    }
    Disposition d = rules.disposition(c, formed, null);
    RetentionJson.RowDisposition doc =
        RetentionJson.disposition(c, row, formed, d, rules.edition().ref());
    PrintWriter out = spec.commandLine().getOut();
    if (json.requested()) {
      CliJson.print(out, doc);
    } else if (d.isDecided()) {
      out.printf(
          Locale.ROOT, "%s formed %s: %s%n", doc.rowId(), formed, RetentionText.disposition(d));
      out.flush();
    }
    if (d instanceof Disposition.Undecided u) {
      return ScheduleCommand.cannot(spec, "cannot decide: " + u.reason());
    }
    return 0;
  }

  /**
   * The edition's rules with the material rules bound, for a row as for volumes: a --rules file is
   * loaded and checked in both, never silently left aside.
   */
  private RetentionRules rules() {
    return edition.rules(spec).withMaterialRules(materialRules.rules(spec));
  }

  private int volumes() {
    RetentionRules rules = rules();
    InputFiles.require(spec, "--volumes", volumesFile);
    PrintWriter out = spec.commandLine().getOut();
    List<RetentionJson.VolumeDisposition> volumes = new ArrayList<>();
    List<RetentionJson.Rejected> rejections = new ArrayList<>();
    RetentionRunSummary summary =
        RetentionRun.builder(rules, ScheduleCommand.today())
            .parallelism(parallel ? Math.max(2, Runtime.getRuntime().availableProcessors()) : 1)
            .listener(
                new RetentionRun.Listener() {
                  @Override
                  public void judged(LineResult.Decoded decoded, VolumeImpact impact) {
                    if (json.requested()) {
                      volumes.add(
                          RetentionJson.disposition(decoded.line(), impact.classification()));
                    } else {
                      out.println(RetentionText.volume(impact.classification()));
                    }
                  }

                  @Override
                  public void rejected(LineResult.Rejected r) {
                    rejections.add(RetentionJson.Rejected.of(r));
                    if (!json.requested()) {
                      out.println(RetentionText.rejected(r));
                    }
                  }
                })
            .build()
            .run(volumesFile);
    if (json.requested()) {
      CliJson.print(out, RetentionJson.dispositionRun(summary, volumes, rejections));
    } else {
      out.println(RetentionText.dispositionSummary(summary));
      out.flush();
    }
    return summary.rejected() == 0 ? 0 : 1;
  }
}
