package org.siarchive.rules.retention;

import java.util.List;
import java.util.Locale;
import org.siarchive.core.InvalidValueException;
import org.siarchive.rules.retention.internal.Shown;

/** The checks the compact constructors of this package run; each names the field and the value. */
final class Texts {
  private Texts() {}

  static String require(String value, int max, String field) {
    if (value == null) {
      throw new InvalidValueException(field, "required", "null");
    }
    if (value.isBlank() || value.length() > max) {
      throw new InvalidValueException(
          field, String.format(Locale.ROOT, "1 - %d characters, not blank", max), Shown.text(value));
    }
    return value;
  }

  static String optional(String value, int max, String field) {
    return value == null ? null : require(value, max, field);
  }

  static <T> T required(T value, String field) {
    if (value == null) {
      throw new InvalidValueException(field, "required", "null");
    }
    return value;
  }

  static <T> List<T> list(List<T> value, String field) {
    required(value, field);
    for (int i = 0; i < value.size(); i++) {
      if (value.get(i) == null) {
        throw new InvalidValueException(field + "/" + i, "required", "null");
      }
    }
    return List.copyOf(value);
  }
}
