package org.siarchive.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.siarchive.examples.synthetic.SyntheticCity;
import org.siarchive.examples.synthetic.SyntheticRooms;
import org.siarchive.rules.storage.StorageFile;
import org.siarchive.rules.storage.StorageHtml;
import org.siarchive.rules.storage.StorageNetwork;
import org.siarchive.rules.storage.StoragePlan;
import org.siarchive.rules.storage.StoragePlanner;
import org.siarchive.rules.storage.StorageReports;

/**
 * The demo's storage step: the city's rooms written as a rooms file, their pressure ranking, and
 * the optimal transfer plan over {@value #HORIZON} months beside the naive one, with its HTML page.
 */
final class DemoStorage {
  /** The months the demo plans. */
  static final int HORIZON = 24;

  private DemoStorage() {}

  static void print(PrintWriter o, SyntheticCity city, Path out) throws IOException {
    StorageNetwork rooms = SyntheticRooms.of(city);
    Path file = out.resolve("rooms.json");
    OutputFiles.write(file, StorageFile.write(rooms));
    StoragePlan plan = StoragePlanner.plan(rooms, HORIZON);
    Path html = out.resolve("storage-plan.html");
    OutputFiles.write(html, StorageHtml.render(plan));
    o.printf(Locale.ROOT, "   rooms file: %s; HTML page: %s%n", file, html);
    StorageReports.text(StoragePlanner.status(rooms, rooms.asOf()))
        .lines()
        .forEach(l -> o.println("   " + l));
    StorageReports.text(plan).lines().forEach(l -> o.println("   " + l));
  }
}
