package org.siarchive.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.siarchive.core.internal.Checks;

/**
 * One physical page of an item as observed on paper, identified by the page number written on it.
 * Pages are numbered per item from 1, only pages with content (DA/T 22-2015); {@code 0} records a
 * page found without a number.
 *
 * <p>Immutable and thread-safe. In JSON a page is its number.
 *
 * <pre>{@code
 * new Page(3).isNumbered();  // true
 * Page.UNNUMBERED.isNumbered();  // false
 * }</pre>
 *
 * @param number the page number written on the page, 1 to 9999, or 0 when none is written
 * @since 0.1.0
 */
public record Page(@Min(0) @Max(MAX_NUMBER) int number) {

  /** The largest page number. */
  public static final int MAX_NUMBER = 9999;

  /** A page found without a page number. */
  public static final Page UNNUMBERED = new Page(0);

  /**
   * Checks the number.
   *
   * @param number the page number written on the page, 1 to 9999, or 0 when none is written
   */
  @JsonCreator
  public Page {
    Checks.range(number, 0, MAX_NUMBER, "number");
  }

  /** {@return false when no page number is written on the page} */
  public boolean isNumbered() {
    return number > 0;
  }

  @JsonValue
  int json() {
    return number;
  }
}
