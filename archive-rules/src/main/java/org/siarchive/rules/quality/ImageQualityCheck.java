package org.siarchive.rules.quality;

import com.google.common.collect.ImmutableMap;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.defect.Location;
import org.siarchive.core.model.ColourMode;
import org.siarchive.core.model.ImageFormat;
import org.siarchive.core.model.PageImage;
import org.siarchive.rules.material.MaterialRules;
import org.siarchive.rules.material.TypeRules;

/**
 * One image against DA/T 31-2017 as the material rules in force put it: an allowed format; the
 * resolution its item's material needs; colour where the material or its seals need it; not flagged
 * blank or illegible by the scanning side.
 */
final class ImageQualityCheck implements ImageCheck {
  static final ImageQualityCheck INSTANCE = new ImageQualityCheck();

  private ImageQualityCheck() {}

  @Override
  public String id() {
    return "images.quality";
  }

  @Override
  public Set<DefectCode> codes() {
    return Set.of(
        DefectCodes.IMAGE_FORMAT_NOT_ALLOWED,
        DefectCodes.IMAGE_RESOLUTION_LOW,
        DefectCodes.IMAGE_COLOUR_REQUIRED,
        DefectCodes.IMAGE_BLANK,
        DefectCodes.IMAGE_ILLEGIBLE);
  }

  @Override
  public void checkImage(Inspection in, PageImage image, Findings findings) {
    MaterialRules edition = in.context().materialRules();
    Location at = Location.image(in.volume().id(), image.sequence());
    Set<ImageFormat> allowed = edition.allowedFormats();
    if (!allowed.contains(image.format())) {
      findings.report(
          DefectCodes.IMAGE_FORMAT_NOT_ALLOWED,
          at,
          ImmutableMap.of(
              "format", image.format().name(),
              "allowed",
                  allowed.stream().map(Enum::name).sorted().collect(Collectors.joining(", "))));
    }
    String material = in.materialOfItem(image.itemNumber());
    TypeRules rules = in.typeRules().orElse(null);
    int minDpi = rules == null ? edition.minDpi(material) : rules.minDpi(material);
    if (image.dpi() < minDpi) {
      findings.report(
          DefectCodes.IMAGE_RESOLUTION_LOW,
          at,
          ImmutableMap.of(
              "dpi", Integer.toString(image.dpi()), "required", Integer.toString(minDpi)));
    }
    boolean colour =
        rules == null ? edition.colourRequired(material) : rules.colourRequired(material);
    if (colour && image.colourMode() != ColourMode.COLOUR) {
      findings.report(
          DefectCodes.IMAGE_COLOUR_REQUIRED,
          at,
          MaterialArguments.put(
                  ImmutableMap.<String, String>builder()
                      .put("colourMode", image.colourMode().name()),
                  "material",
                  edition,
                  // colour is only ever required of an identified material
                  Objects.requireNonNull(material))
              .buildOrThrow());
    }
    if (image.blank()) {
      findings.report(DefectCodes.IMAGE_BLANK, at);
    }
    if (image.illegible()) {
      findings.report(DefectCodes.IMAGE_ILLEGIBLE, at);
    }
  }
}
