package org.siarchive.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.siarchive.rules.retention.RetentionJson;
import org.siarchive.rules.retention.RetentionSchedules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code schedule list}: the schedules and their editions, marking the one in force today. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description =
        "Lists the schedules and their editions, oldest to newest, marking the one in force today.")
final class ScheduleListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin JsonOption json;

  @Override
  public Integer call() {
    LocalDate today = ScheduleCommand.today();
    RetentionJson.ScheduleList list =
        RetentionJson.list(RetentionSchedules.withBundledEditions(), today);
    PrintWriter out = spec.commandLine().getOut();
    if (json.requested()) {
      CliJson.print(out, list);
      return 0;
    }
    for (RetentionJson.Schedule s : list.schedules()) {
      for (RetentionJson.EditionEntry e : s.editions()) {
        out.printf(
            Locale.ROOT,
            "%s %s  from %s  %d rows (%d confirmed)%s  %s (%s)%n",
            s.scheduleId(),
            e.edition(),
            e.effectiveFrom(),
            e.rows(),
            e.confirmedRows(),
            e.inForce() ? "  in force" : "",
            e.title(),
            e.documentNumber());
      }
    }
    out.flush();
    return 0;
  }
}
