package org.siarchive.rules.inspection;

import java.util.Locale;
import java.util.Objects;
import org.siarchive.core.model.Volume;

/**
 * How a host groups volumes into strata: by sub-centre, or by sub-centre and a volume category (the
 * business type, or the insurance line).
 *
 * <p>Example: {@code Strata.parse("sub-center,category").keyOf(volume)} is {@code
 * SC01/PENSION/REGISTRATION} for a pension registration volume of SC01.
 *
 * @since 0.1.0
 */
public enum Strata {
  /** One stratum per sub-centre. */
  SUB_CENTER("sub-center"),
  /** One stratum per sub-centre and business type ({@code LINE/STEP}). */
  SUB_CENTER_AND_CATEGORY("sub-center,category"),
  /** One stratum per sub-centre and insurance line. */
  SUB_CENTER_AND_LINE("sub-center,line");

  private final String label;

  Strata(String label) {
    this.label = label;
  }

  /** {@return the label used on the command line, e.g. {@code "sub-center,category"}} */
  public String label() {
    return label;
  }

  /**
   * Returns the stratum a volume belongs to.
   *
   * @param volume the volume
   * @return its key under this grouping
   */
  public StratumKey keyOf(Volume volume) {
    Objects.requireNonNull(volume, "volume");
    return switch (this) {
      case SUB_CENTER -> StratumKey.ofSubCenter(volume.subCenterId());
      case SUB_CENTER_AND_CATEGORY ->
          StratumKey.of(volume.subCenterId(), volume.businessType().toString());
      case SUB_CENTER_AND_LINE ->
          StratumKey.of(volume.subCenterId(), volume.businessType().line().name());
    };
  }

  /**
   * Parses a label.
   *
   * @param text {@code sub-center}, {@code sub-center,category} or {@code sub-center,line}
   * @return the grouping
   * @throws IllegalArgumentException naming the valid values and the text
   */
  public static Strata parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    for (Strata s : values()) {
      if (s.label.contentEquals(text)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        String.format(
            Locale.ROOT,
            "Invalid value for strata (valid values sub-center, sub-center,category,"
                + " sub-center,line): %s",
            text));
  }
}
