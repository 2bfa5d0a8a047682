package org.siarchive.rules.retention.appraisal;

import java.util.Locale;
import org.siarchive.core.InvalidValueException;
import org.siarchive.rules.retention.internal.Shown;

/** The text checks of this package's compact constructors; each names the field and value. */
final class AppraisalTexts {
  private AppraisalTexts() {}

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
}
