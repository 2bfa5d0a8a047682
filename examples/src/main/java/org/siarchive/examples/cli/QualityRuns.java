package org.siarchive.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.quality.QualityRun;
import org.siarchive.rules.quality.RunListener;
import org.siarchive.rules.quality.RunSummary;
import org.siarchive.rules.report.QualityReport;
import org.siarchive.rules.report.ReportBuilder;

/** Runs that the report, notice and demo commands share. */
final class QualityRuns {
  private QualityRuns() {}

  /** A report of a file: its stage's checks, with the listeners given as well. */
  static Result report(
      Path file, CheckContext context, QualityReport previous, RunListener... more) {
    return report(file, ReportBuilder.of(context), context, previous, more);
  }

  /** A report of a file by a builder the caller set up (batch, issuing unit, acceptance rate). */
  static Result report(
      Path file,
      ReportBuilder builder,
      CheckContext context,
      QualityReport previous,
      RunListener... more) {
    builder.input(file.toString());
    QualityRun.Builder run = QualityRun.builder(context).listener(builder);
    for (RunListener l : more) {
      run.listener(l);
    }
    RunSummary summary =
        run.parallelism(Math.max(1, Runtime.getRuntime().availableProcessors())).build().run(file);
    return new Result(summary, builder.build(summary, previous));
  }

  /** A run's summary and its report. */
  record Result(RunSummary summary, QualityReport report) {}

  /**
   * The previous report of {@code --previous}: a report written by {@code report --json}, or a JSON
   * Lines file of volumes (its first line is a volume with {@code schemaVersion}), which is checked
   * the same way to make the previous report.
   */
  static QualityReport previous(Path file, CheckContext context) throws IOException {
    String first;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      first = in.readLine();
    }
    if (first != null && isVolumeLine(first)) {
      return report(file, context, null).report();
    }
    return QualityReport.read(file);
  }

  private static boolean isVolumeLine(String line) {
    try {
      JsonNode node = CliJson.mapper().readTree(line);
      return node != null && node.isObject() && node.has("schemaVersion");
    } catch (IOException e) {
      return false;
    }
  }
}
