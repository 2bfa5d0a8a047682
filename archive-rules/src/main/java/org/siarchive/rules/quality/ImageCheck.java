package org.siarchive.rules.quality;

import org.siarchive.core.model.PageImage;

/**
 * A check of one image at a time, so that the audit post can run it as each image is made ({@link
 * Suite#checkImage}). Checking a whole volume checks each of its images in sequence order.
 *
 * <p>Stateless and thread-safe, like every {@link Check}.
 *
 * <pre>{@code
 * suite.checkImage(volumeSoFar, newImage, context);  // runs the suite's image checks only
 * }</pre>
 *
 * @since 0.1.0
 */
public interface ImageCheck extends Check {
  /**
   * Checks one image of the volume.
   *
   * @param inspection the volume the image belongs to (its images so far), its context and views
   * @param image the image, one of the volume's images or the one being added
   * @param findings where to report
   */
  void checkImage(Inspection inspection, PageImage image, Findings findings);

  /** Checks each image of the volume. */
  @Override
  default void check(Inspection inspection, Findings findings) {
    for (PageImage image : inspection.volume().images()) {
      checkImage(inspection, image, findings);
    }
  }
}
