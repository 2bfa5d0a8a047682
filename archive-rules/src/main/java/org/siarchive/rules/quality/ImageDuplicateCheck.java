package org.siarchive.rules.quality;

import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.defect.Location;
import org.siarchive.core.model.PageImage;

/**
 * The same SHA-256 digest twice in a volume: a page scanned twice (重扫). The later image is the
 * defect, pointing at the first. Over a volume it uses one hash map; for one new image (the audit
 * post) it compares with the images before it.
 */
final class ImageDuplicateCheck implements ImageCheck {
  static final ImageDuplicateCheck INSTANCE = new ImageDuplicateCheck();

  private ImageDuplicateCheck() {}

  @Override
  public String id() {
    return "images.duplicate";
  }

  @Override
  public Set<DefectCode> codes() {
    return Set.of(DefectCodes.IMAGE_DUPLICATE);
  }

  @Override
  public void check(Inspection in, Findings findings) {
    Map<String, Integer> first = new HashMap<>();
    for (PageImage img : in.volume().images()) {
      Integer before = first.putIfAbsent(img.sha256(), img.sequence());
      if (before != null) {
        report(in, img, before, findings);
      }
    }
  }

  @Override
  public void checkImage(Inspection in, PageImage image, Findings findings) {
    for (PageImage img : in.volume().images()) {
      if (img.equals(image)) {
        return;
      }
      if (img.sha256().equals(image.sha256())) {
        report(in, image, img.sequence(), findings);
        return;
      }
    }
  }

  private static void report(Inspection in, PageImage image, int firstSequence, Findings findings) {
    findings.report(
        DefectCodes.IMAGE_DUPLICATE,
        Location.image(in.volume().id(), image.sequence()),
        ImmutableMap.of("firstSequence", Integer.toString(firstSequence)));
  }
}
