package org.siarchive.core.model;

/**
 * The file format of a scanned page. Which formats are acceptable for long-term storage is a rule
 * (DA/T 31-2017 names TIFF, JPEG and JPEG 2000), kept in the rule tables, not here.
 *
 * @since 0.1.0
 */
public enum ImageFormat {
  TIFF,
  JPEG,
  JPEG2000,
  PDF,
  OFD,
  PNG,
  BMP,
  GIF,
  WEBP
}
