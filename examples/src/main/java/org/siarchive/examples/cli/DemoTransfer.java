package org.siarchive.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.siarchive.core.ArchiveTime;
import org.siarchive.core.json.ArchiveJson;
import org.siarchive.core.ledger.HashAlgorithm;
import org.siarchive.core.ledger.Ledger;
import org.siarchive.core.ledger.LedgerStore;
import org.siarchive.core.ledger.TreeHead;
import org.siarchive.core.model.SubCenter;
import org.siarchive.core.transfer.ActionResult;
import org.siarchive.core.transfer.LifecycleTable;
import org.siarchive.core.transfer.Role;
import org.siarchive.core.transfer.Roster;
import org.siarchive.core.transfer.Transfers;
import org.siarchive.core.transfer.VolumeSet;
import org.siarchive.examples.synthetic.SyntheticCity;
import org.siarchive.examples.synthetic.SyntheticRoster;

/**
 * The demo's transfer step: one phase-2 batch per sub-centre, holding the sub-centre's volumes,
 * carried from arranged to stored by the people of the city's roster, each sub-centre's events in
 * its own JSON Lines ledger; prints each ledger's tree head. The clock is fixed at 09:00 on 5
 * January of the year after the city's, so the heads are the same on every run.
 */
final class DemoTransfer {
  private DemoTransfer() {}

  /** The phase-2 path, each action with the role and the number of the person who takes it. */
  private record Step(String action, String site, Role role, int n) {}

  private static final List<Step> PHASE_2 =
      List.of(
          new Step("SELF_CHECK", "SC", Role.ARCHIVE_ASSISTANT, 1),
          new Step("REQUEST", "SC", Role.ARCHIVIST, 1),
          new Step("PRE_ACCEPT", "AC", Role.ACCEPTANCE_POST, 1),
          new Step("SUPERVISE_PASS", "SC", Role.SUPERVISING_LEADER, 1),
          new Step("HAND_OVER", "SC", Role.ARCHIVIST, 1),
          new Step("RECEIVE", "AC", Role.STORAGE_KEEPER, 1));

  static void print(PrintWriter o, SyntheticCity city, Path data, Path out) throws IOException {
    Path dir = out.resolve("transfer");
    Files.createDirectories(dir);
    Roster roster = SyntheticRoster.of(city);
    Path rosterFile = dir.resolve("roster.json");
    OutputFiles.write(rosterFile, roster.toJson());
    Map<String, List<String>> lines = new LinkedHashMap<>();
    city.subCenters().forEach(sc -> lines.put(sc.id(), new ArrayList<>()));
    try (BufferedReader r = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lines.get(ArchiveJson.readVolume(line).subCenterId()).add(line);
      }
    }
    Clock clock =
        Clock.fixed(
            LocalDateTime.of(city.year() + 1, 1, 5, 9, 0).atZone(ArchiveTime.ZONE).toInstant(),
            ArchiveTime.ZONE);
    LifecycleTable table = LifecycleTable.bundled();
    o.printf(
        Locale.ROOT,
        "   lifecycle %s, roster of %d people: %s; clock fixed at %s%n",
        table.ref(),
        roster.people().size(),
        rosterFile,
        clock.instant().atZone(ArchiveTime.ZONE).toOffsetDateTime());
    o.printf(
        Locale.ROOT,
        "   %-5s %-16s %7s %-7s %6s  %s%n",
        "code",
        "batch",
        "volumes",
        "state",
        "events",
        "tree head (SHA-256)");
    for (SubCenter sc : city.subCenters()) {
      List<String> own = lines.get(sc.id());
      if (own.isEmpty()) {
        continue;
      }
      Path volumes = dir.resolve(sc.id() + "-volumes.jsonl");
      OutputFiles.write(
          volumes,
          os -> {
            for (String line : own) {
              os.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
          });
      Path ledgerFile = dir.resolve(sc.id() + "-ledger.jsonl");
      Files.deleteIfExists(ledgerFile);
      String batch = sc.id() + "-" + city.year() + "-1";
      try (LedgerStore store = LedgerStore.jsonLines(ledgerFile)) {
        Ledger ledger = Ledger.open(store, HashAlgorithm.SHA_256);
        Transfers transfers = Transfers.of(table, roster, ledger, clock);
        VolumeSet set =
            new VolumeSet(
                own.stream().map(l -> ArchiveJson.readVolume(l).id()).toList(),
                HashAlgorithm.SHA_256.hashHex(Files.readAllBytes(volumes)));
        check(
            transfers.open(batch, sc.id(), 2, set, SyntheticRoster.id(sc.id(), Role.ARCHIVIST, 1)));
        for (Step s : PHASE_2) {
          check(
              transfers.act(
                  batch,
                  s.action(),
                  SyntheticRoster.id(s.site().equals("SC") ? sc.id() : null, s.role(), s.n()),
                  null,
                  null));
        }
        TreeHead head = ledger.head();
        o.printf(
            Locale.ROOT,
            "   %-5s %-16s %7d %-7s %6d  %s%n",
            sc.id(),
            batch,
            own.size(),
            transfers.batch(batch).orElseThrow().state(),
            head.treeSize(),
            head.rootHash());
      }
    }
    o.printf(
        Locale.ROOT,
        "   ledgers and volume files: %s (verify: siarchive transfer verify --ledger FILE)%n",
        dir);
  }

  private static void check(ActionResult r) {
    if (r instanceof ActionResult.Refused refused) {
      throw new IllegalStateException("demo transfer refused: " + refused.refusal().message());
    }
  }
}
