package org.siarchive.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.siarchive.core.internal.Checks;
import org.siarchive.core.internal.Forms;

/**
 * One scanned page (电子影像): where it belongs (item and page number), its order in the volume, its
 * technical properties and the flags the scanning side set.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * PageImage img = new PageImage(1, 1, 1, ImageFormat.TIFF, 300, ColourMode.COLOUR,
 *     2480, 3508, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
 *     512_000L, false, false);
 * PageImage rescanned = img.withDpi(600).withWidthPx(4960).withHeightPx(7016);
 * }</pre>
 *
 * @param sequence the image's position in the volume's image sequence, from 1
 * @param itemNumber the item number (件号) the page belongs to, 1 to 9999
 * @param pageNumber the page number within the item, 1 to 9999, or 0 when the page has none
 * @param format the file format
 * @param dpi the scanning resolution in dots per inch, 1 to 9600
 * @param colourMode the colour mode
 * @param widthPx the width in pixels, 1 to 100000
 * @param heightPx the height in pixels, 1 to 100000
 * @param sha256 the SHA-256 digest of the file, 64 lower-case hexadecimal digits
 * @param byteSize the file size in bytes, 0 to 2^40
 * @param blank true when the scanning side flagged the image as blank
 * @param illegible true when the scanning side flagged the image as illegible
 * @since 0.1.0
 */
