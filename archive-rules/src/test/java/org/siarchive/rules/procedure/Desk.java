package org.siarchive.rules.procedure;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.siarchive.core.ledger.HashAlgorithm;
import org.siarchive.core.ledger.Ledger;
import org.siarchive.core.ledger.LedgerStore;
import org.siarchive.core.model.CatalogEntry;
import org.siarchive.core.model.PageImage;
import org.siarchive.core.model.Volume;
import org.siarchive.core.transfer.LifecycleTable;
import org.siarchive.core.transfer.Person;
import org.siarchive.core.transfer.Role;
import org.siarchive.core.transfer.Roster;
import org.siarchive.core.transfer.Transfers;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.quality.CleanVolumes;

/**
 * The procedures' test bench: a roster of one sub-centre (SC01) and the archive centre, a fresh
 * in-memory ledger per batch, clean volumes of SC01, three ways to break one that the stages see
 * differently, and a rectification desk that restores the clean original on a chosen attempt.
 */
final class Desk {
  static final CheckContext CONTEXT = CleanVolumes.CONTEXT;
  static final Clock CLOCK = CleanVolumes.CLOCK;

  static final Roster ROSTER =
      new Roster(
          List.of(
              new Person("a1", "Archivist", Set.of(Role.ARCHIVIST), "SC01"),
              new Person("x1", "Assistant", Set.of(Role.ARCHIVE_ASSISTANT), "SC01"),
              new Person("l1", "Leader", Set.of(Role.SUPERVISING_LEADER), "SC01"),
              new Person("c1", "Acceptance", Set.of(Role.ACCEPTANCE_POST), null),
              new Person("r1", "Re-check", Set.of(Role.RECHECK_POST), null),
              new Person("k1", "Keeper", Set.of(Role.STORAGE_KEEPER), null),
              new Person("d1", "Digitiser", Set.of(Role.DIGITISER), null)));

  private Desk() {}

  static Transfers transfers() {
    return Transfers.of(
        LifecycleTable.bundled(),
        ROSTER,
        Ledger.open(LedgerStore.inMemory(), HashAlgorithm.SHA_256),
        CLOCK);
  }

  /** {@code n} clean volumes of sub-centre SC01, in a fixed order. */
  static List<Volume> clean(int n) {
    return LongStream.range(0, 10_000)
        .mapToObj(CleanVolumes::fromSeed)
        .filter(v -> v.subCenterId().equals("SC01"))
        .limit(n)
        .toList();
  }

  /**
   * The catalogue registers an item that is not there: ITEM_COUNT_MISMATCH (blocking), which the
   * self-check, the supervision and the re-check find, and CATALOGUE_ITEM_NOT_IMAGED.
   */
  static Volume extraCatalogueRow(Volume v) {
    CatalogEntry first = v.catalogue().get(0);
    List<CatalogEntry> rows = new ArrayList<>(v.catalogue());
    rows.add(
        new CatalogEntry(
            99, first.archivalCode(), first.materialCode(), "extra", first.date(), "分中心", null, 1));
    return v.toBuilder().catalogue(rows).build();
  }

  /**
   * An image scanned twice as a new page: CATALOGUE_IMAGE_PAGE_MISMATCH (major), which only
   * pre-acceptance and supervision find.
   */
  static Volume imageTwice(Volume v) {
    PageImage img = v.images().get(0);
    List<PageImage> images = new ArrayList<>(v.images());
    images.add(
        new PageImage(
            images.size() + 1,
            img.itemNumber(),
            img.pageNumber(),
            img.format(),
            img.dpi(),
            img.colourMode(),
            img.widthPx(),
            img.heightPx(),
            CleanVolumes.digest(v.id(), 9999),
            img.byteSize(),
            img.blank(),
            img.illegible()));
    return v.toBuilder().images(images).build();
  }

  /** The first image flagged illegible: IMAGE_ILLEGIBLE (major), which the audit post finds. */
  static Volume illegible(Volume v) {
    PageImage img = v.images().get(0);
    List<PageImage> images = new ArrayList<>(v.images());
    images.set(
        0,
        new PageImage(
            img.sequence(),
            img.itemNumber(),
            img.pageNumber(),
            img.format(),
            img.dpi(),
            img.colourMode(),
            img.widthPx(),
            img.heightPx(),
            img.sha256(),
            img.byteSize(),
            img.blank(),
            true));
    return v.toBuilder().images(images).build();
  }

  /** A rectifier that gives back the clean original from the given attempt on, else the same. */
  static final class Restorer implements Rectifier {
    private final Map<String, Volume> originals = new HashMap<>();
    private final int fixesOn;
    final List<String> calls = new ArrayList<>();

    Restorer(List<Volume> originals, int fixesOn) {
      originals.forEach(v -> this.originals.put(v.id(), v));
      this.fixesOn = fixesOn;
    }

    @Override
    public Volume rectify(Volume volume, List<org.siarchive.core.defect.Defect> defects, int at) {
      calls.add(volume.id() + "#" + at + ":" + defects.size());
      return at >= fixesOn ? originals.get(volume.id()) : volume;
    }
  }
}
