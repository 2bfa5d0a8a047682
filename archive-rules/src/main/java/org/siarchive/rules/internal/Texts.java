package org.siarchive.rules.internal;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.id.Masking;

/**
 * The checks the compact constructors of the rule value types run (retention rows, categories,
 * appraisal decisions, holds): each names the field, the constraint and the value, the value shown
 * with {@link Masking#quoted}.
 */
public final class Texts {
  private Texts() {}

  public static String require(String value, int max, String field) {
    if (value == null) {
      throw new InvalidValueException(field, "required", "null");
    }
    if (value.isBlank() || value.length() > max) {
      throw new InvalidValueException(
          field, String.format(Locale.ROOT, "1 - %d characters, not blank", max), Masking.quoted(value));
    }
    return value;
  }

  public static @Nullable String optional(@Nullable String value, int max, String field) {
    return value == null ? null : require(value, max, field);
  }

  public static <T> T required(T value, String field) {
    if (value == null) {
      throw new InvalidValueException(field, "required", "null");
    }
    return value;
  }

  public static <T> List<T> list(List<T> value, String field) {
    required(value, field);
    for (int i = 0; i < value.size(); i++) {
      if (value.get(i) == null) {
        throw new InvalidValueException(field + "/" + i, "required", "null");
      }
    }
    return List.copyOf(value);
  }
}
