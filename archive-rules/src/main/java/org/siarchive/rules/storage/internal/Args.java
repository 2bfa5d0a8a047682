package org.siarchive.rules.storage.internal;

import java.util.Locale;
import org.siarchive.core.InvalidValueException;

/** The range checks of the storage value types' compact constructors, each naming the field. */
public final class Args {
  private Args() {}

  /** The value when it lies in {@code [min, max]}; else an {@link InvalidValueException}. */
  public static long range(long value, long min, long max, String field) {
    if (value < min || value > max) {
      throw new InvalidValueException(
          field,
          String.format(Locale.ROOT, "valid values %d - %d", min, max),
          Long.toString(value));
    }
    return value;
  }

  /** An {@link InvalidValueException} naming the field, the constraint and the value. */
  public static InvalidValueException invalid(String field, String constraint, Object value) {
    return new InvalidValueException(field, constraint, String.valueOf(value));
  }
}
