package org.siarchive.core.model;

/**
 * The colour mode of a scanned page (DA/T 31-2017 prefers colour; seals need it).
 *
 * @since 0.1.0
 */
public enum ColourMode {
  /** Colour (彩色). */
  COLOUR,
  /** Grey scale (灰度). */
  GREYSCALE,
  /** Black and white (黑白二值). */
  BITONAL
}
