package org.siarchive.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.siarchive.sampling.selection.SamplingRecord;
import org.siarchive.sampling.selection.Verification;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code siarchive sample verify}: re-derives a sampling record from the population. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description =
        "Re-derive a sampling record (from 'sample draw --json') from the ids; exit 1 when it differs.")
final class SampleVerifyCommand implements Callable<Integer> {
  private static final Set<String> KEYS =
      Set.of("seed", "populationSize", "populationDigest", "size", "rate", "selected");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RECORD.json", description = "The sampling record.")
  Path recordFile;

  @Option(
      names = "--ids",
      required = true,
      paramLabel = "FILE",
      description = "Unit ids, one per line (UTF-8).")
  Path ids;

  @Mixin JsonOption json;

  @Override
  public Integer call() {
    InputFiles.require(spec, "RECORD.json", recordFile);
    SamplingRecord record = read(recordFile);
    List<String> population = SampleInputs.lines(spec, "--ids", ids);
    Verification v;
    try {
      v = record.verify(population);
    } catch (IllegalArgumentException e) {
      throw new InputRecordException(ids + ": " + e.getMessage(), e);
    }
    List<String> problems =
        v instanceof Verification.Failed ? ((Verification.Failed) v).problems() : List.of();
    if (json.requested()) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("verified", v.isVerified());
      doc.put("problems", problems);
      CliJson.print(spec.commandLine().getOut(), doc);
    } else {
      spec.commandLine()
          .getOut()
          .println(
              v.isVerified()
                  ? "Verified: the record re-derives from "
                      + ids
                      + " ("
                      + population.size()
                      + " ids)"
                  : "NOT verified:");
      problems.forEach(p -> spec.commandLine().getOut().println("  " + p));
      spec.commandLine().getOut().flush();
    }
    if (!v.isVerified()) {
      spec.commandLine()
          .getErr()
          .println(
              "siarchive verify: "
                  + recordFile
                  + " does not re-derive: "
                  + String.join("; ", problems));
      spec.commandLine().getErr().flush();
      return 1;
    }
    return 0;
  }

  private static SamplingRecord read(Path file) {
    JsonNode root;
    try {
      root = CliJson.strictReader().readTree(Files.readString(file));
    } catch (IOException e) {
      throw new InputRecordException(file + ": not a JSON document: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new InputRecordException(file + ": expected a JSON object");
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!KEYS.contains(name)) {
        throw new InputRecordException(file + ": unknown property \"" + name + "\"");
      }
    }
    String seed = text(file, root, "seed");
    JsonNode size = root.get("populationSize");
    if (size == null || !size.canConvertToLong() || !size.isIntegralNumber()) {
      throw new InputRecordException(file + ": \"populationSize\" must be a whole number");
    }
    String digest = text(file, root, "populationDigest");
    JsonNode selectedNode = root.get("selected");
    if (selectedNode == null || !selectedNode.isArray()) {
      throw new InputRecordException(file + ": \"selected\" must be an array of ids");
    }
    List<String> selected = new ArrayList<>();
    for (JsonNode id : selectedNode) {
      if (!id.isTextual()) {
        throw new InputRecordException(file + ": \"selected\" must hold only strings, found " + id);
      }
      selected.add(id.asText());
    }
    JsonNode k = root.get("size");
    JsonNode p = root.get("rate");
    if ((k == null) == (p == null)) {
      throw new InputRecordException(file + ": exactly one of \"size\" and \"rate\" must be given");
    }
    if (k != null && !(k.isIntegralNumber() && k.canConvertToInt())) {
      throw new InputRecordException(file + ": \"size\" must be a whole number");
    }
    if (p != null && !p.isNumber()) {
      throw new InputRecordException(file + ": \"rate\" must be a number");
    }
    try {
      return k != null
          ? new SamplingRecord.BySize(seed, size.asLong(), digest, k.asInt(), selected)
          : new SamplingRecord.ByRate(
              seed,
              size.asLong(),
              digest,
              new BigDecimal(p.decimalValue().toPlainString()),
              selected);
    } catch (IllegalArgumentException e) {
      throw new InputRecordException(file + ": " + e.getMessage(), e);
    }
  }

  private static String text(Path file, JsonNode root, String key) {
    JsonNode n = root.get(key);
    if (n == null || !n.isTextual()) {
      throw new InputRecordException(file + ": \"" + key + "\" must be a string");
    }
    return n.asText();
  }
}
