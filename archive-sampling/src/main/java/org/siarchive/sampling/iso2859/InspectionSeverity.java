package org.siarchive.sampling.iso2859;

import java.util.Locale;
import java.util.Objects;

/**
 * The severity of inspection (ISO 2859-1's term), each with its own table: normal, tightened or
 * reduced. Its labels are those of the tables, the JSON and the command line. (Named so as not to
 * be confused with {@code org.siarchive.rules.quality.Inspection}, the inspection of one volume.)
 *
 * <p>Example: {@code InspectionSeverity.parse("tightened") == InspectionSeverity.TIGHTENED}.
 *
 * @since 0.1.0
 */
public enum InspectionSeverity {
  /** Normal inspection (the start). */
  NORMAL,
  /** Tightened inspection. */
  TIGHTENED,
  /** Reduced inspection (with the responsible authority's approval). */
  REDUCED;

  /**
   * Returns the lower-case label used in the tables, JSON and the command line.
   *
   * @return e.g. {@code "normal"}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a label, ignoring case.
   *
   * @param text {@code normal}, {@code tightened} or {@code reduced}
   * @return the inspection
   * @throws IllegalArgumentException naming the valid values and the text
   */
  public static InspectionSeverity parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    for (InspectionSeverity i : values()) {
      if (i.label().equalsIgnoreCase(text.toString())) {
        return i;
      }
    }
    throw new IllegalArgumentException(
        String.format(
            Locale.ROOT,
            "Invalid value for inspection (valid values normal, tightened, reduced): %s",
            text));
  }
}
