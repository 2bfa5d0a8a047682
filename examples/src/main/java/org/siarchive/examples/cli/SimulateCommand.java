package org.siarchive.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.ruledata.RuleDataException;
import org.siarchive.examples.synthetic.SyntheticCity;
import org.siarchive.examples.synthetic.SyntheticRooms;
import org.siarchive.examples.synthetic.SyntheticSource;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.quality.Stage;
import org.siarchive.rules.simulation.CityPool;
import org.siarchive.rules.simulation.Scenario;
import org.siarchive.rules.simulation.ScenarioFile;
import org.siarchive.rules.simulation.Simulation;
import org.siarchive.rules.simulation.SimulationHtml;
import org.siarchive.rules.simulation.SimulationReports;
import org.siarchive.rules.simulation.SimulationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code siarchive simulate}: the synthetic city's year under phase 1, phase 2 and the article's
 * proposals (archive-rules {@code org.siarchive.rules.simulation}), with 95% intervals over the
 * replications and paired differences against phase 1.
 *
 * <pre>
 * siarchive simulate --replications 30 --seed 42 --html simulation.html --json
 * </pre>
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
      "Simulates the synthetic city's year of archive work under phase-1, phase-2, phase-2+audit-post, phase-2+flexible-ratios and phase-2+storage-planning (or the scenarios of a file), with common random numbers, and prints each metric's mean and 95%% interval.",
      "--json: {\"seed\", \"replications\", \"horizonDays\", \"definitions\": {\"<metric>\": \"...\"}, \"scenarios\": [{\"name\", \"metrics\": {\"<metric>\": {\"mean\", \"low\", \"high\"}}, \"versusPhase1\": {\"<metric>\": {\"mean\", \"low\", \"high\"}}}]}; times in working days.",
      "Metrics: daysToDetection, daysToDetectionP90, daysToRectification, daysToDigitisation, escapedDefectShare, pagesInspected, volumesInspected, staffDays (and staffDays.<ROLE>), peakStoreFill, volumeDaysAtSubCentres, waitingDays (and waitingDays.<ROLE>)."
    })
final class SimulateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin JsonOption json;

  @Option(
      names = "--scenarios",
      paramLabel = "FILE",
      description =
          "A scenario file (archive-rules/SIMULATION.md); default the five standard ones.")
  Path scenarios;

  @Option(
      names = "--replications",
      defaultValue = "30",
      paramLabel = "R",
      description = "Replications, 2 to 10000 (default ${DEFAULT-VALUE}).")
  int replications;

  @Option(
      names = "--seed",
      defaultValue = "20201026",
      paramLabel = "S",
      description = "The seed of the city and of every random stream (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--horizon-days",
      defaultValue = "250",
      paramLabel = "D",
      description = "Working days of formation, 1 to 2500 (default ${DEFAULT-VALUE}, one year).")
  int horizonDays;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Threads for the replications, 1 to 256 (default: the processors).")
  Integer threads;

  @Option(
      names = "--html",
      paramLabel = "OUT.html",
      description = "Also write the result as one HTML page with charts.")
  Path html;

  /** The synthetic city's volumes judged once by the real suites; the city forms 20,000 a year. */
  static final int POOL = 4_000;

  @Override
  public Integer call() throws IOException {
    OutputFiles.requireOutput(spec, html, "--html", "--scenarios", scenarios);
    List<Scenario> list = Scenario.standard();
    if (scenarios != null) {
      InputFiles.require(spec, "--scenarios", scenarios);
      try {
        list = ScenarioFile.read(scenarios);
      } catch (RuleDataException e) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("siarchive simulate: " + e.getMessage());
        err.flush();
        return 1;
      }
    }
    Simulation simulation;
    try {
      simulation =
          Simulation.builder(pool(seed, spec), SyntheticRooms.of(SyntheticCity.of(seed)))
              .replications(replications)
              .horizonDays(horizonDays)
              .seed(seed)
              .threads(threads == null ? Runtime.getRuntime().availableProcessors() : threads)
              .build();
    } catch (InvalidValueException e) {
      throw new ParameterException(spec.commandLine(), option(e) + e.getMessage());
    }
    SimulationResult result = simulation.run(list);
    if (html != null) {
      OutputFiles.write(html, SimulationHtml.render(result));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json.requested()) {
      CliJson.print(out, SimulationReports.json(result));
    } else {
      out.print(SimulationReports.text(result));
      if (html != null) {
        out.println("HTML: " + html);
      }
      out.flush();
    }
    return 0;
  }

  private static String option(InvalidValueException e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    for (String[] o :
        new String[][] {
          {"replications", "--replications"},
          {"horizonDays", "--horizon-days"},
          {"threads", "--threads"}
        }) {
      if (m.contains(o[0])) {
        return String.format(Locale.ROOT, "Invalid value for option '%s': ", o[1]);
      }
    }
    return "";
  }

  /** The synthetic city of a seed as the simulation's pool: its first {@value #POOL} volumes. */
  static CityPool pool(long seed, CommandSpec spec) {
    SyntheticCity city = SyntheticCity.of(seed);
    CheckContext context = new QualityOptions().context(spec, Stage.ALL);
    return CityPool.of(SyntheticSource.of(city, POOL), context, 20_000);
  }
}
