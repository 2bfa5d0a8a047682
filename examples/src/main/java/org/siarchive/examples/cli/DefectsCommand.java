package org.siarchive.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.siarchive.rules.quality.DefectCatalogue;
import org.siarchive.rules.quality.DefectType;
import org.siarchive.rules.quality.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code siarchive defects}: the defect catalogue. */
@Command(
    name = "defects",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the defect catalogue: each code with its severity, Chinese and English names, the clause it enforces and what to do. --json prints a list of {\"code\", \"severity\", \"zh\", \"en\", \"reference\", \"guidance\"} (guidance in English; the text form gives it in both languages)."
    })
final class DefectsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin JsonOption json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    DefectCatalogue catalogue = DefectCatalogue.bundled();
    if (json.requested()) {
      List<Map<String, Object>> list = new ArrayList<>();
      for (DefectType t : catalogue.types()) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("code", t.code());
        row.put("severity", t.severity().name());
        row.put("zh", t.zh());
        row.put("en", t.en());
        row.put("reference", t.reference());
        row.put("guidance", t.guidance().en());
        list.add(row);
      }
      CliJson.print(out, list);
      return 0;
    }
    out.printf(Locale.ROOT, "%s (%d codes)%n", catalogue.label(), catalogue.types().size());
    for (DefectType t : catalogue.types()) {
      out.printf(Locale.ROOT, "%n%s  %s  %s / %s%n", t.code(), t.severity(), t.zh(), t.en());
      out.printf(
          Locale.ROOT,
          "  stages: %s%n",
          String.join(", ", t.stages().stream().map(Stage::id).toList()));
      out.printf(Locale.ROOT, "  reference: %s%n", t.reference());
      out.printf(Locale.ROOT, "  整改: %s%n  guidance: %s%n", t.guidance().zh(), t.guidance().en());
    }
    out.flush();
    return 0;
  }
}
