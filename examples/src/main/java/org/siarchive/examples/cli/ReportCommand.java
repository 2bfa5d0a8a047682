package org.siarchive.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.quality.Stage;
import org.siarchive.rules.report.QualityReport;
import org.siarchive.rules.report.ReportHtml;
import org.siarchive.rules.report.ReportText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code siarchive report}: the quality analysis report (质量分析报告) of a file of volumes. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Checks a JSON Lines file of volumes and prints the quality analysis report (质量分析报告):",
      "per sub-centre, per category and per defect code, problem-volume rates, a Pareto of defects,",
      "and with --previous the change against a previous report (a report written by",
      "'report --json', or the previous period's JSON Lines file). --html writes one self-contained",
      "page with charts. Exit 0 when every record was checked, 1 when records were rejected,",
      "2 on usage errors."
    })
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The JSON Lines file.")
  Path file;

  @Option(
      names = "--previous",
      paramLabel = "FILE",
      description = "A previous report (JSON) or JSON Lines file.")
  Path previous;

  @Option(
      names = "--html",
      paramLabel = "OUT.html",
      description = "Also write the report as one HTML page.")
  Path html;

  @Option(
      names = "--stage",
      defaultValue = "all",
      paramLabel = "STAGE",
      converter = StageConverter.class,
      description = "The stage whose checks make the report (default ${DEFAULT-VALUE}).")
  Stage stage;

  @Mixin JsonOption json;

  @Mixin QualityOptions options;

  @Override
  public Integer call() throws IOException {
    QualityOptions.requireFile(spec, file, "FILE");
    if (previous != null) {
      QualityOptions.requireFile(spec, previous, "--previous FILE");
    }
    OutputFiles.requireNotAnInput(spec, html, "--html", "FILE", file, "--previous", previous);
    CheckContext context = options.context(spec, stage);
    QualityReport before = previous == null ? null : QualityRuns.previous(previous, context);
    QualityRuns.Result result = QualityRuns.report(file, context, before);
    if (html != null) {
      OutputFiles.write(html, ReportHtml.render(result.report()));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json.requested()) {
      CliJson.print(out, result.report());
    } else {
      out.print(ReportText.render(result.report()));
      if (html != null) {
        out.println("HTML: " + html);
      }
      out.flush();
    }
    return result.summary().rejected() == 0 ? 0 : 1;
  }
}
