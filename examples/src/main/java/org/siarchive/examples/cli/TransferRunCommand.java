package org.siarchive.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
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
import org.siarchive.examples.synthetic.SyntheticExaminer;
import org.siarchive.examples.synthetic.SyntheticRectifier;
import org.siarchive.rules.procedure.BatchOutcome;
import org.siarchive.rules.procedure.Phase1;
import org.siarchive.rules.procedure.Phase1Outcome;
import org.siarchive.rules.procedure.Phase2;
import org.siarchive.rules.procedure.Staffing;
import org.siarchive.rules.procedure.Submission;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.quality.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code siarchive transfer run}: carries one batch per sub-centre of a synthetic city's volumes
 * through the whole phase-2 flow ({@link Phase2}) or phase-1 flow ({@link Phase1}), rectifying
 * returned volumes with the generator. Prints {@code {"batches": [{"batch", "subCenter", "state",
 * "returns", "rectificationRounds", "supervisionSample", "handOver"}]}}; a phase-1 batch has no
 * supervision sample (null) and adds {@code spotCheckSample}, {@code recheckSample}, {@code
 * accepted}, {@code rejectedAtAcceptance}, {@code missedByAcceptance}, {@code acceptanceMissRate}
 * and {@code digitisationRounds}. Exit 0 when every batch ran (a batch that stopped short of
 * storage says why on standard error), 2 on usage errors.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Carries one batch per sub-centre through the whole flow on synthetic data (rectifying with the generator). Prints {\"batches\": [{\"batch\", \"subCenter\", \"state\", \"returns\", \"rectificationRounds\", \"supervisionSample\", \"handOver\"}]}; the supervision draw of batch B uses seed S/supervision/B and ceil(0.05 x volumes). Phase 1: supervisionSample is null; each batch adds spotCheckSample (seed S/spot-check/B), recheckSample (seed S/re-check/B, ceil(f x accepted), over the batch less rejectedAtAcceptance), accepted, rejectedAtAcceptance, missedByAcceptance, acceptanceMissRate and digitisationRounds; the synthetic acceptance post passes 10%% of defective volumes."
    })
final class TransferRunCommand implements Callable<Integer> {
  /** The synthetic rectification desk: the chance a rectification fails, or adds a defect. */
  /**
   * The threads a batch is checked on: every core (the synthetic context's checks are thread-safe),
   * at most the procedures' 256.
   */
  static final int CORES = Math.min(256, Math.max(1, Runtime.getRuntime().availableProcessors()));

  private static final double FAILURE_CHANCE = 0.2;

  private static final double NEW_DEFECT_CHANCE = 0.1;

  /** The synthetic acceptance post (phase 1): the chance it passes a defective volume. */
  private static final double MISS_CHANCE = 0.1;

  @Spec CommandSpec spec;
  @Mixin TransferCommand.LedgerOption ledger;
  @Mixin JsonOption json;

