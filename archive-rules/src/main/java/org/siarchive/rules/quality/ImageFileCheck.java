package org.siarchive.rules.quality;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.defect.Location;
import org.siarchive.core.model.ColourMode;
import org.siarchive.core.model.PageImage;
import org.siarchive.rules.material.MaterialRules;
import org.siarchive.rules.material.TypeRules;

/**
 * One image's file against its record and DA/T 31-2017 (article §2.2: the acceptance post views the
 * images page by page; §3.1: the audit post checks them as they are made): it decodes; its real
 * format is the recorded one; its size, pixel size and resolution are the recorded ones and the
 * resolution meets the material's minimum; its colour mode, from the pixels, is the recorded one
 * and colour where the material needs it; a blank page (ink coverage below {@link
 * PagePixels#BLANK_COVERAGE}) is flagged blank and a flagged page is blank; its text is skewed at
 * most {@value #MAX_SKEW}°. Performed only when the context reads image files ({@link
 * CheckContext#readsImageFiles()}).
 *
 * <p>Where the record alone already shows a defect ({@link ImageQualityCheck}: a format not
 * allowed, a recorded resolution too low, a recorded colour mode not colour where colour is
 * required), this check does not report it again from the file. A missing file is {@link
 * ImageContentCheck}'s {@code IMAGE_CONTENT_MISSING}; here it is skipped. A format without a
 * decoder in this JVM (JPEG 2000 unless a plug-in is installed) is reported as {@code
 * IMAGE_NOT_DECODED}, never passed.
 */
final class ImageFileCheck implements ImageCheck {
  static final ImageFileCheck INSTANCE = new ImageFileCheck();

  /** DA/T 31-2017's largest skew, in degrees. */
  static final double MAX_SKEW = 3.0;

  private ImageFileCheck() {}

  @Override
  public String id() {
    return "images.file";
  }

  @Override
  public Set<DefectCode> codes() {
    return Set.of(
        DefectCodes.IMAGE_UNREADABLE,
        DefectCodes.IMAGE_NOT_DECODED,
        DefectCodes.IMAGE_FORMAT_MISMATCH,
        DefectCodes.IMAGE_SIZE_MISMATCH,
        DefectCodes.IMAGE_PIXEL_SIZE_MISMATCH,
        DefectCodes.IMAGE_DPI_MISMATCH,
        DefectCodes.IMAGE_RESOLUTION_LOW,
        DefectCodes.IMAGE_COLOUR_MODE_MISMATCH,
        DefectCodes.IMAGE_COLOUR_REQUIRED,
        DefectCodes.IMAGE_BLANK_NOT_FLAGGED,
        DefectCodes.IMAGE_BLANK_FLAG_WRONG,
        DefectCodes.IMAGE_SKEWED);
  }

  @Override
  public boolean performedWith(CheckContext context) {
    return context.readsImageFiles();
  }

  @Override
  public String notPerformedReason(CheckContext context) {
    return "the image files were not read (no --images folder, CheckContext.Builder.imageFiles)";
  }

  /** Where an image's file defects are reported: volume, item, page (when numbered), image. */
  static Location at(String volumeId, PageImage image) {
    return new Location(
        volumeId,
        image.itemNumber(),
        image.pageNumber() == 0 ? null : image.pageNumber(),
        image.sequence());
  }

