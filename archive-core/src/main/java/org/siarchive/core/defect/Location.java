package org.siarchive.core.defect;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.internal.Checks;
import org.siarchive.core.internal.Forms;

/**
 * Where a defect was found: a volume, optionally narrowed to an item (件号), a page of that item, or
 * an image by its sequence number.
 *
 * <p>Immutable and thread-safe. Absent parts are null and omitted from JSON.
 *
 * <pre>{@code
 * Location.page("SC01-2024-000001", 3, 2).toString();  // "SC01-2024-000001 item 3 page 2"
 * }</pre>
 *
 * @param volumeId the volume's identifier
 * @param itemNumber the item number, or null
 * @param pageNumber the page number within the item, or null
 * @param imageSequence the image's sequence number in the volume, or null
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Location(
    String volumeId,
    @Nullable Integer itemNumber,
    @Nullable Integer pageNumber,
    @Nullable Integer imageSequence) {

  /**
   * Checks the parts.
   *
   * @param volumeId the volume's identifier
   * @param itemNumber the item number, or null
   * @param pageNumber the page number within the item, or null
   * @param imageSequence the image's sequence number in the volume, or null
   */
  public Location {
    Checks.form(volumeId, Forms.VOLUME_ID, "volumeId");
    if (pageNumber != null && itemNumber == null) {
      throw new org.siarchive.core.InvalidValueException(
          "pageNumber", "only together with an item number", pageNumber.toString());
    }
  }

  /**
   * {@return the whole volume}
   *
   * @param volumeId the volume's identifier
   */
  public static Location volume(String volumeId) {
    return new Location(volumeId, null, null, null);
  }

  /**
   * {@return one item of a volume}
   *
   * @param volumeId the volume's identifier
   * @param itemNumber the item number
   */
  public static Location item(String volumeId, int itemNumber) {
    return new Location(volumeId, itemNumber, null, null);
  }

  /**
   * {@return one page of an item}
   *
   * @param volumeId the volume's identifier
   * @param itemNumber the item number
   * @param pageNumber the page number within the item
   */
  public static Location page(String volumeId, int itemNumber, int pageNumber) {
    return new Location(volumeId, itemNumber, pageNumber, null);
  }

  /**
   * {@return one image, by its sequence number in the volume}
   *
   * @param volumeId the volume's identifier
   * @param imageSequence the image's sequence number in the volume
   */
  public static Location image(String volumeId, int imageSequence) {
    return new Location(volumeId, null, null, imageSequence);
  }

  /**
   * For example {@code "SC01-2024-000001 item 3 page 2"} or {@code "SC01-2024-000001 image 17"}.
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(volumeId);
    if (itemNumber != null) {
      b.append(" item ").append(itemNumber.intValue());
    }
    if (pageNumber != null) {
      b.append(" page ").append(pageNumber.intValue());
    }
    if (imageSequence != null) {
      b.append(" image ").append(imageSequence.intValue());
    }
    return b.toString();
  }
}
