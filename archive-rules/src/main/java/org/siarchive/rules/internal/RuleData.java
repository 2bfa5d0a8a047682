package org.siarchive.rules.internal;

import org.siarchive.core.id.Masking;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.Objects;
import java.util.Set;
import org.siarchive.core.json.ArchiveJson;
import org.siarchive.core.json.JsonDecodeException;
import org.siarchive.rules.RuleDataException;

/**
 * Loads a rule table in the order STYLE.md #8 fixes: strict JSON binding with the core codec's
 * mapper (unknown properties, duplicate keys, trailing tokens and wrong types fail), then Jakarta
 * Validation of the declared constraints, each failure turned into a {@link RuleDataException}
 * naming the source, the JSON pointer and the value. Semantic checks are the caller's, after this.
 *
 * <p>The validator factory is built once; Hibernate Validator's validators are thread-safe.
 */
public final class RuleData {
  private static final class Holder {
    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();
  }

  private RuleData() {}

  /**
   * Reads and validates one document.
   *
   * @throws RuleDataException naming source, pointer and value
   */
  public static <T> T load(InputStream in, Class<T> type, String source) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(source, "source");
    T value;
    try {
      value = ArchiveJson.read(in, type, source);
    } catch (JsonDecodeException e) {
      throw new RuleDataException(source, missingPropertyPointer(e), null, e.reason(), null, e);
    }
    if (value == null) {
      throw new RuleDataException(source, "", "expected a JSON object, got null", (String) null);
    }
    validate(value, source);
    return value;
  }

  /**
   * Reads and validates one file.
   *
   * @throws RuleDataException naming the file, pointer and value
   * @throws UncheckedIOException when the file cannot be read
   */
  public static <T> T load(java.nio.file.Path file, Class<T> type) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return load(in, type, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads and validates a resource of this module's class loader.
   *
   * @throws RuleDataException when it is missing or invalid
   */
  public static <T> T loadResource(Class<?> anchor, String name, Class<T> type) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new RuleDataException(name, "", "resource not found", (String) null);
      }
      return load(in, type, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs Jakarta Validation; the first violation in pointer order fails.
   *
   * @throws RuleDataException naming the pointer, the constraint and the value
   */
  public static void validate(Object value, String source) {
    Set<ConstraintViolation<Object>> violations = Holder.VALIDATOR.validate(value);
    violations.stream()
        .min(Comparator.comparing((ConstraintViolation<Object> v) -> pointer(v.getPropertyPath())))
        .ifPresent(
            v -> {
              throw new RuleDataException(
                  source,
                  pointer(v.getPropertyPath()),
                  v.getMessage(),
                  Masking.quoted(String.valueOf(v.getInvalidValue())));
            });
  }

  /**
   * The pointer of a decode failure. For a missing required property the core codec (0.1.0) names
   * the property twice ({@code /title/title}); the property is named once here.
   */
  private static String missingPropertyPointer(JsonDecodeException e) {
    String p = e.pointer();
    if (e.reason().startsWith("missing required property")) {
      int last = p.lastIndexOf('/');
      if (last > 0 && p.substring(0, last).endsWith(p.substring(last))) {
        return p.substring(0, last);
      }
    }
    return p;
  }

  /** The JSON pointer of a Bean Validation property path. */
  static String pointer(Path path) {
    StringBuilder b = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getIndex() != null) {
        b.append('/').append(node.getIndex());
      } else if (node.getKey() != null) {
        b.append('/').append(escape(String.valueOf(node.getKey())));
      }
      String name = node.getName();
      if (name != null && !name.startsWith("<")) {
        b.append('/').append(escape(name));
      }
    }
    return b.toString();
  }

  /** A pointer segment per RFC 6901. */
  public static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }

  /** A pointer from segments, e.g. {@code at("businessTypes", 3, "zh")}. */
  public static String at(Object... segments) {
    StringBuilder b = new StringBuilder();
    for (Object s : segments) {
      b.append('/').append(escape(String.valueOf(s)));
    }
    return b.toString();
  }
}