  @Override
  public void checkImage(Inspection in, PageImage image, Findings findings) {
    PageFile file = in.file(image);
    Optional<PageFile.Content> content = file.content();
    if (content.isEmpty()) {
      return;
    }
    Location at = at(in.volume().id(), image);
    PageFile.Content c = content.get();
    if (c.byteSize != image.byteSize()) {
      findings.report(
          DefectCodes.IMAGE_SIZE_MISMATCH,
          at,
          ImmutableMap.of(
              "recorded", Long.toString(image.byteSize()), "actual", Long.toString(c.byteSize)));
    }
    if (c.format == null) {
      findings.report(
          DefectCodes.IMAGE_UNREADABLE,
          at,
          ImmutableMap.of(
              "format", image.format().name(), "reason", "not a file of a known image format"));
      return;
    }
    if (c.format != image.format()) {
      findings.report(
          DefectCodes.IMAGE_FORMAT_MISMATCH,
          at,
          ImmutableMap.of("actual", c.format.name(), "recorded", image.format().name()));
    }
    MaterialRules edition = in.context().materialRules();
    if (!edition.allowedFormats().contains(c.format)) {
      // Not an allowed format: ImageQualityCheck reports it from the record (or, when the
      // record lies, IMAGE_FORMAT_MISMATCH above says what the file is).
      return;
    }
    PageFile.Decoding decoding = file.decoding();
    if (decoding instanceof PageFile.Decoding.NoDecoder n) {
      findings.report(
          DefectCodes.IMAGE_NOT_DECODED, at, ImmutableMap.of("format", n.format().name()));
    } else if (decoding instanceof PageFile.Decoding.Unreadable u) {
      findings.report(
          DefectCodes.IMAGE_UNREADABLE,
          at,
          ImmutableMap.of("format", c.format.name(), "reason", u.reason()));
    } else if (decoding instanceof PageFile.Decoding.Decoded d) {
      checkPixels(in, image, d, at, findings);
    }
  }

  private static void checkPixels(
      Inspection in, PageImage image, PageFile.Decoding.Decoded d, Location at, Findings findings) {
    if (d.width() != image.widthPx() || d.height() != image.heightPx()) {
      findings.report(
          DefectCodes.IMAGE_PIXEL_SIZE_MISMATCH,
          at,
          ImmutableMap.of(
              "actual", d.width() + "×" + d.height(),
              "recorded", image.widthPx() + "×" + image.heightPx()));
    }
    @Nullable Integer dpi = d.dpi();
    if (dpi == null || dpi != image.dpi()) {
      findings.report(
          DefectCodes.IMAGE_DPI_MISMATCH,
          at,
          ImmutableMap.of(
              "actual",
              dpi == null ? "none" : dpi.toString(),
              "recorded",
              Integer.toString(image.dpi())));
    }
    MaterialRules edition = in.context().materialRules();
    String material = in.materialOfItem(image.itemNumber());
    TypeRules rules = in.typeRules().orElse(null);
    int minDpi = rules == null ? edition.minDpi(material) : rules.minDpi(material);
    if (dpi != null && dpi < minDpi && image.dpi() >= minDpi) {
      findings.report(
          DefectCodes.IMAGE_RESOLUTION_LOW,
          at,
          ImmutableMap.of("dpi", dpi.toString(), "required", Integer.toString(minDpi)));
    }
    PagePixels p = d.pixels();
    if (p.mode != image.colourMode()) {
      findings.report(
          DefectCodes.IMAGE_COLOUR_MODE_MISMATCH,
          at,
          ImmutableMap.of(
              "colourMode", p.mode.name(), "recordedColourMode", image.colourMode().name()));
    }
    boolean colour =
        rules == null ? edition.colourRequired(material) : rules.colourRequired(material);
    if (colour && p.mode != ColourMode.COLOUR && image.colourMode() == ColourMode.COLOUR) {
      findings.report(
          DefectCodes.IMAGE_COLOUR_REQUIRED,
          at,
          MaterialArguments.put(
                  ImmutableMap.<String, String>builder().put("colourMode", p.mode.name()),
                  "material",
                  edition,
                  // colour is only ever required of an identified material
                  Objects.requireNonNull(material))
              .buildOrThrow());
    }
    String threshold = percent(PagePixels.BLANK_COVERAGE);
    if (p.blank() && !image.blank()) {
      findings.report(
          DefectCodes.IMAGE_BLANK_NOT_FLAGGED,
          at,
          ImmutableMap.of("coverage", percent(p.inkCoverage), "threshold", threshold));
    } else if (!p.blank() && image.blank()) {
      findings.report(
          DefectCodes.IMAGE_BLANK_FLAG_WRONG,
          at,
          ImmutableMap.of("coverage", percent(p.inkCoverage), "threshold", threshold));
    }
    if (!p.blank() && Math.abs(p.skewDegrees) > MAX_SKEW) {
      findings.report(
          DefectCodes.IMAGE_SKEWED,
          at,
          ImmutableMap.of(
              "angle",
              String.format(Locale.ROOT, "%.1f", Math.abs(p.skewDegrees)),
              "max",
              String.format(Locale.ROOT, "%.0f", MAX_SKEW)));
    }
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.2f%%", share * 100.0);
  }
}