  @Option(
      names = "--phase",
      required = true,
      paramLabel = "1|2",
      description = "The phase whose flow the batches follow: 1 (一期) or 2 (二期).")
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
        "The inspection settings (JSON): {\"preAcceptanceRatio\": \"0.2\", \"supervisionRatio\": \"0.05\", \"maxRounds\": 5}, each optional; default: pre-acceptance of every volume, 5%% supervision, 5 rounds. Phase 1: {\"spotCheckRatio\": \"0.05\", \"recheckRatio\": \"0.10\" (0.10 - 0.30), \"maxRounds\": 5}, defaults as shown."
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
          "Writes the volumes as they stand after rectification (JSON Lines), for siarchive"
              + " handover: complete or not at all, never over an input.")
  Path handedOver;

  @Override
  public Integer call() throws IOException {
    if (phase != 1 && phase != 2) {
      throw new ParameterException(
          spec.commandLine(), "Invalid value for option '--phase' (1 or 2): " + phase);
    }
    OutputFiles.requireOutput(
        spec,
        handedOver,
        "--handed-over",
        "--volumes",
        volumes,
        "--roster",
        roster,
        "--ledger",
        ledger.file,
        "--policy",
        policy);
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
      CheckContext context = new QualityOptions().context(spec, Stage.ALL);
      Staffing staffing = Staffing.firstOnRoster(people);
      Procedure procedure;
      JsonNode settings = policyDocument();
      if (phase == 1) {
        Phase1.Builder builder =
            Phase1.builder(transfers, context, desk, staffing)
                .seed(seed)
                .parallelism(CORES)
                .acceptance(SyntheticExaminer.overlooking(city, MISS_CHANCE));
        applyPolicy(settings, builder);
        Phase1 phase1 = builder.build();
        procedure =
            list ->
                list.stream()
                    .map(b -> phase1Result(phase1.run(b.batchId(), b.subCenter(), b.volumes())))
                    .toList();
      } else {
        Phase2.Builder builder =
            Phase2.builder(transfers, context, desk, staffing).seed(seed).parallelism(CORES);
        applyPolicy(settings, builder);
        Phase2 phase2 = builder.build();
        procedure =
            list -> phase2.runAll(list).stream().map(TransferRunCommand::phase2Result).toList();
      }
      List<Submission> submissions = new ArrayList<>();
      for (Map.Entry<String, List<Volume>> e : bySubCenter.entrySet()) {
        String batch = freeBatchId(transfers, e.getKey(), e.getValue().get(0).year());
        submissions.add(new Submission(batch, e.getKey(), e.getValue()));
      }
      List<Result> results;
      try {
        results = procedure.run(submissions);
      } catch (IllegalArgumentException | InvalidValueException x) {
        throw new InputRecordException("volumes " + volumes + ": " + x.getMessage(), x);
      }
      for (int i = 0; i < submissions.size(); i++) {
        String batch = submissions.get(i).batchId();
        String subCenter = submissions.get(i).subCenter();
        Result r = results.get(i);
        BatchOutcome o = r.outcome();
        standing.addAll(o.volumes());
        o.stoppedBecause()
            .ifPresent(why -> err.println("siarchive transfer run: " + batch + ": " + why));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("batch", batch);
        m.put("subCenter", subCenter);
        m.put("state", o.batch().state());
        m.put("returns", o.returns());
        m.put("rectificationRounds", o.rectificationRounds());
        m.put(
            "supervisionSample",
            o.supervisionSample() == null
                ? null
                : SampleDrawCommand.document(o.supervisionSample()));
        m.put("handOver", o.handOver() == null ? null : o.handOver().toJsonNode());
        m.putAll(r.extra());
        batches.add(m);
        if (!json.requested()) {
          out.printf(
              Locale.ROOT,
              "%s  %s  %-12s returns %d, rounds %d, %s%s%n",
              batch,
              subCenter,
              o.batch().state(),
              o.returns(),
              o.rectificationRounds(),
              r.sampleText(),
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
      OutputFiles.write(
          handedOver,
          os -> {
            JsonLinesWriter writer = JsonLinesWriter.of(os);
            for (Volume v : standing) {
              writer.write(v);
            }
            writer.flush();
          });
    }
    return 0;
  }

  /** One phase's run of the batches, in order. */
  @FunctionalInterface
  private interface Procedure {
    List<Result> run(List<Submission> batches);
  }

  /** A batch's outcome, the keys the phase adds to its JSON object, and its samples in words. */
  private record Result(BatchOutcome outcome, Map<String, Object> extra, String sampleText) {}

  private static Result phase2Result(BatchOutcome o) {
    return new Result(
        o,
        Map.of(),
        String.format(
            Locale.ROOT,
            "supervision %d of %d",
            o.supervisionSample() == null ? 0 : o.supervisionSample().size(),
            o.batch().volumes().ids().size()));
  }

  private static Result phase1Result(Phase1Outcome p) {
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put(
        "spotCheckSample",
        p.spotCheckSample() == null ? null : SampleDrawCommand.document(p.spotCheckSample()));
    extra.put(
        "recheckSample",
        p.recheckSample() == null ? null : SampleDrawCommand.document(p.recheckSample()));
    extra.put("accepted", p.passed().size());
    Set<String> passed = new HashSet<>(p.passed());
    extra.put(
        "rejectedAtAcceptance",
        p.outcome().batch().volumes().ids().stream().filter(id -> !passed.contains(id)).toList());
    extra.put("missedByAcceptance", p.missed());
    extra.put(
        "acceptanceMissRate",
        p.acceptanceMissRate()
            .map(
                e -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("rate", e.overall().rate());
                  m.put("lower", e.overall().lower());
                  m.put("upper", e.overall().upper());
                  m.put("confidence", e.confidence());
                  m.put("method", e.method());
                  return (Object) m;
                })
            .orElse(null));
    extra.put("digitisationRounds", p.digitisationRounds());
    return new Result(
        p.outcome(),
        extra,
        String.format(
            Locale.ROOT,
            "re-check %d of %d accepted, %d missed by acceptance",
            p.recheckSample() == null ? 0 : p.recheckSample().size(),
            p.passed().size(),
            p.missed()));
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

  private @Nullable JsonNode policyDocument() throws IOException {
    if (policy == null) {
      return null;
    }
    InputFiles.require(spec, "--policy", policy);
    JsonNode doc;
    try {
      doc = CliJson.mapper().readTree(policy.toFile());
    } catch (IOException e) {
      throw new InputRecordException("policy " + policy + ": not JSON: " + e.getMessage(), e);
    }
    if (doc == null || !doc.isObject()) {
      throw new InputRecordException("policy " + policy + ": expected a JSON object");
    }
    return doc;
  }

  /** A setting of the policy file: its key, and how it sets the builder from its value. */
  private interface Setting {
    void apply(String key, JsonNode value);
  }

  private void applyPolicy(@Nullable JsonNode doc, Phase2.Builder builder) {
    Map<String, Setting> settings = new LinkedHashMap<>();
    settings.put("preAcceptanceRatio", (k, v) -> builder.preAcceptanceRatio(decimal(v)));
    settings.put("supervisionRatio", (k, v) -> builder.supervisionRatio(decimal(v)));
    settings.put("maxRounds", (k, v) -> builder.maxRounds(integer(k, v)));
    apply(doc, settings);
  }

  private void applyPolicy(@Nullable JsonNode doc, Phase1.Builder builder) {
    Map<String, Setting> settings = new LinkedHashMap<>();
    settings.put("spotCheckRatio", (k, v) -> builder.spotCheckRatio(decimal(v)));
    settings.put("recheckRatio", (k, v) -> builder.recheckRatio(decimal(v)));
    settings.put("maxRounds", (k, v) -> builder.maxRounds(integer(k, v)));
    apply(doc, settings);
  }

  private static BigDecimal decimal(JsonNode v) {
    return new BigDecimal(v.asText());
  }

  private static int integer(String key, JsonNode v) {
    if (!v.canConvertToInt()) {
      throw new InvalidValueException(key, "an integer", v.toString());
    }
    return v.asInt();
  }

  private void apply(@Nullable JsonNode doc, Map<String, Setting> settings) {
    if (doc == null) {
      return;
    }
    for (Iterator<String> it = doc.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      JsonNode v = doc.get(key);
      Setting setting = settings.get(key);
      try {
        if (setting == null) {
          throw new InvalidValueException(
              key,
              "for phase " + phase + " one of " + String.join(", ", settings.keySet()),
              v.toString());
        }
        setting.apply(key, v);
      } catch (NumberFormatException e) {
        throw new InputRecordException(
            "policy " + policy + ": /" + key + ": not a decimal: " + v, e);
      } catch (InvalidValueException e) {
        throw new InputRecordException("policy " + policy + ": /" + key + ": " + e.getMessage(), e);
      }
    }
  }
}
