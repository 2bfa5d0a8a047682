package org.siarchive.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.siarchive.rules.SamplingTables;
import org.siarchive.sampling.iso2859.LotDecision;
import org.siarchive.sampling.iso2859.SamplingPlan;
import org.siarchive.sampling.iso2859.SupplierInspection;
import org.siarchive.sampling.iso2859.SwitchingRules;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code siarchive sample switch}: the switching rules over one supplier's successive lots. */
@Command(
    name = "switch",
    mixinStandardHelpOptions = true,
    description =
        "Apply the ISO 2859-1 switching rules to one supplier's lots (JSON Lines {\"lotSize\": N, \"nonconforming\": d}).")
final class SampleSwitchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--aql",
      required = true,
      paramLabel = "A",
      description = "AQL in percent nonconforming, e.g. 1.0.")
  String aql;

  @Option(
      names = "--level",
      required = true,
      paramLabel = "S-1|S-2|S-3|S-4|I|II|III",
      description = "Inspection level.")
  String level;

  @Option(
      names = "--lots",
      required = true,
      paramLabel = "FILE",
      description = "JSON Lines, one lot per line, in order.")
  Path lots;

  @Option(
      names = "--allow-reduced",
      description = "The responsible authority approves reduced inspection.")
  boolean allowReduced;

  @Mixin JsonOption json;

  @Override
  public Integer call() {
    SwitchingRules rules =
        new SwitchingRules(
            SamplingTables.iso2859(),
            SamplePlanCommand.level(spec, level),
            SamplePlanCommand.aql(spec, aql),
            allowReduced);
    InputFiles.require(spec, "--lots", lots);
    SupplierInspection supplier = rules.start();
    List<Map<String, Object>> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(lots, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        long[] lot = parse(number, line);
        LotDecision d;
        try {
          d = supplier.record(lot[0], (int) lot[1]);
        } catch (IllegalArgumentException e) {
          throw new InputRecordException(
              String.format(Locale.ROOT, "%s:%d: %s", lots, number, e.getMessage()), e);
        }
        out.add(document(d));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + lots + ": " + e.getMessage(), e);
    }
    if (json.requested()) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("lots", out);
      CliJson.print(spec.commandLine().getOut(), doc);
    } else {
      for (LotDecision d : supplier.lots()) {
        spec.commandLine()
            .getOut()
            .printf(
                Locale.ROOT,
                "lot %d: %s%s, %s, score %d%s%n",
                d.lotNumber(),
                d.state().label(),
                d.plan()
                    .map(
                        p ->
                            " "
                                + p.planLetter()
                                + " "
                                + p.sampleSize()
                                + " "
                                + p.acceptanceNumber()
                                + "/"
                                + p.rejectionNumber())
                    .orElse(""),
                d.state().inspection().isEmpty()
                    ? "not inspected"
                    : d.accepted() ? "accepted" : "not accepted",
                d.switchingScore(),
                d.transition()
                    .map(t -> " -> " + t.to().label() + " (" + t.explanation() + ")")
                    .orElse(""));
      }
      spec.commandLine().getOut().flush();
    }
    return 0;
  }

  private long[] parse(int number, String line) {
    JsonNode node;
    try {
      node = CliJson.strictReader().readTree(line);
    } catch (IOException e) {
      throw new InputRecordException(
          String.format(Locale.ROOT, "%s:%d: not a JSON object: %s", lots, number, e.getMessage()),
          e);
    }
    if (node == null || !node.isObject()) {
      throw new InputRecordException(
          String.format(Locale.ROOT, "%s:%d: not a JSON object", lots, number));
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!name.equals("lotSize") && !name.equals("nonconforming")) {
        throw new InputRecordException(
            String.format(Locale.ROOT, "%s:%d: unknown property \"%s\"", lots, number, name));
      }
    }
    return new long[] {
      whole(number, node, "lotSize", Long.MAX_VALUE),
      whole(number, node, "nonconforming", Integer.MAX_VALUE)
    };
  }

  private long whole(int number, JsonNode node, String key, long max) {
    JsonNode v = node.get(key);
    if (v == null
        || !v.isIntegralNumber()
        || !v.canConvertToLong()
        || v.asLong() < 0
        || v.asLong() > max) {
      throw new InputRecordException(
          String.format(
              Locale.ROOT,
              "%s:%d: \"%s\" must be a whole number 0 - %d, found %s",
              lots,
              number,
              key,
              max,
              v));
    }
    return v.asLong();
  }

  private static Map<String, Object> document(LotDecision d) {
    Map<String, Object> lot = new LinkedHashMap<>();
    lot.put("inspection", d.state().label());
    SamplingPlan p = d.plan().orElse(null);
    lot.put("sampleSize", p == null ? null : p.sampleSize());
    lot.put("acceptanceNumber", p == null ? null : p.acceptanceNumber());
    lot.put("rejectionNumber", p == null ? null : p.rejectionNumber());
    lot.put("accepted", d.accepted());
    lot.put("switchingScore", d.switchingScore());
    d.transition()
        .ifPresent(
            t -> {
              Map<String, Object> change = new LinkedHashMap<>();
              change.put("to", t.to().label());
              change.put("reason", t.reason().name());
              change.put("explanation", t.explanation());
              lot.put("transition", change);
            });
    return lot;
  }
}
