package org.siarchive.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * The one way a command prints its {@code --json} document: one pretty-printed JSON value on
 * standard output. Commands build their document from records, lists and {@code LinkedHashMap}s so
 * that the key order is the order the command contract names.
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
}
