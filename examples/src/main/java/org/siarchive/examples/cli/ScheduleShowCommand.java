package org.siarchive.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.siarchive.core.model.RetentionPeriod;
import org.siarchive.rules.retention.Edition;
import org.siarchive.rules.retention.RetentionSchedules;
import org.siarchive.rules.retention.ScheduleRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code schedule show}: one edition, as loadable JSON or as a table. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {
      "Shows one edition: with --json in the JSON format a host loads (edit it and load it back),"
          + " otherwise as a table. Without ID the national schedule; without --edition the"
          + " edition in force today.",
      "ID "
          + RetentionSchedules.ILLUSTRATIVE
          + " shows the bundled ILLUSTRATIVE local edition (not a regulation)."
    })
final class ScheduleShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "ID",
      defaultValue = RetentionSchedules.NATIONAL,
      description = "The schedule id (default: ${DEFAULT-VALUE}).")
  String id;

  @Mixin EditionOption edition;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws JsonProcessingException {
    RetentionSchedules schedules =
        RetentionSchedules.ILLUSTRATIVE.equals(id)
            ? RetentionSchedules.withIllustrativeEdition()
            : RetentionSchedules.withBundledEditions();
    if (!edition.namesAFile() && !schedules.scheduleIds().contains(id)) {
      throw new ParameterException(
          spec.commandLine(),
          String.format(
              Locale.ROOT,
              "Invalid value for ID: '%s' (schedules: %s)",
              id,
              String.join(", ", schedules.scheduleIds())));
    }
    Edition e = edition.of(spec, schedules, id);
    PrintWriter out = spec.commandLine().getOut();
    if (json.requested()) {
      CliJson.print(out, CliJson.mapper().readTree(e.toJson()));
      return 0;
    }
    out.printf(
        Locale.ROOT, "%s %s: %s (%s)%n", e.scheduleId(), e.edition(), e.title(), e.titleEn());
    out.printf(
        Locale.ROOT,
        "%s %s%s, in force from %s%s%n",
        e.source().regulation(),
        e.source().documentNumber(),
        e.source().partIfAny().map(p -> " " + p).orElse(""),
        e.effectiveFrom(),
        e.base().map(b -> ", extends " + b).orElse(""));
    for (ScheduleRow r : e.rows()) {
      out.printf(
          Locale.ROOT,
          "  %-8s %-6s %-11s %s%s%n",
          r.id(),
          shortCode(r.period()),
          r.isConfirmed() ? "confirmed" : "unconfirmed",
          r.materialIfKnown().orElse("(material not confirmed)"),
          r.materialEn() == null ? "" : " / " + r.materialEn());
    }
    out.flush();
    return 0;
  }

  private static String shortCode(RetentionPeriod p) {
    return p == null ? "-" : p instanceof RetentionPeriod.DefersTo ? "defers" : p.code();
  }
}
