package org.siarchive.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The one way a command prints its {@code --json} document: one pretty-printed JSON value on
 * standard output. Commands build their document from records, lists and {@code LinkedHashMap}s so
 * that the key order is the order the command contract names.
 *
 * <p>Every UTF-16 surrogate is written as a {@code \\uXXXX} escape, so that text holding a lone
 * surrogate (which JSON input may carry as {@code "\\ud800"}) never makes a UTF-8 output fail: the
 * escapes of a valid pair read back as the same character.
 *
 * <p>{@link #strictReader()} reads the JSON documents commands take as input (sampling records,
 * lots) as strictly as the library reads volumes: a repeated key or trailing content fails.
 */
final class CliJson {
  // java.time values (a report's date) print in their ISO form, as the library's own codec writes
  // them.
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  static {
    MAPPER.getFactory().setCharacterEscapes(new SurrogateEscapes());
  }

  private static final ObjectReader STRICT =
      MAPPER
          .reader()
          .with(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private CliJson() {}

  static void print(PrintWriter out, Object document) {
    try {
      out.println(MAPPER.writeValueAsString(document));
      out.flush();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectMapper mapper() {
    return MAPPER;
  }

  /** A reader of input documents that refuses repeated keys and trailing content. */
  static ObjectReader strictReader() {
    return STRICT;
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
