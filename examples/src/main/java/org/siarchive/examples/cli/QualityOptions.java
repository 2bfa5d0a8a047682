package org.siarchive.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.siarchive.core.ArchiveTime;
import org.siarchive.rules.material.MaterialRules;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.quality.Stage;
import org.siarchive.rules.retention.RetentionRules;
import org.siarchive.rules.retention.RetentionSchedules;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options the quality commands share: the material rules in force ({@code --rules}, the bundled
 * illustrative edition by default) and how the context is built from them.
 */
final class QualityOptions {
  @Option(
      names = "--rules",
      paramLabel = "FILE",
      description =
          "Local material rules (JSON, format siarchive-material-rules/1); default: the bundled illustrative edition.")
  Path rules;

  /**
   * The context: the rules, the bundled catalogue, the UTC system clock, and the bundled national
   * retention schedule in force today.
   */
  CheckContext context(CommandSpec spec, Stage stage) {
    MaterialRules edition;
    if (rules == null) {
      edition = MaterialRules.bundledIllustrative();
    } else {
      if (!Files.isRegularFile(rules)) {
        throw new ParameterException(spec.commandLine(), "--rules FILE does not exist: " + rules);
      }
      edition = MaterialRules.load(rules);
    }
    Clock clock = ArchiveTime.systemClock();
    RetentionRules schedule =
        RetentionSchedules.withBundledEditions()
            .rulesInForce(RetentionSchedules.NATIONAL, ArchiveTime.today(clock));
    return CheckContext.builder(edition).stage(stage).clock(clock).retention(schedule).build();
  }

  /** Refuses a missing input file as a usage error. */
  static void requireFile(CommandSpec spec, Path file, String label) {
    if (Files.isDirectory(file)) {
      throw new ParameterException(
          spec.commandLine(), label + " " + file + ": is a directory, not a file");
    }
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(spec.commandLine(), label + " does not exist: " + file);
    }
  }
}
