package org.siarchive.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.siarchive.core.json.JsonLinesReader;
import org.siarchive.core.json.LineResult;
import org.siarchive.rules.SamplingTables;
import org.siarchive.rules.inspection.FixedRatioPolicy;
import org.siarchive.rules.inspection.History;
import org.siarchive.rules.inspection.InspectionPlan;
import org.siarchive.rules.inspection.Iso2859Policy;
import org.siarchive.rules.inspection.Population;
import org.siarchive.rules.inspection.ProblemRatePolicy;
import org.siarchive.rules.inspection.StepSeed;
import org.siarchive.rules.inspection.Strata;
import org.siarchive.rules.inspection.StratumKey;
import org.siarchive.rules.inspection.StratumPlan;
import org.siarchive.rules.report.QualityReport;
import org.siarchive.sampling.iso2859.Aql;
import org.siarchive.sampling.iso2859.InspectionLevel;
import org.siarchive.sampling.iso2859.SamplingPlan;
import org.siarchive.sampling.iso2859.SwitchingRules;
import org.siarchive.sampling.selection.SamplingRecord;

/**
 * The demo's inspection step: how much to inspect and exactly which volumes, per sub-centre.
 *
 * <ul>
 *   <li>Pre-acceptance sample sizes in proportion to each sub-centre's problem rate (article §3.2):
 *       10% of the city in all, defect-rate allocation with each ratio between 5% and 30%.
 *   <li>The ISO 2859-1 plan (level II, AQL 6.5, near the local rule "pass at 95%") for each
 *       sub-centre's batch, a verifiable draw of that many volumes, and whether the batch passes on
 *       the defects the checks found in them.
 *   <li>The supervising leader's 5% spot check (article §2.3): a verifiable draw whose sampling
 *       record and population are written out for anyone to re-derive with {@code siarchive sample
 *       verify}.
 * </ul>
 *
 * <p>The judgments are the library's policies ({@code org.siarchive.rules.inspection}); this class
 * only builds the population, calls them and prints. Each draw's seed is {@code
 * <seed>/<step>/<sub-centre>}.
 */
final class DemoInspection {
  private static final BigDecimal ACCEPTANCE_SHARE = new BigDecimal("0.10");
  private static final BigDecimal MIN_RATIO = new BigDecimal("0.05");
  private static final BigDecimal MAX_RATIO = new BigDecimal("0.30");

  private DemoInspection() {}

  static void print(
      PrintWriter o, Path data, QualityReport report, Set<String> defective, Path out, long seed)
      throws IOException {
    Population.Builder city = Population.builder(Strata.SUB_CENTER);
    try (JsonLinesReader reader = JsonLinesReader.open(data)) {
      reader.forEach(
          r -> {
            if (r instanceof LineResult.Decoded d) {
              city.add(d.volume());
            }
          });
    }
    Population population = city.build();
    String base = Long.toString(seed);
    InspectionPlan preAcceptance =
        ProblemRatePolicy.of(ACCEPTANCE_SHARE, MIN_RATIO, MAX_RATIO, History.from(report))
            .plan(population, StepSeed.of(base, "pre-acceptance", "city"));
    Iso2859Policy iso =
        Iso2859Policy.of(
            new SwitchingRules(
                SamplingTables.iso2859(), InspectionLevel.parse("II"), Aql.parse("6.5"), false));
    FixedRatioPolicy supervision = FixedRatioPolicy.supervision();
    Path records = out.resolve("supervision");
    Files.createDirectories(records);

    o.printf(
        Locale.ROOT,
        "   %-5s %7s %7s %14s  %-22s %10s %10s%n",
        "code",
        "volumes",
        "problem",
        "pre-accept n",
        "ISO 2859-1 II/6.5",
        "drawn bad",
        "supervise");
    for (QualityReport.GroupFigures g : report.subCenters()) {
      StratumKey key = StratumKey.ofSubCenter(g.key());
      List<String> ids = population.ids(key);
      Population batch = Population.of(Map.of(key, ids));
      long n = preAcceptance.stratum(key).sampleSize();
      StratumPlan lot = iso.plan(batch, StepSeed.of(base, "acceptance", g.key())).stratum(key);
      SamplingPlan plan = lot.iso().orElseThrow().plan().orElseThrow();
      int bad = (int) lot.selected().stream().filter(defective::contains).count();
      SamplingRecord spot =
          supervision.plan(batch, StepSeed.of(base, "supervision", g.key())).stratum(key).sample();
      OutputFiles.write(
          records.resolve(g.key() + ".json"),
          CliJson.mapper()
              .writerWithDefaultPrettyPrinter()
              .writeValueAsString(SampleDrawCommand.document(spot)));
      OutputFiles.write(
          records.resolve(g.key() + "-ids.txt"),
          String.join("\n", ids) + (ids.isEmpty() ? "" : "\n"));
      o.printf(
          Locale.ROOT,
          "   %-5s %7d %6.1f%% %7d (%4.1f%%)  %s %3d %d/%d  %4d %-5s %10d%n",
          g.key(),
          g.checked(),
          g.problemRate().doubleValue() * 100,
          n,
          100.0 * n / Math.max(1, g.checked()),
          plan.planLetter(),
          plan.sampleSize(),
          plan.acceptanceNumber(),
          plan.rejectionNumber(),
          bad,
          lot.isAccepted(bad) ? "pass" : "fail",
          spot.selected().size());
    }
    o.printf(
        Locale.ROOT,
        "   pre-acceptance total %d of %d volumes (defect-rate allocation, ratios 5%%-30%%)%n",
        preAcceptance.total(),
        report.totals().checked());
    o.printf(
        Locale.ROOT,
        "   supervision samples and their populations: %s; re-derive one with%n",
        records);
    o.printf(
        Locale.ROOT,
        "   java -jar examples/target/siarchive.jar sample verify %s --ids %s%n",
        records.resolve("SC01.json"),
        records.resolve("SC01-ids.txt"));
  }
}
