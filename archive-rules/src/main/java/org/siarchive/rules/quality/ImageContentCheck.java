package org.siarchive.rules.quality;

import com.google.common.collect.ImmutableMap;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.defect.Location;
import org.siarchive.core.model.PageImage;

/**
 * DA/T 70-2018 authenticity and integrity of each image file, through the host's {@link
 * ContentSource}: the file is there, and its SHA-256 is the recorded digest. Not performed without
 * a content source. A file that exists but cannot be read is an operational failure, thrown as an
 * {@link UncheckedIOException}, not a defect. The file is streamed once per inspection ({@link
 * Inspection#file}), shared with the checks of the file itself.
 */
final class ImageContentCheck implements ImageCheck {
  static final ImageContentCheck INSTANCE = new ImageContentCheck();

  /** How many hexadecimal digits of a digest a message shows. */
  private static final int SHOWN_DIGITS = 12;

  private ImageContentCheck() {}

  @Override
  public String id() {
    return "images.content";
  }

  @Override
  public Set<DefectCode> codes() {
    return Set.of(DefectCodes.IMAGE_CONTENT_MISSING, DefectCodes.IMAGE_DIGEST_MISMATCH);
  }

  @Override
  public boolean performedWith(CheckContext context) {
    return context.contentSource().isPresent();
  }

  @Override
  public String notPerformedReason(CheckContext context) {
    return "no image files were given (a content source)";
  }

  @Override
  public void checkImage(Inspection in, PageImage image, Findings findings) {
    Location at = Location.image(in.volume().id(), image.sequence());
    Optional<PageFile.Content> content = in.file(image).content();
    if (content.isEmpty()) {
      findings.report(DefectCodes.IMAGE_CONTENT_MISSING, at);
      return;
    }
    String actual = content.get().sha256;
    if (!actual.equals(image.sha256())) {
      findings.report(
          DefectCodes.IMAGE_DIGEST_MISMATCH,
          at,
          ImmutableMap.of(
              "recorded", image.sha256().substring(0, SHOWN_DIGITS),
              "actual", actual.substring(0, SHOWN_DIGITS)));
    }
  }
}
