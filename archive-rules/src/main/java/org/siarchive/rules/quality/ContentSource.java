package org.siarchive.rules.quality;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.siarchive.core.model.PageImage;
import org.siarchive.core.model.Volume;

/**
 * Where a host keeps the image files, for the DA/T 70-2018 authenticity check (the digest of the
 * content matches the recorded digest). Without a content source in the {@link CheckContext} that
 * check is not performed: {@link Suite#notPerformed(CheckContext)} lists it and reports say so.
 *
 * <p>Implementations must be thread-safe.
 *
 * <pre>{@code
 * ContentSource files = (volume, image) -> {
 *   Path p = root.resolve(volume.id()).resolve(image.sequence() + ".tif");
 *   return Files.exists(p) ? Optional.of(Files.newInputStream(p)) : Optional.empty();
 * };
 * }</pre>
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ContentSource {
  /**
   * Opens an image's content; the caller closes the stream.
   *
   * @param volume the volume the image belongs to
   * @param image the image, by its sequence number and digest
   * @return the content, or empty when the host has no file for the image
   * @throws IOException when the file exists but cannot be read
   */
  Optional<InputStream> open(Volume volume, PageImage image) throws IOException;
}
