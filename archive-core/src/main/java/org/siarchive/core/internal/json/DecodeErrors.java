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
  private static final Pattern LIMIT =
      Pattern.compile(
          "^(Number value|String value|Name|Document nesting depth|Document)(?: length)?"
              + " \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
  // "(start marker at [Source: …; line: 1, column: 1])" first, whole, or the next pattern would
  // leave "(start marker" behind.
  private static final Pattern SOURCE_REF =
      Pattern.compile(
          "\\s*\\(start marker at \\[Source: [^\\]]*\\]\\)|\\s*\\(?\\s*(at )?\\[Source: [^\\]]*\\]\\)?");
  private static final Pattern NON_STANDARD = Pattern.compile("^Non-standard token '([^']*)'");

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
    return translate(e, null);
  }

  /**
   * The problem a Jackson failure describes, with the parser that met it: a reader limit ({@link
   * StreamConstraintsException}) carries no position of its own, so the parser, still open at the
   * value it refused, says where it was met.
   */
  public static Problem translate(JsonProcessingException e, @Nullable JsonParser parser) {
    if (!(e instanceof StreamReadException)
        && !(e instanceof StreamConstraintsException)
        && e.getCause() instanceof JsonProcessingException cause
        && (cause instanceof StreamReadException || cause instanceof StreamConstraintsException)) {
      // A syntax error (a repeated key, bad UTF-8) or a reader limit met while binding a nested
      // value: the parser's own position is more precise than the path of the value being bound.
      return translate(cause, parser);
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
      String pointer = parser == null ? "" : parser.getParsingContext().pathAsPointer().toString();
      return new Problem(pointer, limitReason(e.getOriginalMessage()));
    }
    if (e instanceof StreamReadException r) {
      JsonParser p = r.getProcessor();
      String pointer = p == null ? "" : p.getParsingContext().pathAsPointer().toString();
      return new Problem(pointer, redact(syntaxReason(clean(r.getOriginalMessage()))));
    }
    if (e instanceof JsonMappingException m) {
      return new Problem(pointerOf(m), redact(clean(m.getOriginalMessage())));
    }
    return new Problem("", redact(clean(e.getOriginalMessage())));
  }

  /**
   * A reader limit in words that do not vary: Jackson's own message gives the length it had read
   * when it stopped, which depends on how the input was buffered, so the same line would be refused
   * in different words by a sequential and a parallel run.
   */
  private static String limitReason(@Nullable String message) {
    Matcher m = message == null ? null : LIMIT.matcher(message);
    if (m == null || !m.find()) {
      return redact(clean(message));
    }
    String what = m.group(1);
    String found = m.group(2);
    String max = m.group(3);
    switch (what) {
      case "Number value":
        return "a number of " + found + " digits; at most " + max + " are read";
      case "String value":
        return "a text longer than " + max + " characters; longer ones are not read";
      case "Name":
        return "a property name longer than " + max + " characters; longer ones are not read";
      case "Document nesting depth":
        return "values nested deeper than " + max + " levels; deeper ones are not read";
      default:
        return "a document longer than " + max + " bytes; longer ones are not read";
    }
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
      return "expected one of " + Arrays.toString(jsonNames(type));
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

  /** The names an enum is written with: each constant's {@code @JsonProperty}, else its name. */
  private static String[] jsonNames(Class<?> enumType) {
    Object[] constants = enumType.getEnumConstants();
    String[] names = new String[constants.length];
    for (int i = 0; i < constants.length; i++) {
      String name = ((Enum<?>) constants[i]).name();
      names[i] = name;
      try {
        com.fasterxml.jackson.annotation.JsonProperty p =
            enumType
                .getField(name)
                .getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
        if (p != null && !p.value().isEmpty()) {
          names[i] = p.value();
        }
      } catch (NoSuchFieldException e) {
        // Every constant is a public field of its type; nothing to rename.
      }
    }
    return names;
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

  /**
   * A syntax error in a clerk's words where Jackson's speak of its own internals (a token type, a
   * reader feature to enable); its other messages already say what was found and expected.
   */
  private static String syntaxReason(String message) {
    if (message.startsWith("Unexpected end-of-input")) {
      if (message.contains("close marker for Object")) {
        return "the input ends before the object is closed (a '}' is missing)";
      }
      if (message.contains("close marker for Array")) {
        return "the input ends before the array is closed (a ']' is missing)";
      }
      if (message.contains("VALUE_STRING") || message.contains("closing quote")) {
        return "the input ends inside a text (a closing '\"' is missing)";
      }
      if (message.contains("field name")) {
        return "the input ends inside a property name";
      }
      return "the input ends before the JSON value does";
    }
    Matcher nonStandard = NON_STANDARD.matcher(message);
    if (nonStandard.find()) {
      return nonStandard.group(1) + " is not a JSON value (JSON has no NaN or Infinity)";
    }
    return message;
  }

  private static String clean(@Nullable String message) {
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
