package org.siarchive.core.testing;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.siarchive.core.id.CitizenId;
import org.siarchive.core.model.CatalogEntry;
import org.siarchive.core.model.SealKind;
import org.siarchive.core.model.Volume;

/**
 * Small hand-made values for example tests: a clean volume whose three views agree, and a catalogue
 * row. Shared through archive-core's test-jar; clean volumes of other shapes come from {@link
 * Volumes}.
 */
public final class Fixtures {
  private Fixtures() {}

  /** A catalogue entry for item {@code n} of the clean volume, with the given registered date. */
  public static CatalogEntry entry(int n, String date) {
    return new CatalogEntry(
        n,
        String.format(Locale.ROOT, "J001-SB·2024-D30-YL-%04d", n),
        n == 1 ? "M-APPLICATION" : "M-ID-COPY",
        n == 1 ? "养老保险待遇申领表" : "身份证复印件",
        date,
        "和平分中心",
        null,
        2);
  }

  /**
   * A clean two-item volume: item 1 the main form, both seals on every item, two numbered pages
   * each, every page scanned once in colour at 300 dpi as TIFF, catalogue and paper in agreement.
   * Built by {@link Volumes}, as every module's clean volumes are.
   */
  public static Volume cleanVolume() {
    Set<SealKind> seals = EnumSet.allOf(SealKind.class);
    return Volumes.builder()
        .person(CitizenId.of("11010519491231002X"))
        .item(Volumes.Piece.of("M-APPLICATION", "养老保险待遇申领表", true, seals, "20240315", 2))
        .item(Volumes.Piece.of("M-ID-COPY", "身份证复印件", false, seals, "20240315", 2))
        .build();
  }
}
