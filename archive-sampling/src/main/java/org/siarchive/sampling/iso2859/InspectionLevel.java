package org.siarchive.sampling.iso2859;

import java.util.Locale;
import java.util.Objects;

/**
 * An inspection level: the special levels S-1 to S-4 and the general levels I, II (the usual) and
 * III. The level does not change when inspection switches.
 *
 * <p>Example: {@code InspectionLevel.parse("S-2") == InspectionLevel.S2}.
 *
 * @since 0.1.0
 */
public enum InspectionLevel {
  /** Special level S-1. */
  S1("S-1"),
  /** Special level S-2. */
  S2("S-2"),
  /** Special level S-3. */
  S3("S-3"),
  /** Special level S-4. */
  S4("S-4"),
  /** General level I. */
  I("I"),
  /** General level II. */
  II("II"),
  /** General level III. */
  III("III");

  private final String label;

  InspectionLevel(String label) {
    this.label = label;
  }

  /**
   * Returns the label used by the standard, the tables and the command line.
   *
   * @return e.g. {@code "S-1"} or {@code "II"}
   */
  public String label() {
    return label;
  }

  /**
   * Parses a label.
   *
   * @param text {@code S-1}, {@code S-2}, {@code S-3}, {@code S-4}, {@code I}, {@code II} or {@code
   *     III}
   * @return the level
   * @throws IllegalArgumentException naming the valid values and the text
   */
  public static InspectionLevel parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    for (InspectionLevel l : values()) {
      if (l.label.contentEquals(text)) {
        return l;
      }
    }
    throw new IllegalArgumentException(
        String.format(
            Locale.ROOT,
            "Invalid value for inspection level (valid values S-1, S-2, S-3, S-4, I, II, III): %s",
            text));
  }
}
