package org.siarchive.core.testing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.siarchive.core.id.CitizenId;
import org.siarchive.core.model.BusinessType;
import org.siarchive.core.model.CatalogEntry;
import org.siarchive.core.model.ColourMode;
import org.siarchive.core.model.ImageFormat;
import org.siarchive.core.model.Item;
import org.siarchive.core.model.Page;
import org.siarchive.core.model.PageImage;
import org.siarchive.core.model.RetentionPeriod;
import org.siarchive.core.model.SealKind;
import org.siarchive.core.model.Volume;

/**
 * Small hand-made values for example tests: a clean volume whose three views agree, and helpers
 * to build its parts. Shared through archive-core's test-jar.
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

  /** A 64-digit hexadecimal digest that differs for every (item, page). */
  public static String digest(int item, int page) {
    return String.format(Locale.ROOT, "%064x", item * 10_000L + page);
  }

  /**
   * A clean two-item volume: item 1 the main form, both seals on every item, two numbered pages
   * each, every page scanned once in colour at 300 dpi as TIFF, catalogue and paper in agreement.
   */
  public static Volume cleanVolume() {
    List<CatalogEntry> catalogue = new ArrayList<>();
    List<Item> items = new ArrayList<>();
    List<PageImage> images = new ArrayList<>();
    for (int n = 1; n <= 2; n++) {
      catalogue.add(entry(n, "20240315"));
      items.add(
          new Item(
              n,
              n == 1 ? "M-APPLICATION" : "M-ID-COPY",
              n == 1,
              EnumSet.allOf(SealKind.class),
              List.of(new Page(1), new Page(2))));
      for (int p = 1; p <= 2; p++) {
        images.add(
            new PageImage(
                images.size() + 1, n, p, ImageFormat.TIFF, 300, ColourMode.COLOUR, 2480, 3508,
                digest(n, p), 400_000L, false, false));
      }
    }
    return Volume.builder()
        .id("SC01-2024-000001")
        .subCenterId("SC01")
        .year(2024)
        .businessType(BusinessType.parse("PENSION/BENEFIT_DETERMINATION"))
        .retention(RetentionPeriod.ofYears(30))
        .title("张某某养老保险待遇核定")
        .person(CitizenId.of("11010519491231002X"))
        .arranger("李档案")
        .checker("王检查")
        .catalogue(catalogue)
        .items(items)
        .images(images)
        .build();
  }
}
