package org.siarchive.examples.cli;

import static java.util.stream.Collectors.joining;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.siarchive.core.json.JsonLinesReader;
import org.siarchive.core.json.LineResult;
import org.siarchive.rules.SamplingTables;
import org.siarchive.rules.report.QualityReport;
import org.siarchive.sampling.allocation.Allocation;
import org.siarchive.sampling.allocation.AllocationMethod;
import org.siarchive.sampling.allocation.RatePrior;
import org.siarchive.sampling.allocation.Stratum;
import org.siarchive.sampling.iso2859.Aql;
import org.siarchive.sampling.iso2859.InspectionLevel;
import org.siarchive.sampling.iso2859.InspectionSeverity;
import org.siarchive.sampling.iso2859.Iso2859Tables;
import org.siarchive.sampling.iso2859.SamplingPlan;
import org.siarchive.sampling.selection.SamplingRecord;
import org.siarchive.sampling.size.FixedRatio;

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
 */
final class DemoInspection {
  private static final BigDecimal ACCEPTANCE_SHARE = new BigDecimal("0.10");
  private static final BigDecimal MIN_RATIO = new BigDecimal("0.05");
  private static final BigDecimal MAX_RATIO = new BigDecimal("0.30");
  private static final FixedRatio SUPERVISION = FixedRatio.parse("0.05");

  private DemoInspection() {}

  static void print(
      PrintWriter o, Path data, QualityReport report, Set<String> defective, Path out, long seed)
      throws IOException {
    Map<String, List<String>> ids = new TreeMap<>();
    try (JsonLinesReader reader = JsonLinesReader.open(data)) {
      reader.forEach(
          r -> {
            if (r instanceof LineResult.Decoded d) {
              ids.computeIfAbsent(d.volume().subCenterId(), k -> new ArrayList<>())
                  .add(d.volume().id());
            }
          });
    }
    List<Stratum> strata = new ArrayList<>();
    for (QualityReport.GroupFigures g : report.subCenters()) {
      strata.add(
          Stratum.ofHistory(
                  g.key(), g.checked(), g.checked(), g.volumesWithDefects(), RatePrior.LAPLACE)
              .withRatioBounds(MIN_RATIO, MAX_RATIO));
    }
    long total =
        ACCEPTANCE_SHARE.multiply(BigDecimal.valueOf(report.totals().checked())).longValue();
    Allocation allocation = Allocation.allocate(AllocationMethod.DEFECT_RATE, total, strata);
    Iso2859Tables iso = SamplingTables.iso2859();
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
      List<String> population = ids.getOrDefault(g.key(), List.of());
      long n = allocation.sizes().get(g.key());
      SamplingPlan plan =
          iso.plan(
              population.size(),
              InspectionLevel.parse("II"),
              Aql.parse("6.5"),
              InspectionSeverity.NORMAL);
      int planUnits = (int) plan.unitsToInspect();
      SamplingRecord lot =
          SamplingRecord.draw("acceptance-" + seed + "-" + g.key(), population, planUnits);
      int bad = (int) lot.selected().stream().filter(defective::contains).count();
      SamplingRecord spot =
          SamplingRecord.draw(
              "supervision-" + seed + "-" + g.key(),
              population,
              (int) SUPERVISION.sampleSize(population.size()));
      OutputFiles.write(
          records.resolve(g.key() + ".json"),
          CliJson.mapper()
              .writerWithDefaultPrettyPrinter()
              .writeValueAsString(SampleDrawCommand.document(spot)));
      OutputFiles.write(
          records.resolve(g.key() + "-ids.txt"),
          population.stream().map(id -> id + System.lineSeparator()).collect(joining()));
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
          plan.isAccepted(bad) ? "pass" : "fail",
          spot.selected().size());
    }
    o.printf(
        Locale.ROOT,
        "   pre-acceptance total %d of %d volumes (defect-rate allocation, ratios 5%%-30%%)%n",
        allocation.sizes().values().stream().mapToLong(Long::longValue).sum(),
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
