package org.siarchive.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The one way a result document is written as text: one pretty-printed JSON value, keys in the
 * order of the records, lists and {@code LinkedHashMap}s it is built from, {@code java.time} values
 * in their ISO form. It is what {@code siarchive … --json} prints and what a cluster job writes for
 * the same input, byte for byte.
 *
 * <p>Every UTF-16 surrogate is written as a {@code \\uXXXX} escape, so that text holding a lone
 * surrogate (which JSON input may carry as {@code "\\ud800"}) never makes a UTF-8 output fail: the
 * escapes of a valid pair read back as the same character.
 *
 * <p>Thread-safe.
 *
 * <pre>{@code
 * String text = JsonDocuments.write(report);   // no final line break
 * }</pre>
 *
 * @since 0.1.0
 */
public final class JsonDocuments {
  private static final ObjectMapper MAPPER = newMapper();

  private JsonDocuments() {}

  /**
   * {@return a new mapper configured as the documents are written, for a host that also reads
   * documents with it; changing it changes nothing here}
   */
  public static ObjectMapper newMapper() {
    ObjectMapper mapper =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    mapper.getFactory().setCharacterEscapes(new SurrogateEscapes());
    return mapper;
  }

  /**
   * {@return the document as text, without a final line break}
   *
   * @param document the document, a value Jackson can write
   * @throws UncheckedIOException when the value cannot be written as JSON
   */
  public static String write(Object document) {
    Objects.requireNonNull(document, "document");
    try {
      return MAPPER.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** JSON's standard escapes, plus {@code \\uXXXX} for every surrogate code unit. */
  private static final class SurrogateEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii.clone();
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int ch) {
      return ch >= Character.MIN_SURROGATE && ch <= Character.MAX_SURROGATE
          ? new SerializedString(String.format(Locale.ROOT, "\\u%04x", ch))
          : null;
    }
  }
}
