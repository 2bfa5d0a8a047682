package org.siarchive.core.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads a {@link LocalDate} only from ISO text {@code YYYY-MM-DD} with a real calendar date: four
 * digits of year, no sign. Jackson's JSR-310 module also accepts arrays and epoch-day numbers, even
 * when not lenient, and {@link DateTimeFormatter#ISO_LOCAL_DATE} signed and five-digit years
 * ({@code +12024-01-01}, {@code -0001-01-01}); the schema allows none of them.
 */
final class IsoDateDeserializer extends StdScalarDeserializer<LocalDate> {
  private static final long serialVersionUID = 1L;

  IsoDateDeserializer() {
    super(LocalDate.class);
  }

  @Override
  public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
    }
    String text = p.getText();
    if (!isShapedLikeADate(text)) {
      return (LocalDate)
          ctxt.handleWeirdStringValue(LocalDate.class, text, "not a date YYYY-MM-DD");
    }
    try {
      return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      return (LocalDate)
          ctxt.handleWeirdStringValue(LocalDate.class, text, "not a date YYYY-MM-DD");
    }
  }

  /** Exactly {@code DDDD-DD-DD} in ASCII digits. */
  static boolean isShapedLikeADate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = text.charAt(i);
      if (i != 4 && i != 7 && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }
}
