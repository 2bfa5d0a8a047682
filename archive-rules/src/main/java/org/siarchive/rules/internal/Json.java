package org.siarchive.rules.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import org.siarchive.core.json.ArchiveJson;

/**
 * Writes rule documents with the archive codec's configuration (ISO dates, absent values
 * omitted), indented, in the order of the records' components: the form a host loads back.
 */
public final class Json {
  private static final ObjectWriter WRITER =
      ArchiveJson.newStrictMapper().writer().with(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  /** The value as indented JSON. */
  public static String write(Object value) {
    try {
      return WRITER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
