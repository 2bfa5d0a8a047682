package org.siarchive.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.siarchive.core.InvalidValueException;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.report.QualityReport;
import org.siarchive.rules.report.ReportBuilder;
import org.siarchive.rules.report.ReportHtml;
import org.siarchive.rules.report.ReportText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code siarchive report}: the quality analysis report (质量分析报告) of a file of volumes. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Checks a JSON Lines file of volumes and prints the quality analysis report (质量分析报告):",
      "per sub-centre, per category and per defect code, problem-volume rates, a Pareto of defects, and with --previous the change against a previous report (a report written by 'report --json', or the previous period's JSON Lines file). --html writes one self-contained page with charts that prints on A4. The header names the date, the input, --batch, --issuing-unit, the tool's version and the verdict against --acceptance-rate.",
      "Exit 0 when every record was checked, 1 when records were rejected, 2 on usage errors."
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

  @Mixin StageOption stageOption;

  @Option(
      names = "--batch",
      paramLabel = "ID",
      description = "The batch (批次) the volumes belong to, named in the header.")
  String batch;

  @Option(
      names = "--issuing-unit",
      paramLabel = "NAME",
      description = "The unit issuing the report (出具单位), named in the header.")
  String issuingUnit;

  @Option(
      names = "--acceptance-rate",
      paramLabel = "RATE",
      defaultValue = "95%",
      description =
          "The share of volumes without defects required for the verdict 合格 and drawn as the"
              + " threshold: a percentage (95%%, 97.5%%) or a fraction (0.95), above 0 and at most"
              + " 100%% (default ${DEFAULT-VALUE}).")
  String acceptanceRate;

  @Mixin JsonOption json;

  @Mixin QualityOptions options;

  @Mixin ImagesOption images;

  @Override
  public Integer call() throws IOException {
    InputFiles.require(spec, "FILE", file);
    if (previous != null) {
      InputFiles.require(spec, "--previous", previous);
    }
    OutputFiles.requireOutput(spec, html, "--html", "FILE", file, "--previous", previous);
    CheckContext context = images.apply(spec, options.context(spec, stageOption.stage()));
    ReportBuilder builder;
    try {
      builder =
          ReportBuilder.of(context)
              .batch(batch)
              .issuingUnit(issuingUnit)
              .acceptanceRate(
                  SampleInputs.decimal(
                      spec,
                      "--acceptance-rate",
                      acceptanceRate,
                      BigDecimal.ZERO,
                      false,
                      BigDecimal.ONE,
                      true));
    } catch (InvalidValueException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    QualityReport before = previous == null ? null : QualityRuns.previous(previous, context);
    QualityRuns.Result result;
    try (ProgressBar progress = ProgressBar.start(spec.commandLine().getErr(), "report", file)) {
      result = QualityRuns.report(file, builder, context, before, progress);
    }
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
