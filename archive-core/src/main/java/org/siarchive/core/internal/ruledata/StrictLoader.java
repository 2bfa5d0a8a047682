package org.siarchive.core.internal.ruledata;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.id.Masking;
import org.siarchive.core.internal.Validators;
import org.siarchive.core.internal.json.DecodeErrors;
import org.siarchive.core.internal.json.StrictMapper;
import org.siarchive.core.ruledata.RuleDataException;

/**
 * The one strict loader of siarchive's rule tables (retention editions, material rules, the defect
 * catalogue, bundled indexes, quality reports read back), in the order STYLE.md #8 fixes:
 *
 * <ol>
 *   <li>strict binding with the codec's configuration ({@link StrictMapper}): malformed JSON,
 *       unknown properties, duplicate keys, trailing tokens, wrong types, nulls for primitives and
 *       missing required properties fail;
 *   <li>Jakarta Validation of the declared constraints, the first violation in document order
 *       ({@link Pointers#DOCUMENT_ORDER}) reported at its JSON pointer, written with the JSON names
 *       of the properties ({@code @JsonProperty}), with the value shown by {@link Masking#quoted}
 *       (a collection by its size);
 *   <li>the caller's semantic checks, after this.
 * </ol>
 *
 * <p>Every failure is a {@link RuleDataException} naming the source, the pointer and the value. The
 * validator factory is built once, on first use, because building it costs far more than
 * validating; Hibernate Validator's validators are thread-safe.
 */
