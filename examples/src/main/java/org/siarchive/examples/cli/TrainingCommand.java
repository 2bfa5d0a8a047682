package org.siarchive.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.quality.Stage;
import org.siarchive.rules.report.QualityReport;
import org.siarchive.rules.report.TrainingBrief;
import org.siarchive.rules.report.TrainingBriefHtml;
import org.siarchive.rules.retention.EditionDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code siarchive training}: the training brief (article §3.4) of a file of volumes ({@link
 * TrainingBrief}), with the trend against {@code --previous} and the retention edition changes
 * between {@code --from-edition} and {@code --to-edition}.
 */
@Command(
    name = "training",
    mixinStandardHelpOptions = true,
    description = {
      "Checks a JSON Lines file of volumes and writes the training brief (article §3.4): for the city and each sub-centre the most common defects (Pareto), their rates (defects per volume checked) and trend against --previous as rates, the catalogue's guidance on avoiding each, the categories where they concentrate, and the changes between two retention editions in a trainer's words. --html writes a printable page with charts; --json prints the brief.",
      "Exit 0 when every record was checked, 1 when records were rejected, 2 on usage errors."
    })
final class TrainingCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The JSON Lines file.")
  Path file;

  @Option(
      names = "--previous",
      paramLabel = "REPORT.json",
      description = "The previous period's report (report --json) or JSON Lines file.")
  Path previous;

  @Option(
      names = "--from-edition",
      paramLabel = "FILE",
      description = "The older retention edition file (with --to-edition).")
  Path fromEdition;

  @Option(
      names = "--to-edition",
      paramLabel = "FILE",
      description = "The newer retention edition file (with --from-edition).")
  Path toEdition;

  @Option(names = "--html", paramLabel = "OUT.html", description = "Writes the brief as HTML.")
  Path html;

  @Option(
      names = "--topics",
      paramLabel = "N",
      defaultValue = "10",
      description = "How many defects each Pareto lists, 1 - 100 (default ${DEFAULT-VALUE}).")
  int topics;

  @Mixin JsonOption json;

  @Mixin QualityOptions options;

  @Override
  public Integer call() throws IOException {
    InputFiles.require(spec, "FILE", file);
    if (previous != null) {
      InputFiles.require(spec, "--previous", previous);
    }
    if ((fromEdition == null) != (toEdition == null)) {
      throw new ParameterException(
          spec.commandLine(),
          "Missing option: --from-edition and --to-edition go together (given: "
              + (fromEdition == null ? "--to-edition" : "--from-edition")
              + ")");
    }
    if (topics < 1 || topics > 100) {
      throw new ParameterException(
          spec.commandLine(), "Invalid value for option '--topics' (1 - 100): " + topics);
    }
    OutputFiles.requireOutput(spec, html, "--html", "FILE", file, "--previous", previous);
    EditionDiff diff =
        fromEdition == null
            ? null
            : ScheduleDiffCommand.diff(
                spec, fromEdition, "--from-edition", toEdition, "--to-edition");
    CheckContext context = options.context(spec, Stage.ALL);
    QualityReport before = previous == null ? null : QualityRuns.previous(previous, context);
    TrainingBrief.Builder builder =
        TrainingBrief.builder(context.catalogue())
            .topics(topics)
            .previous(before)
            .editionChanges(diff);
    QualityRuns.Result result = QualityRuns.report(file, context, null, builder);
    TrainingBrief brief = builder.build();
    if (html != null) {
      OutputFiles.write(html, TrainingBriefHtml.render(brief));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json.requested()) {
      CliJson.print(out, brief);
    } else {
      for (TrainingBrief.Scope s :
          Stream.concat(Stream.of(brief.city()), brief.subCenters().stream()).toList()) {
        out.printf(Locale.ROOT, "%s  %d volumes, %d defects%n", s.name(), s.checked(), s.defects());
        s.pareto().stream()
            .limit(3)
            .forEach(
                t ->
                    out.printf(
                        Locale.ROOT,
                        "  %-32s rate %s%s %s%n",
                        t.code(),
                        t.rate().toPlainString(),
                        t.rateBefore() == null ? "" : " (before " + t.rateBefore() + ")",
                        t.trend()));
      }
      if (brief.editionChanges() != null) {
        brief.editionChanges().zh().forEach(out::println);
      }
      if (html != null) {
        out.println("HTML: " + html);
      }
    }
    out.flush();
    return result.summary().rejected() == 0 ? 0 : 1;
  }
}
