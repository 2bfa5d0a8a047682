package org.siarchive.rules.quality;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.defect.Location;
import org.siarchive.core.model.Item;
import org.siarchive.core.model.Page;
import org.siarchive.core.model.PageImage;
import org.siarchive.core.model.Volume;

/**
 * The paper against the images, when the business type requires images: as many imaged items as
 * paper items (article §3.1), and an image for every page on paper. Pages are matched by item and
 * page number, counting repeats: a page number found twice on paper needs two images.
 */
final class PaperImagesCheck implements Check {
  static final PaperImagesCheck INSTANCE = new PaperImagesCheck();

  private PaperImagesCheck() {}

  @Override
  public String id() {
    return "images.paper";
  }

  @Override
  public Set<DefectCode> codes() {
    return Set.of(DefectCodes.IMAGE_ITEM_COUNT_MISMATCH, DefectCodes.IMAGE_MISSING);
  }

  @Override
  public void check(Inspection in, Findings findings) {
    if (!in.imageRequired()) {
      return;
    }
    Volume v = in.volume();
    int imagedItems = in.imagesByItem().size();
    if (imagedItems != v.items().size()) {
      findings.report(
          DefectCodes.IMAGE_ITEM_COUNT_MISMATCH,
          Location.volume(v.id()),
          ImmutableMap.of(
              "images",
              Integer.toString(imagedItems),
              "paper",
              Integer.toString(v.items().size())));
    }
    for (Item item : v.items()) {
      List<PageImage> images = in.imagesOf(item.number());
      Map<Integer, Integer> deficit = new LinkedHashMap<>();
      for (Page p : item.pages()) {
        deficit.merge(p.number(), 1, Integer::sum);
      }
      for (PageImage img : images) {
        deficit.computeIfPresent(img.pageNumber(), (k, n) -> n == 1 ? null : n - 1);
      }
      for (int page : deficit.keySet()) {
        findings.report(DefectCodes.IMAGE_MISSING, Location.page(v.id(), item.number(), page));
      }
    }
  }
}
