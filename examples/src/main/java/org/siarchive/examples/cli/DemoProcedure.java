package org.siarchive.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.siarchive.core.ArchiveTime;
import org.siarchive.core.ledger.HashAlgorithm;
import org.siarchive.core.ledger.Ledger;
import org.siarchive.core.ledger.LedgerStore;
import org.siarchive.core.ledger.TreeHead;
import org.siarchive.core.model.Volume;
import org.siarchive.core.transfer.LifecycleTable;
import org.siarchive.core.transfer.Roster;
import org.siarchive.core.transfer.Transfers;
import org.siarchive.examples.synthetic.SyntheticCity;
import org.siarchive.examples.synthetic.SyntheticExaminer;
import org.siarchive.examples.synthetic.SyntheticRectifier;
import org.siarchive.examples.synthetic.SyntheticRoster;
import org.siarchive.rules.procedure.BatchOutcome;
import org.siarchive.rules.procedure.Phase1;
import org.siarchive.rules.procedure.Phase1Outcome;
import org.siarchive.rules.procedure.Phase2;
import org.siarchive.rules.procedure.Staffing;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.quality.Stage;

/**
 * The demo's procedure step: phase 2 run for every sub-centre of the city (self-check,
 * pre-acceptance of a 20% sample, rectification rounds with the generator's rectification desk, the
 * 5% supervision, hand-over, receipt), each sub-centre's events in its own ledger; prints returns,
 * rounds, what supervision found and each ledger's tree head; then one phase-1 batch of the first
 * sub-centre beside them (spot check, acceptance, the re-check's measured miss rate, rectification
 * at the centre, digitisation, storage) in a ledger of its own. The clock is fixed at 09:00 on 10
 * January of the year after the city's, so the heads are the same on every run.
 */
final class DemoProcedure {
  private DemoProcedure() {}

  static void print(PrintWriter o, SyntheticCity city, Path data, CheckContext context, Path out)
      throws IOException {
    Path dir = out.resolve("procedure");
    Files.createDirectories(dir);
    Roster roster = SyntheticRoster.of(city);
    Map<String, List<Volume>> bySubCenter = new TreeMap<>();
    try (var reader = org.siarchive.core.json.JsonLinesReader.open(data)) {
      reader.forEach(
          r -> {
            if (r instanceof org.siarchive.core.json.LineResult.Decoded d) {
              bySubCenter
                  .computeIfAbsent(d.volume().subCenterId(), k -> new ArrayList<>())
                  .add(d.volume());
            }
          });
    }
    Clock clock =
        Clock.fixed(
            LocalDateTime.of(city.year() + 1, 1, 10, 9, 0).atZone(ArchiveTime.ZONE).toInstant(),
            ArchiveTime.ZONE);
    CheckContext fixed = context.toBuilder().clock(clock).build();
    SyntheticRectifier desk = SyntheticRectifier.of(city, 0.2, 0.1);
    String seed = "demo-" + city.seed();
    o.printf(
        Locale.ROOT,
        "   seed %s; pre-acceptance 20%%, supervision 5%%, rectifications fail 20%%, add a defect 10%%%n",
        seed);
    o.printf(
        Locale.ROOT,
        "   %-5s %-12s %7s %5s %6s %11s %9s  %s%n",
        "code",
        "state",
        "volumes",
        "ret.",
        "rounds",
        "supervision",
        "sup.found",
        "tree head (SHA-256)");
    for (Map.Entry<String, List<Volume>> e : bySubCenter.entrySet()) {
      Path ledgerFile = dir.resolve(e.getKey() + "-ledger.jsonl");
      Files.deleteIfExists(ledgerFile);
      try (LedgerStore store = LedgerStore.jsonLines(ledgerFile)) {
        Ledger ledger = Ledger.open(store, HashAlgorithm.SHA_256);
        Transfers transfers = Transfers.of(LifecycleTable.bundled(), roster, ledger, clock);
        Phase2 phase2 =
            Phase2.builder(transfers, fixed, desk, Staffing.firstOnRoster(roster))
                .seed(seed)
                .parallelism(TransferRunCommand.CORES)
                .preAcceptanceRatio(new BigDecimal("0.20"))
                .build();
        BatchOutcome r =
            phase2.run(e.getKey() + "-" + city.year() + "-P2", e.getKey(), e.getValue());
        long supervisionFound =
            r.steps().stream()
                .filter(s -> s.stage() == Stage.SUPERVISION)
                .mapToLong(s -> s.defects().size())
                .sum();
        TreeHead head = ledger.head();
        o.printf(
            Locale.ROOT,
            "   %-5s %-12s %7d %5d %6d %11s %9d  %d %s%n",
            e.getKey(),
            r.batch().state(),
            e.getValue().size(),
            r.returns(),
            r.rectificationRounds(),
            r.supervisionSample() == null
                ? "-"
                : r.supervisionSample().size() + "/" + e.getValue().size(),
            supervisionFound,
            head.treeSize(),
            head.rootHash());
        r.stoppedBecause().ifPresent(why -> o.printf(Locale.ROOT, "         stopped: %s%n", why));
      }
    }
    Map.Entry<String, List<Volume>> first = bySubCenter.entrySet().iterator().next();
    phase1(o, city, dir, roster, clock, fixed, desk, seed, first.getKey(), first.getValue());
    o.printf(Locale.ROOT, "   ledgers: %s (siarchive transfer verify --ledger FILE)%n", dir);
  }

