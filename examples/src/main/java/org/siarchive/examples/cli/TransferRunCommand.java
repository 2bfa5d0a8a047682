package org.siarchive.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.siarchive.core.ArchiveTime;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.json.JsonLinesWriter;
import org.siarchive.core.ledger.HashAlgorithm;
import org.siarchive.core.ledger.Ledger;
import org.siarchive.core.ledger.LedgerStore;
import org.siarchive.core.model.Volume;
import org.siarchive.core.transfer.LifecycleTable;
import org.siarchive.core.transfer.Roster;
import org.siarchive.core.transfer.Transfers;
import org.siarchive.examples.synthetic.SyntheticCity;
import org.siarchive.examples.synthetic.SyntheticRectifier;
import org.siarchive.rules.procedure.BatchOutcome;
import org.siarchive.rules.procedure.Phase2;
import org.siarchive.rules.procedure.Staffing;
import org.siarchive.rules.quality.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code siarchive transfer run}: carries one batch per sub-centre of a synthetic city's volumes
 * through the whole phase-2 flow ({@link Phase2}), rectifying returned volumes with the generator.
 * Prints {@code {"batches": [{"batch", "subCenter", "state", "returns", "rectificationRounds",
 * "supervisionSample", "handOver"}]}}. Exit 0 when every batch ran (a batch that stopped short of
 * storage says why on standard error), 2 on usage errors.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Carries one batch per sub-centre through the whole flow on synthetic data (rectifying with",
      "the generator). Prints {\"batches\": [{\"batch\", \"subCenter\", \"state\", \"returns\",",
      "\"rectificationRounds\", \"supervisionSample\", \"handOver\"}]}; the supervision draw of",
      "batch B uses seed S/supervision/B and ceil(0.05 x volumes)."
    })
final class TransferRunCommand implements Callable<Integer> {
  /** The synthetic rectification desk: the chance a rectification fails, or adds a defect. */
  private static final double FAILURE_CHANCE = 0.2;

  private static final double NEW_DEFECT_CHANCE = 0.1;

  @Spec CommandSpec spec;
  @Mixin TransferCommand.LedgerOption ledger;
  @Mixin JsonOption json;

  @Option(
      names = "--phase",
      required = true,
      paramLabel = "1|2",
      description = "The phase whose flow the batches follow (phase 2 is carried today).")
  int phase;

  @Option(
      names = "--volumes",
      required = true,
      paramLabel = "FILE",
      description = "The synthetic city's volumes (JSON Lines, siarchive generate).")
  Path volumes;

  @Option(
      names = "--roster",
      required = true,
      paramLabel = "FILE",
      description = "The roster (JSON, siarchive generate --roster).")
  Path roster;

