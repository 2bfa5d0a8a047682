package org.siarchive.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.ruledata.RuleDataException;
import org.siarchive.rules.storage.Intake;
import org.siarchive.rules.storage.StorageFile;
import org.siarchive.rules.storage.StorageHtml;
import org.siarchive.rules.storage.StorageNetwork;
import org.siarchive.rules.storage.StoragePlan;
import org.siarchive.rules.storage.StoragePlanner;
import org.siarchive.rules.storage.StorageReports;
import org.siarchive.rules.storage.StorageStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code siarchive storage status|plan}: storage pressure and the optimal transfer schedule
 * (archive-rules {@code org.siarchive.rules.storage}) over a rooms file.
 *
 * <pre>
 * siarchive storage status --rooms rooms.json --as-of 2026-09 --json
 * siarchive storage plan --rooms rooms.json --horizon 24 --intake 1800 --html plan.html --json
 * </pre>
 */
@Command(
    name = "storage",
    mixinStandardHelpOptions = true,
    description =
        "Storage pressure per store and the transfer schedule that minimises the worst store's peak fill.",
    subcommands = {StorageCommand.Status.class, StorageCommand.Plan.class})
final class StorageCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reads the rooms file; a path that is not a file is a usage error. */
  static StorageNetwork read(CommandSpec spec, Path rooms) {
    InputFiles.require(spec, "--rooms", rooms);
    return StorageFile.read(rooms);
  }

  static int cannot(CommandSpec spec, String message) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("siarchive storage " + spec.name() + ": " + message);
    err.flush();
    return 1;
  }

  @Command(
      name = "status",
      mixinStandardHelpOptions = true,
      description = {
        "Each store's capacity, occupancy, fill, months until full and pressure rank, most pressed first.",
        "--json: {\"rooms\": [{\"id\", \"subCenter\", \"capacity\", \"occupied\", \"fill\", \"monthsUntilFull\", \"rank\", \"reason\"}]}"
      })
  static final class Status implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin JsonOption json;

    @Option(
        names = "--rooms",
        required = true,
        paramLabel = "FILE",
        description = "The rooms file (archive-rules/STORAGE-SCHEMA.md).")
    Path rooms;

    @Option(
        names = "--as-of",
        paramLabel = "YYYY-MM",
        description =
            "The month (default: the file's asOf; later months are projected without transfers).")
    String asOf;

    @Override
    public Integer call() {
      StorageNetwork network;
      try {
        network = read(spec, rooms);
      } catch (RuleDataException e) {
        return cannot(spec, e.getMessage());
      }
      YearMonth month = network.asOf();
      if (asOf != null) {
        try {
          month = YearMonth.parse(asOf);
        } catch (DateTimeParseException e) {
          throw new ParameterException(
              spec.commandLine(), "Invalid value for option '--as-of' (YYYY-MM): " + asOf);
        }
      }
      StorageStatus status;
      try {
        status = StoragePlanner.status(network, month);
      } catch (InvalidValueException e) {
        throw new ParameterException(
            spec.commandLine(), "Invalid value for option '--as-of': " + e.getMessage());
      }
      PrintWriter out = spec.commandLine().getOut();
      if (json.requested()) {
        CliJson.print(out, StorageReports.json(status));
      } else {
        out.print(StorageReports.text(status));
        out.flush();
      }
      return 0;
    }
  }

  @Command(
      name = "plan",
      mixinStandardHelpOptions = true,
      description = {
        "The transfer schedule minimising the highest fill any store reaches, beside the naive plan (fullest store first), the least intake that avoids overflow, and the overflows.",
        "--json: {\"feasible\", \"peakFill\", \"minimalIntake\", \"naivePeakFill\", \"months\": [{\"month\", \"transfers\", \"fill\"}], \"overflows\": [{\"room\", \"month\", \"excess\"}]}; --html writes one self-contained page charting each store's fill."
      })
  static final class Plan implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin JsonOption json;

    @Option(
        names = "--rooms",
        required = true,
        paramLabel = "FILE",
        description = "The rooms file (archive-rules/STORAGE-SCHEMA.md).")
    Path rooms;

    @Option(
        names = "--horizon",
        required = true,
        paramLabel = "MONTHS",
        description = "Months to plan, 1 to " + StoragePlanner.MAX_HORIZON + ".")
    int horizon;

    @Option(
        names = "--intake",
        paramLabel = "N",
        description = "Volumes the centre takes in per month (default: the file's intake).")
    Long intake;

    @Option(
        names = "--html",
        paramLabel = "OUT.html",
        description = "Also write the plan as one HTML page.")
    Path html;

    @Override
    public Integer call() throws IOException {
      if (horizon < 1 || horizon > StoragePlanner.MAX_HORIZON) {
        throw new ParameterException(
            spec.commandLine(),
            String.format(
                Locale.ROOT,
                "Invalid value for option '--horizon' (valid values 1 - %d): %d",
                StoragePlanner.MAX_HORIZON,
                horizon));
      }
      OutputFiles.requireOutput(spec, html, "--html", "--rooms", rooms);
      StorageNetwork network;
      try {
        network = read(spec, rooms);
      } catch (RuleDataException e) {
        return cannot(spec, e.getMessage());
      }
      if (intake != null) {
        try {
          network = network.withIntake(Intake.ofVolumes(intake));
        } catch (InvalidValueException e) {
          throw new ParameterException(
              spec.commandLine(), "Invalid value for option '--intake': " + e.getMessage());
        }
      }
      StoragePlan plan;
      try {
        plan = StoragePlanner.plan(network, horizon);
      } catch (InvalidValueException e) {
        return cannot(spec, rooms + ": " + e.getMessage());
      }
      if (html != null) {
        OutputFiles.write(html, StorageHtml.render(plan));
      }
      PrintWriter out = spec.commandLine().getOut();
      if (json.requested()) {
        CliJson.print(out, StorageReports.json(plan));
      } else {
        out.print(StorageReports.text(plan));
        if (html != null) {
          out.println("HTML: " + html);
        }
        out.flush();
      }
      return 0;
    }
  }
}
