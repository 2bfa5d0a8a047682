package org.siarchive.core.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.id.Masking;
import org.siarchive.core.internal.Checks;

/**
 * Turns Jackson's exceptions into a {@link Problem}: an RFC 6901 pointer and a reason a data clerk
 * can act on, which the volume codec wraps as a {@code JsonDecodeException} and the rule-data
 * loader as a {@code RuleDataException}. Jackson's own wording is kept only for syntax errors;
 * every reason passes through {@link #redact} so that no citizen ID or credit code leaves whole,
 * even when it sits where it does not belong.
 */
public final class DecodeErrors {
  private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
  private static final Pattern SOURCE_REF =
      Pattern.compile("\\s*\\(?\\s*(at )?\\[Source: [^\\]]*\\]\\)?");

  private DecodeErrors() {}

  /**
   * Where a document failed to decode and why.
   *
   * @param pointer the JSON pointer of the offending value; {@code ""} for the document
   * @param reason what is wrong, personal identifiers masked
   */
  public record Problem(String pointer, String reason) {}

  /** The problem a Jackson failure describes. */
  public static Problem translate(JsonProcessingException e) {
    if (!(e instanceof StreamReadException) && e.getCause() instanceof StreamReadException cause) {
      // A syntax error (a repeated key, bad UTF-8) met while binding a nested value: the parser's
      // own position is more precise than the path of the value being bound.
      return translate(cause);
    }
    InvalidValueException invalid = findInvalidValue(e);
    if (invalid != null && e instanceof JsonMappingException m) {
      String pointer = pointerOf(m);
      JsonParser p = parser(m);
      boolean fromObject = p != null && p.currentToken() == JsonToken.END_OBJECT;
      if (fromObject) {
        pointer = pointer + "/" + invalid.field();
      }
      return new Problem(pointer, redact(invalid.getMessage()));
    }
    if (e instanceof UnrecognizedPropertyException u) {
      return new Problem(pointerOf(u), "unknown property " + Checks.shown(u.getPropertyName()));
    }
    if (e instanceof InvalidFormatException f) {
      String pointer = pointerOf(f);
      String shown = shownValue(pointer, asWritten(parser(f), String.valueOf(f.getValue())));
      return new Problem(pointer, redact(expectation(f.getTargetType()) + ", got " + shown));
    }
    if (e instanceof MismatchedInputException mi) {
      String pointer = pointerOf(mi);
      String original = String.valueOf(mi.getOriginalMessage());
      if (original.startsWith("Missing required creator property")) {
        Matcher q = QUOTED.matcher(original);
        String name = q.find() ? q.group(1) : "?";
        String at = pointer.endsWith("/" + name) ? pointer : pointer + "/" + name;
        return new Problem(at, "missing required property \"" + name + "\"");
      }
      if (original.startsWith("Trailing token")) {
        return new Problem("", "unexpected content after the end of the JSON value");
      }
      JsonParser p = parser(mi);
      String got = p == null ? "another value" : tokenDescription(p, pointer);
      return new Problem(pointer, redact(expectation(mi.getTargetType()) + ", got " + got));
    }
    if (e instanceof StreamConstraintsException) {
      return new Problem("", redact(clean(e.getOriginalMessage())));
    }
    if (e instanceof StreamReadException r) {
      JsonParser p = r.getProcessor();
      String pointer = p == null ? "" : p.getParsingContext().pathAsPointer().toString();
      return new Problem(pointer, redact(clean(r.getOriginalMessage())));
    }
    if (e instanceof JsonMappingException m) {
      return new Problem(pointerOf(m), redact(clean(m.getOriginalMessage())));
    }
    return new Problem("", redact(clean(e.getOriginalMessage())));
  }

  private static @Nullable InvalidValueException findInvalidValue(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof InvalidValueException ive) {
        return ive;
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return null;
  }

  private static @Nullable JsonParser parser(JsonMappingException m) {
    return m.getProcessor() instanceof JsonParser p ? p : null;
  }

  private static String pointerOf(JsonMappingException e) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        b.append('/').append(r.getFieldName().replace("~", "~0").replace("/", "~1"));
      } else if (r.getIndex() >= 0) {
        b.append('/').append(r.getIndex());
      }
    }
    return b.toString();
  }

  private static String expectation(Class<?> type) {
    if (type == null) {
      return "unexpected value";
    }
    if (type.isEnum()) {
      return "expected one of " + Arrays.toString(type.getEnumConstants());
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "expected an integer";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "expected true or false";
    }
    if (type == String.class) {
      return "expected a string";
    }
    if (type == java.time.LocalDate.class) {
      return "expected a date YYYY-MM-DD";
    }
    if (java.util.Collection.class.isAssignableFrom(type)) {
      return "expected an array";
    }
    if (type.isRecord()) {
      // A record bound from one scalar (a page from its number) expects that scalar.
      for (java.lang.reflect.Constructor<?> c : type.getDeclaredConstructors()) {
        if (c.getParameterCount() == 1
            && c.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonCreator.class)) {
          return expectation(c.getParameterTypes()[0]);
        }
      }
      return "expected an object";
    }
    return "expected " + type.getSimpleName();
  }

  /**
   * A number as the input wrote it ({@code 1e400}, not the {@code Infinity} it was read as); any
   * other value as bound.
   */
  private static String asWritten(@Nullable JsonParser p, String bound) {
    if (p == null || p.currentToken() == null || !p.currentToken().isNumeric()) {
      return bound;
    }
    try {
      return p.getText();
    } catch (java.io.IOException e) {
      return bound;
    }
  }

  private static String tokenDescription(JsonParser p, String pointer) {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "the end of the input";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_NULL:
        return "null";
      case VALUE_TRUE:
      case VALUE_FALSE:
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
      case VALUE_STRING:
        try {
          return shownValue(pointer, p.getText());
        } catch (java.io.IOException ex) {
          return "a scalar";
        }
      default:
        return t.asString() == null ? t.name() : t.asString();
    }
  }

  /** The value as a message may show it; masked whole when the pointer names a personal field. */
  private static String shownValue(String pointer, String value) {
    if (pointer.endsWith("/person") || pointer.endsWith("/employer")) {
      return "\"" + Masking.mask(value) + "\"";
    }
    return Checks.shown(value);
  }

  private static String clean(String message) {
    if (message == null) {
      return "malformed JSON";
    }
    String firstLine = message.lines().findFirst().orElse(message);
    return SOURCE_REF.matcher(firstLine).replaceAll("").trim();
  }

  private static String redact(String message) {
    return Masking.redact(message);
  }
}
