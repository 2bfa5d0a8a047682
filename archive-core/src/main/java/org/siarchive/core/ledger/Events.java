package org.siarchive.core.ledger;

import java.util.Locale;
import java.util.Objects;
import org.siarchive.core.InvalidValueException;

/** The argument checks every store shares. */
final class Events {
  private Events() {}

  static void checkEvent(byte[] event) {
    Objects.requireNonNull(event, "event");
    if (event.length == 0) {
      throw new InvalidValueException("event", "1 or more bytes", "(empty)");
    }
    for (byte b : event) {
      if (b == '\n') {
        throw new InvalidValueException(
            "event", "canonical JSON, without a line feed", "a line feed");
      }
    }
  }

  static void checkRead(long from, int max, long size) {
    if (from < 0 || from > size) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT, "Invalid value for from (valid values 0 - %d): %d", size, from));
    }
    if (max < 1) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "Invalid value for max (1 or more): %d", max));
    }
  }
}
