package org.siarchive.examples.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.siarchive.sampling.InfeasibleRequestException;
import org.siarchive.sampling.allocation.Allocation;
import org.siarchive.sampling.allocation.AllocationMethod;
import org.siarchive.sampling.allocation.Rate;
import org.siarchive.sampling.allocation.Stratum;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code siarchive sample allocate}: a total shared across strata by largest remainder. */
@Command(
    name = "allocate",
    mixinStandardHelpOptions = true,
    description =
        "Allocate a total sample across strata (proportional, Neyman, defect-rate), summing exactly.")
final class SampleAllocateCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--total",
      required = true,
      paramLabel = "n",
      description = "Total sample size, at least 0.")
  long total;

  @Option(
      names = "--method",
      required = true,
      paramLabel = "proportional|neyman|defect-rate",
      description = "Method.")
  String method;

  @Option(
      names = "--strata",
      required = true,
      paramLabel = "ID:N[:p],...",
      description = "Strata: id, size and (for neyman and defect-rate) rate, comma-separated.")
  String strata;

  @Option(
      names = "--min-ratio",
      paramLabel = "r",
      description = "Lower bound of every stratum's ratio n_h / N_h (default 0: none).")
  String minRatio;

  @Option(
      names = "--max-ratio",
      paramLabel = "r",
      description = "Upper bound of every stratum's ratio n_h / N_h (default 1: none).")
  String maxRatio;

  @Mixin JsonOption json;

  @Override
  public Integer call() {
    SampleInputs.atLeast(spec, "--total", total, 0);
    AllocationMethod m;
    try {
      m = AllocationMethod.parse(method);
    } catch (IllegalArgumentException e) {
      throw SampleInputs.invalid(
          spec, "--method", method, "valid values proportional, neyman, defect-rate");
    }
    BigDecimal lo =
        minRatio == null
            ? BigDecimal.ZERO
            : SampleInputs.decimal(
                spec, "--min-ratio", minRatio, BigDecimal.ZERO, true, BigDecimal.ONE, true);
    BigDecimal hi =
        maxRatio == null
            ? BigDecimal.ONE
            : SampleInputs.decimal(
                spec, "--max-ratio", maxRatio, BigDecimal.ZERO, true, BigDecimal.ONE, true);
    if (lo.compareTo(hi) > 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          String.format(
              Locale.ROOT,
              "Option '--min-ratio' (%s) is above '--max-ratio' (%s)",
              minRatio,
              maxRatio));
    }
    List<Stratum> list = new ArrayList<>();
    for (String entry : strata.split(",", -1)) {
      list.add(stratum(entry.trim(), m).withRatioBounds(lo, hi));
    }
    Allocation a;
    try {
      a = Allocation.allocate(m, total, list);
    } catch (InfeasibleRequestException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "Infeasible options: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw SampleInputs.invalid(spec, "--strata", strata, e.getMessage());
    }
    if (json.requested()) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("allocation", a.sizes());
      CliJson.print(spec.commandLine().getOut(), doc);
    } else {
      a.sizes()
          .forEach(
              (id, n) ->
                  spec.commandLine()
                      .getOut()
                      .printf(Locale.ROOT, "%s\t%d\t(quota %.4f)%n", id, n, a.quotas().get(id)));
      spec.commandLine().getOut().flush();
    }
    return 0;
  }

  private Stratum stratum(String entry, AllocationMethod m) {
    String[] parts = entry.split(":", -1);
    if (parts.length < 2 || parts.length > 3 || parts[0].isEmpty()) {
      throw SampleInputs.invalid(spec, "--strata", entry, "each stratum ID:N or ID:N:p");
    }
    long size;
    try {
      size = Long.parseLong(parts[1]);
    } catch (NumberFormatException e) {
      throw SampleInputs.invalid(spec, "--strata", entry, "N must be a whole number >= 0");
    }
    if (size < 0) {
      throw SampleInputs.invalid(spec, "--strata", entry, "N must be a whole number >= 0");
    }
    if (parts.length == 2) {
      if (m.needsRates()) {
        throw SampleInputs.invalid(
            spec, "--strata", entry, "method " + m.label() + " needs a rate: ID:N:p");
      }
      return Stratum.of(parts[0], size);
    }
    Rate p;
    try {
      p = Rate.parse(parts[2].trim()); // the exact decimal of the text, never through a double
    } catch (IllegalArgumentException e) {
      throw SampleInputs.invalid(spec, "--strata", entry, "p must be a rate in [0, 1]");
    }
    return Stratum.of(parts[0], size, p);
  }
}
