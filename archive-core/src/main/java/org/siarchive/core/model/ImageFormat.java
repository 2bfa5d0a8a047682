package org.siarchive.core.model;

/**
 * The file format of a scanned page. Which formats are acceptable for long-term storage is a rule
 * (DA/T 31-2017 names TIFF, JPEG and JPEG 2000), kept in the rule tables, not here.
 *
 * @since 0.1.0
 */
public enum ImageFormat {
  /** TIFF (Tagged Image File Format). */
  TIFF,
  /** JPEG (ISO/IEC 10918). */
  JPEG,
  /** JPEG 2000 (ISO/IEC 15444). */
  JPEG2000,
  /** PDF (ISO 32000). */
  PDF,
  /** OFD, the Chinese fixed-layout document format (GB/T 33190-2016). */
  OFD,
  /** PNG (Portable Network Graphics). */
  PNG,
  /** BMP (Windows bitmap). */
  BMP,
  /** GIF (Graphics Interchange Format). */
  GIF,
  /** WebP. */
  WEBP
}
