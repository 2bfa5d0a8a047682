package org.siarchive.rules.quality;

import com.google.common.collect.ImmutableMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.defect.Location;
import org.siarchive.core.model.CatalogEntry;
import org.siarchive.core.model.PageImage;
import org.siarchive.core.model.Volume;

/**
 * The catalogue against the images (著录信息与影像比对, article §2.2): every catalogued item has images
 * (when the business type requires images), every imaged item is catalogued, and an item's
 * registered page count equals its number of images.
 */
final class CatalogueImagesCheck implements Check {
  static final CatalogueImagesCheck INSTANCE = new CatalogueImagesCheck();

  private CatalogueImagesCheck() {}

  @Override
  public String id() {
    return "images.catalogue";
  }

  @Override
  public Set<DefectCode> codes() {
    return Set.of(
        DefectCodes.CATALOGUE_ITEM_NOT_IMAGED,
        DefectCodes.IMAGE_ITEM_NOT_CATALOGUED,
        DefectCodes.CATALOGUE_IMAGE_PAGE_MISMATCH);
  }

  @Override
  public void check(Inspection in, Findings findings) {
    Volume v = in.volume();
    boolean required = in.imageRequired();
    for (CatalogEntry e : v.catalogue()) {
      List<PageImage> images = in.imagesOf(e.itemNumber());
      Location at = Location.item(v.id(), e.itemNumber());
      if (images.isEmpty()) {
        if (required) {
          findings.report(DefectCodes.CATALOGUE_ITEM_NOT_IMAGED, at);
        }
      } else if (images.size() != e.registeredPages()) {
        findings.report(
            DefectCodes.CATALOGUE_IMAGE_PAGE_MISMATCH,
            at,
            ImmutableMap.of(
                "registered", Integer.toString(e.registeredPages()),
                "scanned", Integer.toString(images.size())));
      }
    }
    Set<Integer> reported = new HashSet<>();
    for (PageImage img : v.images()) {
      int item = img.itemNumber();
      if (in.catalogueEntry(item) == null && reported.add(item)) {
        findings.report(
            DefectCodes.IMAGE_ITEM_NOT_CATALOGUED,
            Location.item(v.id(), item),
            ImmutableMap.of("images", Integer.toString(in.imagesOf(item).size())));
      }
    }
  }
}
