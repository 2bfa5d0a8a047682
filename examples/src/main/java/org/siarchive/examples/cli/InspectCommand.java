package org.siarchive.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.siarchive.core.ArchiveException;
import org.siarchive.core.json.JsonLinesReader;
import org.siarchive.core.json.LineResult;
import org.siarchive.rules.inspection.History;
import org.siarchive.rules.inspection.InspectionPlan;
import org.siarchive.rules.inspection.Population;
import org.siarchive.rules.inspection.ProblemRatePolicy;
import org.siarchive.rules.inspection.Strata;
import org.siarchive.rules.inspection.StratumPlan;
import org.siarchive.rules.report.QualityReport;
import org.siarchive.sampling.InfeasibleRequestException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code siarchive inspect}: inspection policies over a volumes file. Exit 0 on success, 1 when the
 * file held rejected records, 2 on usage errors.
 */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = "Inspection policies: how many volumes to inspect per stratum, and which.",
    subcommands = {InspectCommand.Plan.class})
final class InspectCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code siarchive inspect plan}: ratios in proportion to problem rates (article §3.2). */
  @Command(
      name = "plan",
      mixinStandardHelpOptions = true,
      description = {
        "Plan the inspection of a volumes file: a total of ceil(R x volumes) allocated across the strata in proportion to their problem rates (from a 'report --json' given as history; equal rates without), each ratio within the bounds; each stratum's selection is the keyed draw of its volume ids with seed S. Exit 0, 1 when the file held rejected records, 2 on usage errors."
      })
  static final class Plan implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Volumes, JSON Lines.")
    Path file;

    @Option(
        names = "--total-ratio",
        required = true,
        paramLabel = "R",
        description = "The share of all volumes to inspect, in (0, 1].")
    String totalRatio;

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

    @Option(
        names = "--history",
        paramLabel = "REPORT.json",
        description = "A quality report (report --json) whose sub-centre rates weigh the strata.")
    Path history;

    @Option(
        names = "--by",
        defaultValue = "sub-center",
        paramLabel = "sub-center|sub-center,category",
        description = "The strata (default ${DEFAULT-VALUE}).")
    String by;

    @Option(names = "--seed", required = true, paramLabel = "S", description = "The draw's seed.")
    String seed;

    @Mixin JsonOption json;

    @Override
    public Integer call() {
      InputFiles.require(spec, "FILE", file);
      BigDecimal r =
          SampleInputs.decimal(
              spec, "--total-ratio", totalRatio, BigDecimal.ZERO, false, BigDecimal.ONE, true);
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
        throw new ParameterException(
            spec.commandLine(),
            String.format(
                Locale.ROOT,
                "Option '--min-ratio' (%s) is above '--max-ratio' (%s)",
                minRatio,
                maxRatio));
      }
      Strata strata;
      try {
        strata = Strata.parse(by);
      } catch (IllegalArgumentException e) {
        throw SampleInputs.invalid(
            spec, "--by", by, "valid values sub-center, sub-center,category");
      }
      History past = History.none();
      if (history != null) {
        InputFiles.require(spec, "--history", history);
        try {
          past = History.from(QualityReport.read(history));
        } catch (ArchiveException | UncheckedIOException e) {
          throw SampleInputs.invalid(
              spec, "--history", history, "a quality report (report --json): " + e.getMessage());
        }
      }
      Population.Builder builder = Population.builder(strata);
      List<LineResult.Rejected> rejected = new ArrayList<>();
      long[] valid = {0};
      try (JsonLinesReader reader = JsonLinesReader.open(file)) {
        reader.forEach(
            line -> {
              if (line instanceof LineResult.Decoded d) {
                builder.add(d.volume());
                valid[0]++;
              } else if (line instanceof LineResult.Rejected bad) {
                rejected.add(bad);
              }
            });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      PrintWriter err = spec.commandLine().getErr();
      for (LineResult.Rejected bad : rejected) {
        err.printf(Locale.ROOT, "%s:%d: %s: %s%n", file, bad.line(), bad.pointer(), bad.message());
      }
      if (valid[0] == 0) {
        err.printf(Locale.ROOT, "siarchive inspect plan: no valid volume in %s%n", file);
        err.flush();
        return 1;
      }
      Population population = builder.build();
      InspectionPlan plan;
      try {
        plan = ProblemRatePolicy.of(r, lo, hi, past).plan(population, seed);
      } catch (InfeasibleRequestException e) {
        throw new ParameterException(
            spec.commandLine(),
            "Infeasible options --total-ratio "
                + totalRatio
                + ", --min-ratio "
                + (minRatio == null ? "0" : minRatio)
                + ", --max-ratio "
                + (maxRatio == null ? "1" : maxRatio)
                + ": "
                + e.getMessage());
      }
      print(plan);
      err.flush();
      return rejected.isEmpty() ? 0 : 1;
    }

    private void print(InspectionPlan plan) {
      PrintWriter out = spec.commandLine().getOut();
      if (json.requested()) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("seed", plan.seed());
        doc.put("total", plan.total());
        List<Map<String, Object>> strata = new ArrayList<>();
        for (StratumPlan s : plan.strata()) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("subCenter", s.key().subCenter());
          m.put("category", s.key().category().orElse(null));
          m.put("volumes", s.volumes());
          m.put("problemRate", s.problemRate().map(Plan::decimal).orElse(null));
          m.put("sampleSize", s.sampleSize());
          m.put("selected", s.selected());
          strata.add(m);
        }
        doc.put("strata", strata);
        CliJson.print(out, doc);
        return;
      }
      out.printf(
          Locale.ROOT,
          "seed %s: %d of %d volumes (%s)%n",
          plan.seed(),
          plan.total(),
          plan.volumes(),
          plan.policy());
      out.printf(
          Locale.ROOT, "%-40s %8s %12s %8s%n", "stratum", "volumes", "problemRate", "sample");
      for (StratumPlan s : plan.strata()) {
        out.printf(
            Locale.ROOT,
            "%-40s %8d %12s %8d%n",
            s.key().id(),
            s.volumes(),
            s.problemRate().map(p -> decimal(p).toPlainString()).orElse("-"),
            s.sampleSize());
      }
      out.flush();
    }

    /** A rate to 6 significant digits, half-even, trailing zeros dropped (display only). */
    private static BigDecimal decimal(org.siarchive.sampling.allocation.Rate rate) {
      return rate.toBigDecimal(new MathContext(6, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }
  }
}
