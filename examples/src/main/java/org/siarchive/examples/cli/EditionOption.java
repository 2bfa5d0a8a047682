package org.siarchive.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.siarchive.rules.retention.Edition;
import org.siarchive.rules.retention.RetentionRules;
import org.siarchive.rules.retention.RetentionSchedules;
import org.siarchive.rules.retention.UnknownEditionException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The {@code --edition} option of every schedule command, with one meaning: a bundled edition's
 * name ({@code 2009}, as {@code schedule list} shows) or the path of an edition file, which is
 * loaded beside the bundled editions. A value that names an existing file is the file; any other
 * value with a path separator or a {@code .json} ending is a file that does not exist; the rest are
 * names. Commands take it as a picocli mixin: {@code @Mixin EditionOption edition;}.
 */
final class EditionOption {
  @Option(
      names = "--edition",
      paramLabel = "E",
      description =
          "The edition: a bundled edition's name (as schedule list shows) or an edition file's"
              + " path (default: the edition in force today).")
  String value;

  /** {@return true when the value names an existing file: an edition file, not a name} */
  boolean namesAFile() {
    return value != null && Files.isRegularFile(Path.of(value));
  }

  /** {@return the edition given of a schedule, or the one in force today (else its latest)} */
  Edition of(CommandSpec spec, RetentionSchedules schedules, String scheduleId) {
    if (value == null) {
      LocalDate today = ScheduleCommand.today();
      return schedules.inForce(scheduleId, today).orElse(schedules.latest(scheduleId));
    }
    if (namesAFile()) {
      return ScheduleCommand.loadFile(spec, schedules, Path.of(value), "--edition");
    }
    if (value.contains("/") || value.contains("\\") || value.endsWith(".json")) {
      InputFiles.require(spec, "--edition", Path.of(value));
    }
    try {
      return schedules.edition(scheduleId, value);
    } catch (UnknownEditionException e) {
      throw new ParameterException(
          spec.commandLine(),
          String.format(Locale.ROOT, "Invalid value for option '--edition': %s", e.getMessage()));
    }
  }

  /**
   * {@return the national schedule's rules under the edition given, or under the edition in force
   * today}
   */
  RetentionRules rules(CommandSpec spec) {
    RetentionSchedules schedules = RetentionSchedules.withBundledEditions();
    LocalDate today = ScheduleCommand.today();
    return value == null
        ? schedules.rulesInForce(RetentionSchedules.NATIONAL, today)
        : schedules.rules(of(spec, schedules, RetentionSchedules.NATIONAL), today);
  }
}
