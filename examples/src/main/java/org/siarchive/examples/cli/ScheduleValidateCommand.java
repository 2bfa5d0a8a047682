package org.siarchive.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.siarchive.core.ruledata.RuleDataException;
import org.siarchive.rules.retention.Edition;
import org.siarchive.rules.retention.RetentionSchedules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code schedule validate}: loads an edition file strictly. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Loads an edition file strictly, beside the bundled editions.",
      "Exit 0 when it loads; 1 with the reason (file, JSON pointer, value, row id) on standard error; 2 on usage errors."
    })
final class ScheduleValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The edition file (JSON).")
  Path file;

  @Override
  public Integer call() {
    Edition e;
    try {
      e = ScheduleCommand.loadFile(spec, RetentionSchedules.withBundledEditions(), file, "FILE");
    } catch (RuleDataException ex) {
      return ScheduleCommand.cannot(spec, ex.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "%s: %s loads: %d rows (%d confirmed), in force from %s, sha256 %s%n",
        file,
        e.ref(),
        e.rows().size(),
        e.confirmedRowCount(),
        e.effectiveFrom(),
        e.sha256());
    out.flush();
    return 0;
  }
}