public record PageImage(
    @JsonProperty(required = true) @Min(1) @Max(MAX_SEQUENCE) int sequence,
    @JsonProperty(required = true) @Min(1) @Max(9999) int itemNumber,
    @JsonProperty(required = true) @Min(0) @Max(Page.MAX_NUMBER) int pageNumber,
    @JsonProperty(required = true) @NotNull ImageFormat format,
    @JsonProperty(required = true) @Min(1) @Max(9600) int dpi,
    @JsonProperty(required = true) @NotNull ColourMode colourMode,
    @JsonProperty(required = true) @Min(1) @Max(100_000) int widthPx,
    @JsonProperty(required = true) @Min(1) @Max(100_000) int heightPx,
    @JsonProperty(required = true) @NotNull @Pattern(regexp = SHA256_PATTERN) String sha256,
    @JsonProperty(required = true) @Min(0) @Max(1L << 40) long byteSize,
    @JsonProperty(required = true) boolean blank,
    @JsonProperty(required = true) boolean illegible) {

  /** The form of a digest: SHA-256 in lower-case hexadecimal. */
  public static final String SHA256_PATTERN = Forms.SHA256_REGEX;

  /** The largest image sequence number in one volume. */
  public static final int MAX_SEQUENCE = 100_000;

  /**
   * Checks the fields.
   *
   * @param sequence the image's position in the volume's image sequence, from 1
   * @param itemNumber the item number (件号) the page belongs to, 1 to 9999
   * @param pageNumber the page number within the item, 1 to 9999, or 0 when the page has none
   * @param format the file format
   * @param dpi the scanning resolution in dots per inch, 1 to 9600
   * @param colourMode the colour mode
   * @param widthPx the width in pixels, 1 to 100000
   * @param heightPx the height in pixels, 1 to 100000
   * @param sha256 the SHA-256 digest of the file, 64 lower-case hexadecimal digits
   * @param byteSize the file size in bytes, 0 to 2^40
   * @param blank true when the scanning side flagged the image as blank
   * @param illegible true when the scanning side flagged the image as illegible
   */
  public PageImage {
    Checks.range(sequence, 1, MAX_SEQUENCE, "sequence");
    Checks.range(itemNumber, 1, 9999, "itemNumber");
    Checks.range(pageNumber, 0, Page.MAX_NUMBER, "pageNumber");
    Checks.required(format, "format");
    Checks.range(dpi, 1, 9600, "dpi");
    Checks.required(colourMode, "colourMode");
    Checks.range(widthPx, 1, 100_000, "widthPx");
    Checks.range(heightPx, 1, 100_000, "heightPx");
    Checks.form(sha256, Forms.SHA256, "sha256");
    Checks.range(byteSize, 0, 1L << 40, "byteSize");
  }

  /**
   * {@return this image with {@code sequence} replaced; checked as the constructor checks it}
   *
   * @param sequence the image's position in the volume's image sequence, from 1
   */
  public PageImage withSequence(int sequence) {
    return new PageImage(
        sequence,
        itemNumber,
        pageNumber,
        format,
        dpi,
        colourMode,
        widthPx,
        heightPx,
        sha256,
        byteSize,
        blank,
        illegible);
  }

  /**
   * {@return this image with {@code itemNumber} replaced; checked as the constructor checks it}
   *
   * @param itemNumber the item number (件号) the page belongs to, 1 to 9999
   */
  public PageImage withItemNumber(int itemNumber) {
    return new PageImage(
        sequence,
        itemNumber,
        pageNumber,
        format,
        dpi,
        colourMode,
        widthPx,
        heightPx,
        sha256,
        byteSize,
        blank,
        illegible);
  }

  /**
   * {@return this image with {@code pageNumber} replaced; checked as the constructor checks it}
   *
   * @param pageNumber the page number within the item, 1 to 9999, or 0 when the page has none
   */
  public PageImage withPageNumber(int pageNumber) {
    return new PageImage(
        sequence,
        itemNumber,
        pageNumber,
        format,
        dpi,
        colourMode,
        widthPx,
        heightPx,
        sha256,
        byteSize,
        blank,
        illegible);
  }

  /**
   * {@return this image with {@code format} replaced; checked as the constructor checks it}
   *
   * @param format the file format
   */
  public PageImage withFormat(ImageFormat format) {
    return new PageImage(
        sequence,
        itemNumber,
        pageNumber,
        format,
        dpi,
        colourMode,
        widthPx,
        heightPx,
        sha256,
        byteSize,
        blank,
        illegible);
  }

  /**
   * {@return this image with {@code dpi} replaced (the pixel size is kept); checked as the
   * constructor checks it}
   *
   * @param dpi the scanning resolution in dots per inch, 1 to 9600
   */
  public PageImage withDpi(int dpi) {
    return new PageImage(
        sequence,
        itemNumber,
        pageNumber,
        format,
        dpi,
        colourMode,
        widthPx,
        heightPx,
        sha256,
        byteSize,
        blank,
        illegible);
  }

  /**
   * {@return this image with {@code colourMode} replaced; checked as the constructor checks it}
   *
   * @param colourMode the colour mode
   */
  public PageImage withColourMode(ColourMode colourMode) {
    return new PageImage(
        sequence,
        itemNumber,
        pageNumber,
        format,
        dpi,
        colourMode,
        widthPx,
        heightPx,
        sha256,
        byteSize,
        blank,
        illegible);
  }

  /**
   * {@return this image with {@code widthPx} replaced; checked as the constructor checks it}
   *
   * @param widthPx the width in pixels, 1 to 100000
   */
  public PageImage withWidthPx(int widthPx) {
    return new PageImage(
        sequence,
        itemNumber,
        pageNumber,
        format,
        dpi,
        colourMode,
        widthPx,
        heightPx,
        sha256,
        byteSize,
        blank,
        illegible);
  }

  /**
   * {@return this image with {@code heightPx} replaced; checked as the constructor checks it}
   *
   * @param heightPx the height in pixels, 1 to 100000
   */
  public PageImage withHeightPx(int heightPx) {
    return new PageImage(
        sequence,
        itemNumber,
        pageNumber,
        format,
        dpi,
        colourMode,
        widthPx,
        heightPx,
        sha256,
        byteSize,
        blank,
        illegible);
  }

  /**
   * {@return this image with {@code sha256} replaced; checked as the constructor checks it}
   *
   * @param sha256 the SHA-256 digest of the file, 64 lower-case hexadecimal digits
   */
  public PageImage withSha256(String sha256) {
    return new PageImage(
        sequence,
        itemNumber,
        pageNumber,
        format,
        dpi,
        colourMode,
        widthPx,
        heightPx,
        sha256,
        byteSize,
        blank,
        illegible);
  }

  /**
   * {@return this image with {@code byteSize} replaced; checked as the constructor checks it}
   *
   * @param byteSize the file size in bytes, 0 to 2^40
   */
  public PageImage withByteSize(long byteSize) {
    return new PageImage(
        sequence,
        itemNumber,
        pageNumber,
        format,
        dpi,
        colourMode,
        widthPx,
        heightPx,
        sha256,
        byteSize,
        blank,
        illegible);
  }

  /**
   * {@return this image with {@code blank} replaced}
   *
   * @param blank true when the scanning side flagged the image as blank
   */
  public PageImage withBlank(boolean blank) {
    return new PageImage(
        sequence,
        itemNumber,
        pageNumber,
        format,
        dpi,
        colourMode,
        widthPx,
        heightPx,
        sha256,
        byteSize,
        blank,
        illegible);
  }

  /**
   * {@return this image with {@code illegible} replaced}
   *
   * @param illegible true when the scanning side flagged the image as illegible
   */
  public PageImage withIllegible(boolean illegible) {
    return new PageImage(
        sequence,
        itemNumber,
        pageNumber,
        format,
        dpi,
        colourMode,
        widthPx,
        heightPx,
        sha256,
        byteSize,
        blank,
        illegible);
  }
}
