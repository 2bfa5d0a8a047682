package org.siarchive.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.siarchive.examples.synthetic.SyntheticCity;
import org.siarchive.examples.synthetic.SyntheticRooms;
import org.siarchive.rules.simulation.CityPool;
import org.siarchive.rules.simulation.Scenario;
import org.siarchive.rules.simulation.Simulation;
import org.siarchive.rules.simulation.SimulationHtml;
import org.siarchive.rules.simulation.SimulationReports;
import org.siarchive.rules.simulation.SimulationResult;

/** The demo's last step: the five scenarios compared over a few replications of the city's year. */
final class DemoSimulation {
  /** Few replications: the demo stays fast; {@code siarchive simulate} runs 30. */
  static final int REPLICATIONS = 3;

  private DemoSimulation() {}

  static void print(PrintWriter o, SyntheticCity city, CityPool pool, Path out) throws IOException {
    long t0 = System.nanoTime();
    SimulationResult r =
        Simulation.builder(pool, SyntheticRooms.of(city))
            .replications(REPLICATIONS)
            .seed(city.seed())
            .threads(Runtime.getRuntime().availableProcessors())
            .build()
            .run(Scenario.standard());
    Path html = out.resolve("simulation.html");
    OutputFiles.write(html, SimulationHtml.render(r));
    o.printf(
        Locale.ROOT,
        "   %d replications in %.1f s (siarchive simulate runs 30); HTML page: %s%n",
        REPLICATIONS,
        (System.nanoTime() - t0) / 1e9,
        html);
    o.print(SimulationReports.text(r));
  }
}