  @Option(
      names = "--seed",
      required = true,
      paramLabel = "S",
      description = "The run's seed: step X of batch B draws with seed S/X/B.")
  String seed;

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description = {
        "The inspection settings (JSON): {\"preAcceptanceRatio\": \"0.2\", \"supervisionRatio\":",
        "\"0.05\", \"maxRounds\": 5}, each optional; default: pre-acceptance of every volume, 5%%",
        "supervision, 5 rounds."
      })
  Path policy;

  @Option(
      names = "--city-seed",
      paramLabel = "N",
      description =
          "The seed the volumes were generated with, for rectification (default: --seed, when it is an integer).")
  Long citySeed;

  @Option(
      names = "--handed-over",
      paramLabel = "FILE",
      description =
          "Writes the volumes as they stand after rectification (JSON Lines), for siarchive handover.")
  Path handedOver;

  @Override
  public Integer call() throws IOException {
    if (phase != 2) {
      throw new ParameterException(
          spec.commandLine(),
          "Invalid value for option '--phase' (2; phase 1 is not carried by transfer run yet): "
              + phase);
    }
    long city = citySeed();
    Roster people = TransferCommand.roster(spec, roster);
    List<Volume> all = VolumeRecords.read(spec, volumes, "--volumes");
    if (all.isEmpty()) {
      throw new InputRecordException("volumes " + volumes + ": no volume records");
    }
    Map<String, List<Volume>> bySubCenter = new TreeMap<>();
    all.forEach(v -> bySubCenter.computeIfAbsent(v.subCenterId(), k -> new ArrayList<>()).add(v));
    SyntheticCity synthetic = SyntheticCity.of(city, all.get(0).year());
    SyntheticRectifier desk = SyntheticRectifier.of(synthetic, FAILURE_CHANCE, NEW_DEFECT_CHANCE);
    List<Map<String, Object>> batches = new ArrayList<>();
    List<Volume> standing = new ArrayList<>();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (LedgerStore store = LedgerStore.jsonLines(ledger.file)) {
      Ledger l = store.size() == 0 ? Ledger.open(store, HashAlgorithm.SHA_256) : Ledger.open(store);
      Transfers transfers =
          Transfers.of(LifecycleTable.bundled(), people, l, ArchiveTime.systemClock());
      Phase2.Builder builder =
          Phase2.builder(
              transfers,
              new QualityOptions().context(spec, Stage.ALL),
              desk,
              Staffing.firstOnRoster(people));
      applyPolicy(builder.seed(seed));
      Phase2 phase2 = builder.build();
      for (Map.Entry<String, List<Volume>> e : bySubCenter.entrySet()) {
        String batch = freeBatchId(transfers, e.getKey(), e.getValue().get(0).year());
        BatchOutcome o;
        try {
          o = phase2.run(batch, e.getKey(), e.getValue());
        } catch (IllegalArgumentException | InvalidValueException x) {
          throw new InputRecordException("volumes " + volumes + ": " + x.getMessage(), x);
        }
        standing.addAll(o.volumes());
        o.stoppedBecause()
            .ifPresent(why -> err.println("siarchive transfer run: " + batch + ": " + why));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("batch", batch);
        m.put("subCenter", e.getKey());
        m.put("state", o.batch().state());
        m.put("returns", o.returns());
        m.put("rectificationRounds", o.rectificationRounds());
        m.put(
            "supervisionSample",
            o.supervisionSample() == null
                ? null
                : SampleDrawCommand.document(o.supervisionSample()));
        m.put("handOver", o.handOver() == null ? null : o.handOver().toJsonNode());
        batches.add(m);
        if (!json.requested()) {
          out.printf(
              Locale.ROOT,
              "%s  %s  %-12s returns %d, rounds %d, supervision %d of %d%s%n",
              batch,
              e.getKey(),
              o.batch().state(),
              o.returns(),
              o.rectificationRounds(),
              o.supervisionSample() == null ? 0 : o.supervisionSample().size(),
              e.getValue().size(),
              o.handOver() == null ? "" : ", package " + o.handOver().digest().value());
        }
      }
      if (json.requested()) {
        CliJson.print(out, Map.of("batches", batches));
      } else {
        out.printf(
            Locale.ROOT,
            "ledger %s: tree head %d %s%n",
            ledger.file,
            l.head().treeSize(),
            l.head().rootHash());
      }
    }
    err.flush();
    out.flush();
    if (handedOver != null) {
      try (OutputStream os = Files.newOutputStream(handedOver);
          JsonLinesWriter writer = JsonLinesWriter.of(os)) {
        for (Volume v : standing) {
          writer.write(v);
        }
      }
    }
    return 0;
  }

  private long citySeed() {
    if (citySeed != null) {
      return citySeed;
    }
    try {
      return Long.parseLong(seed);
    } catch (NumberFormatException e) {
      throw new ParameterException(
          spec.commandLine(),
          "Missing option '--city-seed' (the generator's seed; --seed is not an integer): " + seed);
    }
  }

  /** The sub-centre's first batch id of the year the ledger has not opened: SC-YYYY-n. */
  private static String freeBatchId(Transfers transfers, String subCenter, int year) {
    for (int n = 1; ; n++) {
      String id = String.format(Locale.ROOT, "%s-%d-%d", subCenter, year, n);
      if (transfers.batch(id).isEmpty()) {
        return id;
      }
    }
  }

  private void applyPolicy(Phase2.Builder builder) throws IOException {
    if (policy == null) {
      return;
    }
    if (!Files.isRegularFile(policy)) {
      throw new ParameterException(spec.commandLine(), "--policy is not a file: " + policy);
    }
    JsonNode doc;
    try {
      doc = CliJson.mapper().readTree(policy.toFile());
    } catch (IOException e) {
      throw new InputRecordException("policy " + policy + ": not JSON: " + e.getMessage(), e);
    }
    if (doc == null || !doc.isObject()) {
      throw new InputRecordException("policy " + policy + ": expected a JSON object");
    }
    for (Iterator<String> it = doc.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      JsonNode v = doc.get(key);
      try {
        switch (key) {
          case "preAcceptanceRatio" -> builder.preAcceptanceRatio(new BigDecimal(v.asText()));
          case "supervisionRatio" -> builder.supervisionRatio(new BigDecimal(v.asText()));
          case "maxRounds" -> {
            if (!v.canConvertToInt()) {
              throw new InvalidValueException("maxRounds", "an integer", v.toString());
            }
            builder.maxRounds(v.asInt());
          }
          default ->
              throw new InvalidValueException(
                  key, "one of preAcceptanceRatio, supervisionRatio, maxRounds", v.toString());
        }
      } catch (NumberFormatException e) {
        throw new InputRecordException(
            "policy " + policy + ": /" + key + ": not a decimal: " + v, e);
      } catch (InvalidValueException e) {
        throw new InputRecordException("policy " + policy + ": /" + key + ": " + e.getMessage(), e);
      }
    }
  }
}
