package org.siarchive.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.siarchive.core.model.SubCenter;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.report.NoticeBuilder;
import org.siarchive.rules.report.QualityReport;
import org.siarchive.rules.report.RectificationNotice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code siarchive notice}: the rectification notice (整改意见书) of one sub-centre. */
@Command(
    name = "notice",
    mixinStandardHelpOptions = true,
    description = {
      "Checks a JSON Lines file of volumes and prints the rectification notice (整改意见书) of one sub-centre: its volumes with defects, each defect, and what to do about each kind.",
      "Exit 0 when every record was checked, 1 when records were rejected, 2 on usage errors (a --sub-center that no volume of FILE names is one: the message lists the known ones)."
    })
final class NoticeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The JSON Lines file.")
  Path file;

  @Option(
      names = "--sub-center",
      required = true,
      paramLabel = "ID",
      description =
          "The sub-centre's code, e.g. SC05, as the volumes of FILE name it (codes are"
              + " case-sensitive: sc05 is refused, naming SC05).")
  String subCenter;

  @Mixin StageOption stageOption;

  @Mixin JsonOption json;

  @Mixin QualityOptions options;

  @Override
  public Integer call() {
    InputFiles.require(spec, "FILE", file);
    if (!subCenter.matches(SubCenter.ID_PATTERN)) {
      throw new ParameterException(
          spec.commandLine(),
          "Invalid value for option '--sub-center' (pattern "
              + SubCenter.ID_PATTERN
              + "): "
              + subCenter);
    }
    CheckContext context = options.context(spec, stageOption.stage());
    NoticeBuilder builder = NoticeBuilder.of(context, subCenter);
    QualityRuns.Result result = QualityRuns.report(file, context, null, builder);
    requireKnown(result.report());
    RectificationNotice notice = builder.build(result.summary());
    PrintWriter out = spec.commandLine().getOut();
    if (json.requested()) {
      CliJson.print(out, notice);
    } else {
      out.print(notice.toText());
      out.flush();
    }
    return result.summary().rejected() == 0 ? 0 : 1;
  }

  /**
   * Refuses a sub-centre that no checked volume names, listing those that some do. Codes are
   * matched exactly, as the volumes spell them: a code that differs only in case is named as the
   * likely meaning, not taken for it.
   */
  private void requireKnown(QualityReport report) {
    List<String> known = report.subCenters().stream().map(QualityReport.GroupFigures::key).toList();
    if (known.contains(subCenter)) {
      return;
    }
    String hint =
        known.stream()
            .filter(k -> k.equalsIgnoreCase(subCenter))
            .findFirst()
            .map(k -> "; did you mean " + k + "? (codes are case-sensitive)")
            .orElse("");
    throw new ParameterException(
        spec.commandLine(),
        "Invalid value for option '--sub-center' (a sub-centre of the volumes of "
            + file
            + ": "
            + (known.isEmpty() ? "none was checked" : String.join(", ", known))
            + "): "
            + subCenter
            + hint);
  }
}
