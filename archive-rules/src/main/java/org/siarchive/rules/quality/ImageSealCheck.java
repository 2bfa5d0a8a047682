package org.siarchive.rules.quality;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.defect.Location;
import org.siarchive.core.model.ColourMode;
import org.siarchive.core.model.Item;
import org.siarchive.core.model.PageImage;

/**
 * Seals in the images against the paper view (article §3.1: the audit post checks the seals as the
 * images are made; DA/T 31-2017: colour for pages with seals). For each paper item with colour
 * images (measured from the pixels): when the paper records a seal, at least one of them shows a
 * red seal impression ({@link PagePixels#SEAL_AREA_MM2} mm² of red or more); when the paper records
 * none, none does. An item with no colour image is not judged here: without colour a red seal
 * cannot show, and the colour checks report that. Performed only when the context reads image
 * files.
 */
final class ImageSealCheck implements Check {
  static final ImageSealCheck INSTANCE = new ImageSealCheck();

  private ImageSealCheck() {}

  @Override
  public String id() {
    return "images.seals";
  }

  @Override
  public Set<DefectCode> codes() {
    return Set.of(DefectCodes.IMAGE_SEAL_NOT_VISIBLE, DefectCodes.IMAGE_SEAL_NOT_RECORDED);
  }

  @Override
  public boolean performedWith(CheckContext context) {
    return context.readsImageFiles();
  }

  @Override
  public String notPerformedReason(CheckContext context) {
    return "the image files were not read (no --images folder, CheckContext.Builder.imageFiles)";
  }

  @Override
  public void check(Inspection in, Findings findings) {
    for (Item item : in.volume().items()) {
      List<PageImage> colour = new ArrayList<>();
      List<PagePixels> pixels = new ArrayList<>();
      for (PageImage image : in.imagesOf(item.number())) {
        PageFile file = in.file(image);
        if (file.content().isEmpty() || file.content().get().format == null) {
          continue;
        }
        if (!in.context().materialRules().allowedFormats().contains(file.content().get().format)) {
          continue;
        }
        if (file.decoding() instanceof PageFile.Decoding.Decoded d
            && d.pixels().mode == ColourMode.COLOUR) {
          colour.add(image);
          pixels.add(d.pixels());
        }
      }
      if (colour.isEmpty()) {
        continue;
      }
      if (!item.seals().isEmpty()) {
        if (pixels.stream().noneMatch(PagePixels::sealVisible)) {
          findings.report(
              DefectCodes.IMAGE_SEAL_NOT_VISIBLE,
              Location.item(in.volume().id(), item.number()),
              ImmutableMap.of(
                  "seals",
                  item.seals().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")),
                  "images",
                  Integer.toString(colour.size())));
        }
      } else {
        for (int i = 0; i < colour.size(); i++) {
          if (pixels.get(i).sealVisible()) {
            findings.report(
                DefectCodes.IMAGE_SEAL_NOT_RECORDED,
                ImageFileCheck.at(in.volume().id(), colour.get(i)),
                ImmutableMap.of(
                    "redArea", String.format(Locale.ROOT, "%.0f", pixels.get(i).redAreaMm2)));
          }
        }
      }
    }
  }
}
