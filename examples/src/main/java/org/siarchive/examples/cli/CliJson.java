package org.siarchive.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.siarchive.core.json.JsonDocuments;

/**
 * The one way a command prints its {@code --json} document: one pretty-printed JSON value on
 * standard output. Commands build their document from records, lists and {@code LinkedHashMap}s so
 * that the key order is the order the command contract names.
 *
 * <p>The mapper is the library's ({@link JsonDocuments}): every UTF-16 surrogate is written as an
 * escape, so a cluster job writes the same bytes for the same input.
 *
 * <p>{@link #strictReader()} reads the JSON documents commands take as input (sampling records,
 * lots) as strictly as the library reads volumes: a repeated key or trailing content fails.
 */
final class CliJson {
  // The library's document form: java.time values in ISO form, surrogates escaped (see
  // JsonDocuments).
  private static final ObjectMapper MAPPER = JsonDocuments.newMapper();

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
}
