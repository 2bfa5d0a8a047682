package org.siarchive.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A list of JSON values too long to hold in memory (a million rejected lines): each value is
 * written as one compact line of a temporary file as it comes, then read back in order into a JSON
 * array of the document or one by one for text output. Memory stays flat whatever the count; the
 * file is deleted on {@link #close()}. Values are written by {@link CliJson}'s mapper, so a lone
 * surrogate is an escape, never an encoding failure.
 */
final class JsonSpool implements AutoCloseable {
  private static final ObjectWriter COMPACT =
      CliJson.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);

  private final Path file;
  private final BufferedWriter out;
  private boolean closedForWriting;

  private JsonSpool(Path file) throws IOException {
    this.file = file;
    this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
  }

  /** A new empty spool in the temporary directory. */
  static JsonSpool create(String prefix) throws IOException {
    return new JsonSpool(Files.createTempFile(prefix, ".jsonl"));
  }

  /** Appends one value. */
  void add(Object value) {
    try {
      out.write(COMPACT.writeValueAsString(value));
      out.newLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the spooled values, in order, as the array field {@code name} of {@code g}. */
  void copyArray(JsonGenerator g, String name) throws IOException {
    g.writeArrayFieldStart(name);
    forEachLine(g::writeRawValue);
    g.writeEndArray();
  }

  /** Hands each spooled value, in order, to the action. */
  void forEach(Consumer<JsonNode> action) throws IOException {
    forEachLine(line -> action.accept(CliJson.mapper().readTree(line)));
  }

  private interface LineAction {
    void accept(String line) throws IOException;
  }

  private void forEachLine(LineAction action) throws IOException {
    finishWriting();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        action.accept(line);
      }
    }
  }

  private void finishWriting() throws IOException {
    if (!closedForWriting) {
      closedForWriting = true;
      out.close();
    }
  }

  @Override
  public void close() throws IOException {
    try {
      finishWriting();
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