  /**
   * One phase-1 batch beside the phase-2 ones: the same sub-centre's volumes through the old flow,
   * with an acceptance post who passes one defective volume in ten, so the re-check has misses to
   * measure.
   */
  private static void phase1(
      PrintWriter o,
      SyntheticCity city,
      Path dir,
      Roster roster,
      Clock clock,
      CheckContext context,
      SyntheticRectifier desk,
      String seed,
      String subCenter,
      List<Volume> volumes)
      throws IOException {
    Path ledgerFile = dir.resolve(subCenter + "-phase1-ledger.jsonl");
    Files.deleteIfExists(ledgerFile);
    try (LedgerStore store = LedgerStore.jsonLines(ledgerFile)) {
      Ledger ledger = Ledger.open(store, HashAlgorithm.SHA_256);
      Transfers transfers = Transfers.of(LifecycleTable.bundled(), roster, ledger, clock);
      Phase1 phase1 =
          Phase1.builder(transfers, context, desk, Staffing.firstOnRoster(roster))
              .seed(seed)
              .parallelism(TransferRunCommand.CORES)
              .recheckRatio(new BigDecimal("0.20"))
              .acceptance(SyntheticExaminer.overlooking(city.seed(), 0.1))
              .build();
      Phase1Outcome p = phase1.run(subCenter + "-" + city.year() + "-P1", subCenter, volumes);
      BatchOutcome r = p.outcome();
      TreeHead head = ledger.head();
      o.printf(
          Locale.ROOT,
          "   phase 1 beside it, %s (spot check 5%%, acceptance of every volume passing 1 defective"
              + " in 10, re-check 20%%):%n",
          subCenter);
      o.printf(
          Locale.ROOT,
          "   %-5s %-12s %7d %5d %6d  accepted %d, re-checked %d, missed by acceptance %d%s;"
              + " rescans %d  %d %s%n",
          subCenter,
          r.batch().state(),
          volumes.size(),
          r.returns(),
          r.rectificationRounds(),
          p.passed().size(),
          p.recheckSample() == null ? 0 : p.recheckSample().size(),
          p.missed(),
          p.acceptanceMissRate()
              .map(
                  e ->
                      String.format(
                          Locale.ROOT,
                          " (miss rate %.3f, 95%% %.3f - %.3f)",
                          e.overall().rate(),
                          e.overall().lower(),
                          e.overall().upper()))
              .orElse(""),
          p.digitisationRounds(),
          head.treeSize(),
          head.rootHash());
      r.stoppedBecause().ifPresent(why -> o.printf(Locale.ROOT, "         stopped: %s%n", why));
    }
  }
}