public final class StrictLoader {
  private static final ObjectMapper MAPPER = StrictMapper.create();
  private static final ObjectWriter WRITER =
      MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT);

  private static final class Holder {
    private static final ValidatorFactory FACTORY = Validators.factory();
    private static final Validator VALIDATOR = FACTORY.getValidator();
  }

  private StrictLoader() {}

  /**
   * Binds one document strictly, without validating it.
   *
   * @param <T> the type the document binds to
   * @param in the document's bytes, UTF-8 JSON; not closed
   * @param type the class the document binds to
   * @param source the document's file or resource name, for messages
   * @return the bound document
   * @throws RuleDataException naming source, pointer and reason, the decode failure as its cause
   */
  public static <T> T read(InputStream in, Class<T> type, String source) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(source, "source");
    T value;
    JsonParser parser = null;
    try {
      parser = MAPPER.createParser(in);
      parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      value = MAPPER.readerFor(type).readValue(parser);
    } catch (JsonProcessingException e) {
      DecodeErrors.Problem p = DecodeErrors.translate(e, parser);
      throw new RuleDataException(source, p.pointer(), null, p.reason(), null, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      closeQuietly(parser);
    }
    if (value == null) {
      throw new RuleDataException(source, "", "expected a JSON object, got null", null);
    }
    return value;
  }

  /**
   * Binds and validates one document.
   *
   * @param <T> the type the document binds to
   * @param in the document's bytes, UTF-8 JSON; not closed
   * @param type the class the document binds to
   * @param source the document's file or resource name, for messages
   * @return the bound and validated document
   * @throws RuleDataException naming source, pointer and value
   */
  public static <T> T load(InputStream in, Class<T> type, String source) {
    T value = read(in, type, source);
    validate(value, source);
    return value;
  }

  /**
   * Binds and validates one file.
   *
   * @param <T> the type the file binds to
   * @param file the file, UTF-8 JSON; its path names it in messages
   * @param type the class the file binds to
   * @return the bound and validated document
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
   * Runs Jakarta Validation; the first violation in document order fails.
   *
   * @param value the bound document
   * @param source the document's file or resource name, for messages
   * @throws RuleDataException naming the pointer, the constraint and the value
   */
  public static void validate(Object value, String source) {
    validate(value, source, pointer -> null);
  }

  /**
   * Runs Jakarta Validation; the first violation in document order fails, with the id of the row it
   * is in.
   *
   * @param value the bound document
   * @param source the document's file or resource name, for messages
   * @param rowIdAt the id of the row a pointer is in, or null
   * @throws RuleDataException naming the pointer, the row, the constraint and the value
   */
  public static void validate(Object value, String source, Function<String, String> rowIdAt) {
    Objects.requireNonNull(value, "value");
    Set<ConstraintViolation<Object>> violations = Holder.VALIDATOR.validate(value);
    violations.stream()
        .map(
            v ->
                new Violation(
                    pointer(value, v.getPropertyPath()), v.getMessage(), v.getInvalidValue()))
        .min(
            Comparator.comparing(Violation::pointer, Pointers.DOCUMENT_ORDER)
                .thenComparing(Violation::reason))
        .ifPresent(
            v -> {
              throw new RuleDataException(
                  source, v.pointer(), rowIdAt.apply(v.pointer()), v.reason(), shown(v.value()));
            });
  }

  /**
   * A rule document as indented JSON, with the codec's configuration (ISO dates, absent values
   * omitted), in the order of the records' components: the form a host loads back.
   *
   * @param value the document
   * @return the indented JSON text
   */
  public static String write(Object value) {
    Objects.requireNonNull(value, "value");
    try {
      return WRITER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void closeQuietly(@Nullable JsonParser parser) {
    if (parser != null) {
      try {
        parser.close();
      } catch (IOException e) {
        // The caller's stream stays open; the parser holds nothing else.
      }
    }
  }

  private record Violation(String pointer, String reason, Object value) {}

  /**
   * A violating value as a message shows it: texts quoted, collections by size.
   *
   * @param value the value, or null
   * @return a text masked and quoted as by {@link Masking#quoted}, {@code "N elements"} for a
   *     collection, otherwise {@link String#valueOf(Object)}
   */
  public static String shown(Object value) {
    if (value instanceof CharSequence s) {
      return Masking.quoted(s.toString());
    }
    if (value instanceof Collection<?> c) {
      return String.format(Locale.ROOT, "%d elements", c.size());
    }
    return String.valueOf(value);
  }

  /**
   * The JSON pointer of a property path, walked along the validated document so that each property
   * is named as JSON names it: an index or key belongs to the node reached through a container, so
   * it is written before the node's name; container-element nodes add only their index or key.
   */
  static String pointer(Object root, Path path) {
    StringBuilder b = new StringBuilder();
    @Nullable Object current = root;
    for (Path.Node node : path) {
      if (node.getIndex() != null) {
        b.append('/').append(node.getIndex());
        current =
            current instanceof List<?> l && node.getIndex() < l.size()
                ? l.get(node.getIndex())
                : null;
      } else if (node.getKey() != null) {
        b.append('/').append(Pointers.escape(String.valueOf(node.getKey())));
        current = current instanceof Map<?, ?> m ? m.get(node.getKey()) : null;
      }
      if (node.getKind() == ElementKind.PROPERTY) {
        RecordComponent component = component(current, node.getName());
        b.append('/').append(Pointers.escape(jsonName(component, node.getName())));
        current = valueOf(component, current);
      }
    }
    return b.toString();
  }

  private static @Nullable RecordComponent component(@Nullable Object bean, String name) {
    if (bean == null || !bean.getClass().isRecord()) {
      return null;
    }
    for (RecordComponent c : bean.getClass().getRecordComponents()) {
      if (c.getName().equals(name)) {
        return c;
      }
    }
    return null;
  }

  private static String jsonName(@Nullable RecordComponent component, String name) {
    JsonProperty p =
        component == null ? null : component.getAccessor().getAnnotation(JsonProperty.class);
    return p == null || p.value().isEmpty() ? name : p.value();
  }

  private static @Nullable Object valueOf(
      @Nullable RecordComponent component, @Nullable Object bean) {
    if (component == null) {
      return null;
    }
    try {
      var accessor = component.getAccessor();
      accessor.setAccessible(true);
      return accessor.invoke(bean);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
