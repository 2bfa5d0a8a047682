package org.siarchive.examples.embedding;

import java.nio.file.Path;
import org.siarchive.core.id.CitizenId;
import org.siarchive.core.json.JsonLinesReader;
import org.siarchive.core.json.LineResult;
import org.siarchive.core.json.ReadSummary;

public class Intake {
  public static void main(String[] args) throws Exception {
    CitizenId person = CitizenId.of("11010519491231002X"); // throws, masked, when wrong
    System.out.println("checking volumes of " + person); // prints 110105********002X
    try (JsonLinesReader reader = JsonLinesReader.open(Path.of(args[0]))) {
      ReadSummary summary =
          reader.forEach(
              result -> {
                if (result instanceof LineResult.Decoded d) {
                  System.out.println(d.volume().id() + ": " + d.volume().items().size() + " items");
                } else if (result instanceof LineResult.Rejected r) {
                  System.err.println("line " + r.line() + " " + r.pointer() + ": " + r.message());
                }
              });
      System.out.println(summary); // read = valid + rejected, always
    }
  }
}
