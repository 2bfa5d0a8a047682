package org.siarchive.rules.material;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.siarchive.core.model.ImageFormat;
import org.siarchive.rules.internal.Copies;

/**
 * The image requirements of an edition that apply to every material (DA/T 31-2017 §6): the lowest
 * resolution, the formats allowed for long-term storage, and whether a page that must carry a seal
 * must be scanned in colour. A material may raise the resolution or require colour on its own
 * ({@link MaterialDefinition}).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * new ImageRules(200, Set.of(ImageFormat.TIFF, ImageFormat.JPEG, ImageFormat.JPEG2000), true);
 * }</pre>
 *
 * @param minDpi the lowest resolution for any page, 1 to 9600 dots per inch
 * @param allowedFormats the formats allowed, at least one
 * @param colourForSeals true when every page that must carry a seal must be in colour
 * @since 0.1.0
 */
@JsonPropertyOrder({"minDpi", "allowedFormats", "colourForSeals"})
public record ImageRules(
    @JsonProperty(required = true) @Min(1) @Max(9600) int minDpi,
    @JsonProperty(required = true) @NotNull @Size(min = 1) Set<@NotNull ImageFormat> allowedFormats,
    @JsonProperty(required = true) boolean colourForSeals) {

  /**
   * Copies the set.
   *
   * @param minDpi the lowest resolution for any page, 1 to 9600 dots per inch
   * @param allowedFormats the formats allowed, at least one
   * @param colourForSeals true when every page that must carry a seal must be in colour
   */
  public ImageRules {
    allowedFormats = Copies.copy(allowedFormats);
  }
}
