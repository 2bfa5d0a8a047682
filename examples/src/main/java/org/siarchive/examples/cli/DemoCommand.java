package org.siarchive.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.json.JsonLinesReader;
import org.siarchive.core.json.JsonLinesWriter;
import org.siarchive.core.json.ReadSummary;
import org.siarchive.core.model.SubCenter;
import org.siarchive.examples.synthetic.SyntheticCity;
import org.siarchive.examples.synthetic.SyntheticVolume;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.quality.RunListener;
import org.siarchive.rules.quality.Stage;
import org.siarchive.rules.quality.VolumeResult;
import org.siarchive.rules.report.ReportHtml;
import org.siarchive.rules.report.ReportText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code siarchive demo}: the main job on embedded synthetic data. Builds a synthetic city of 16
 * sub-centres forming about 20,000 volumes of one year, writes them as JSON Lines with the seeded
 * defects as truth, reads the file back through the strict codec and prints what it did.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the main job on a synthetic city: 16 sub-centres, about 20,000 volumes of one year with realistic defects in the paper, catalogue and image views, reproducible from a seed; checks it (stage all), prints its quality analysis report and writes the report's HTML page, sizes and draws the inspection samples per sub-centre, dates the volumes' appraisal, and carries one phase-2 transfer batch per sub-centre to storage, printing each ledger's tree head, and runs the phase-2 procedure per sub-centre with rectification rounds and the 5%% supervision, and compares the five simulated scenarios of the city's year (siarchive simulate)."
    })
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--seed",
      defaultValue = "20201026",
      paramLabel = "S",
      description = "The city's seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--volumes",
      defaultValue = "20000",
      paramLabel = "N",
      description = "How many volumes (default ${DEFAULT-VALUE}).")
  int volumes;

  @Option(
      names = "--out",
      defaultValue = "siarchive-demo",
      paramLabel = "DIR",
      description = "Where to write the city's files (default ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() throws IOException {
    if (volumes < 1) {
      throw new ParameterException(
          spec.commandLine(), "Invalid value for option '--volumes' (1 or more): " + volumes);
    }
    PrintWriter o = spec.commandLine().getOut();
    SyntheticCity city = SyntheticCity.of(seed);
    Files.createDirectories(out);
    Path data = out.resolve("city-" + city.year() + ".jsonl");
    Path truthFile = out.resolve("truth.json");

    o.printf(
        Locale.ROOT, "siarchive demo — synthetic city, seed %d, year %d%n%n", seed, city.year());
    long t0 = System.nanoTime();
    Map<String, long[]> perSubCenter = new TreeMap<>();
    Map<String, Long> perCode = new TreeMap<>();
    Map<String, List<String>> truth = new LinkedHashMap<>();
    long[] pageCount = {0};
    OutputFiles.write(
        data,
        os -> {
          JsonLinesWriter writer = JsonLinesWriter.of(os);
          for (int i = 0; i < volumes; i++) {
            SyntheticVolume sv = city.volume(i);
            writer.write(sv.volume());
            pageCount[0] += sv.volume().images().size();
            long[] counts =
                perSubCenter.computeIfAbsent(sv.volume().subCenterId(), k -> new long[2]);
            counts[0]++;
            if (sv.isDefective()) {
              counts[1]++;
              List<String> codes = sv.seeded().stream().map(DefectCode::value).toList();
              truth.put(sv.volume().id(), codes);
              codes.forEach(c -> perCode.merge(c, 1L, Long::sum));
            }
          }
          writer.flush();
        });
    long pages = pageCount[0];
    OutputFiles.write(
        truthFile, CliJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(truth));
    long t1 = System.nanoTime();
    o.printf(
        Locale.ROOT,
        "1. Generated %,d volumes (%,d scanned pages) in %.1f s%n",
        volumes,
        pages,
        (t1 - t0) / 1e9);
    o.printf(
        Locale.ROOT,
        "   %s (%,d bytes)%n   %s: %,d volumes with seeded defects%n%n",
        data,
        Files.size(data),
        truthFile,
        truth.size());

    o.printf(
        Locale.ROOT,
        "   %-5s %s %8s %9s %7s%n",
        "code",
        pad("sub-centre", 14),
        "volumes",
        "defective",
        "rate");
    for (SubCenter sc : city.subCenters()) {
      long[] c = perSubCenter.getOrDefault(sc.id(), new long[2]);
      o.printf(
          Locale.ROOT,
          "   %-5s %s %8d %9d %6.1f%%%n",
          sc.id(),
          pad(sc.name(), 14),
          c[0],
          c[1],
          c[0] == 0 ? 0.0 : 100.0 * c[1] / c[0]);
    }
    o.printf(Locale.ROOT, "%n   seeded defects by code:%n");
    perCode.forEach((code, n) -> o.printf(Locale.ROOT, "   %-32s %6d%n", code, n));

    long t2 = System.nanoTime();
    ReadSummary summary;
    try (JsonLinesReader reader = JsonLinesReader.open(data)) {
      summary = reader.forEach(r -> {});
    }
    long t3 = System.nanoTime();
    o.printf(
        Locale.ROOT,
        "%n2. Read back through the strict codec in %.1f s: read %d, valid %d, rejected %d%n",
        (t3 - t2) / 1e9,
        summary.read(),
        summary.valid(),
        summary.rejected());

    Path html = out.resolve("quality-report.html");
    CheckContext context = new QualityOptions().context(spec, Stage.ALL);
    Map<String, List<String>> found = new LinkedHashMap<>();
    RunListener agreement =
        new RunListener() {
          @Override
          public void checked(VolumeResult r) {
            if (r.hasDefects()) {
              found.put(
                  r.volumeId(),
                  r.defects().stream().map(d -> d.code().value()).distinct().sorted().toList());
            }
          }
        };
    long t4 = System.nanoTime();
    QualityRuns.Result quality = QualityRuns.report(data, context, null, agreement);
    OutputFiles.write(html, ReportHtml.render(quality.report()));
    long t5 = System.nanoTime();
    o.printf(
        Locale.ROOT,
        "%n3. Quality checks (stage all) and the quality analysis report in %.1f s; HTML page: %s%n",
        (t5 - t4) / 1e9,
        html);
    o.printf(
        Locale.ROOT,
        "   seeded defects found: %s (%d volumes seeded, %d with defects found, %d disagreeing)%n%n",
        found.equals(truth) ? "all, and nothing else" : "NOT all",
        truth.size(),
        found.size(),
        disagreements(truth, found));
    o.print(ReportText.render(quality.report()));

    o.printf(
        Locale.ROOT,
        "%n4. How much to inspect and which volumes (verifiable draws, seeded by the city's seed)%n");
    DemoInspection.print(o, data, quality.report(), found.keySet(), out, seed);

    o.printf(Locale.ROOT, "%n5. Retention of the city's volumes under the schedule in force%n");
    DemoRetention.print(o, data, context.materialRules(), context.today());

    o.printf(
        Locale.ROOT,
        "%n6. Transfer: one phase-2 batch per sub-centre, arranged to stored, in tamper-evident ledgers%n");
    DemoTransfer.print(o, city, data, out);

    o.printf(Locale.ROOT, "%n7. Storage pressure and the optimal transfer plan (article §3.5)%n");
    DemoStorage.print(o, city, out);

    o.printf(
        Locale.ROOT,
        "%n8. Phase 2 for every sub-centre: self-check, pre-acceptance, rectification rounds,"
            + " supervision, hand-over; one phase-1 batch beside it%n");
    DemoProcedure.print(o, city, data, context, out);

    o.printf(
        Locale.ROOT,
        "%n9. The city's year simulated under phase 1, phase 2 and the article's proposals%n");
    DemoSimulation.print(o, city, SimulateCommand.pool(seed, spec), out);
    o.flush();
    return summary.rejected() == 0 ? 0 : 1;
  }

  /** The volumes whose seeded and found codes differ. */
  private static long disagreements(
      Map<String, List<String>> truth, Map<String, List<String>> found) {
    java.util.Set<String> ids = new java.util.HashSet<>(truth.keySet());
    ids.addAll(found.keySet());
    return ids.stream()
        .filter(
            id ->
                !java.util.Objects.equals(
                    truth.get(id) == null ? null : truth.get(id).stream().sorted().toList(),
                    found.get(id)))
        .count();
  }

  /** Pads a text to a display width, counting CJK characters as two columns. */
  private static String pad(String s, int width) {
    int w = s.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
    return w >= width ? s : s + " ".repeat(width - w);
  }
}
