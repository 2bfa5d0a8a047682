package org.siarchive.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.siarchive.core.ArchiveTime;
import org.siarchive.rules.retention.Edition;
import org.siarchive.rules.retention.RetentionSchedules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code siarchive schedule}: retention schedules (归档范围和保管期限表) as versioned data. The bundled
 * editions are always available; an edition file given on the command line is loaded beside them,
 * taking the place of a bundled edition with the same schedule id and edition (so that the output
 * of {@code schedule show --json}, edited, loads back). Each subcommand is its own class; they
 * parse options and print what the library answers ({@code RetentionJson}, {@code RetentionText}).
 *
 * <p>"Today" (the edition in force, whether a re-appraisal is due) comes from {@link #clock}, the
 * system clock unless a test fixes it.
 */
@Command(
    name = "schedule",
    mixinStandardHelpOptions = true,
    description =
        "Retention schedules: editions, classification, disposition dates, diffs, impact.",
    subcommands = {
      ScheduleListCommand.class,
      ScheduleShowCommand.class,
      ScheduleValidateCommand.class,
      ScheduleClassifyCommand.class,
      ScheduleDispositionCommand.class,
      ScheduleDiffCommand.class,
      ScheduleImpactCommand.class
    })
final class ScheduleCommand implements Runnable {

  /** Where "today" comes from; tests fix it. */
  static volatile Clock clock = ArchiveTime.systemClock();

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static LocalDate today() {
    return ArchiveTime.today(clock);
  }

  /** The bundled editions with an edition file loaded in place of any with its id and edition. */
  static Edition loadFile(CommandSpec spec, RetentionSchedules schedules, Path file, String label) {
    InputFiles.require(spec, label, file);
    return schedules.replace(file);
  }

  /**
   * Says on standard error why the subcommand could not give its answer: {@code siarchive schedule
   * NAME: MESSAGE}.
   *
   * @return 1, the exit status of an answer that could not be given
   */
  static int cannot(CommandSpec spec, String message) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("siarchive schedule " + spec.name() + ": " + message);
    err.flush();
    return 1;
  }
}
