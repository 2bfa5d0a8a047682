package org.siarchive.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.internal.json.DecodeErrors;
import org.siarchive.core.internal.json.StrictMapper;
import org.siarchive.core.model.Volume;

/**
 * The JSON codec of the archive model (Jackson 2), strict by design: unknown properties, duplicate
 * keys, trailing tokens, wrong types (no coercion of {@code "12"} to a number or {@code 12} to a
 * text), nulls for primitives and missing required properties all fail, with a {@link
 * JsonDecodeException} that names the JSON pointer and the value (masked when personal). Sizes and
 * nesting are bounded by {@link com.fasterxml.jackson.core.StreamReadConstraints}.
 *
 * <p>The schema ({@value #SCHEMA_VERSION}) is documented field by field in {@code
 * archive-core/SCHEMA.md}. A volume is one JSON object whose first field is {@code
 * "schemaVersion"}; {@link JsonLinesReader} streams files of one volume per line.
 *
 * <p>Thread-safe: the configured mapper is shared and immutable after construction.
 *
 * <pre>{@code
 * String line = ArchiveJson.writeVolume(volume);   // one line, no line break
 * Volume again = ArchiveJson.readVolume(line);     // equals volume
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ArchiveJson {

  /** The schema version this library writes and reads. */
  public static final int SCHEMA_VERSION = 1;

  /** The longest text value accepted, in characters. */
  public static final int MAX_STRING_LENGTH = StrictMapper.MAX_STRING_LENGTH;

  /** The deepest nesting of arrays and objects accepted. */
  public static final int MAX_NESTING_DEPTH = StrictMapper.MAX_NESTING_DEPTH;

  private static final ObjectMapper MAPPER = StrictMapper.create();

  private static final String NOT_AN_OBJECT = "expected an object, got null";

  /** The mapper's factory without Jackson's own duplicate detection: see DuplicateKeyCheck. */
  private static final JsonFactory VOLUME_FACTORY =
      DuplicateKeyCheck.requireInternedNames(
          MAPPER
              .getFactory()
              .copy()
              .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature()));

  private static final ObjectReader VOLUME_READER = MAPPER.readerFor(VolumeJson.class);
  private static final ObjectWriter VOLUME_WRITER = MAPPER.writerFor(VolumeJson.class);

  private ArchiveJson() {}

  /**
   * Decodes one volume.
   *
   * @param json one JSON object of the documented schema
   * @return the volume, checked as its constructors check it
   * @throws JsonDecodeException naming the JSON pointer and the reason
   */
  public static Volume readVolume(String json) {
    Objects.requireNonNull(json, "json");
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    return decodeVolume(bytes, 0, bytes.length, null, 0);
  }

  /**
   * Decodes one volume from UTF-8 bytes.
   *
   * @param utf8 one JSON object of the documented schema, UTF-8 without a byte-order mark
   * @return the volume, checked as its constructors check it
   * @throws JsonDecodeException naming the JSON pointer and the reason
   */
  public static Volume readVolume(byte[] utf8) {
    Objects.requireNonNull(utf8, "utf8");
    return decodeVolume(utf8, 0, utf8.length, null, 0);
  }

  static Volume decodeVolume(
      byte[] bytes, int offset, int length, @Nullable String source, long line) {
    if (length >= 3
        && bytes[offset] == (byte) 0xEF
        && bytes[offset + 1] == (byte) 0xBB
        && bytes[offset + 2] == (byte) 0xBF) {
      throw new JsonDecodeException(
          source,
          line,
          "",
          "byte-order mark (U+FEFF) before the JSON value; only the start of a JSON Lines file may"
              + " carry one");
    }
    VolumeJson wire;
    // The parser stays open until the error is translated, so that it still points at the
    // offending token.
    JsonParser parser = null;
    try {
      parser = new DuplicateKeyCheck(VOLUME_FACTORY.createParser(bytes, offset, length));
      wire = VOLUME_READER.readValue(parser);
      if (wire == null) {
        // Jackson binds the literal null to a null value rather than failing.
        throw new JsonDecodeException(source, line, "", NOT_AN_OBJECT);
      }
    } catch (JsonProcessingException e) {
      throw decodeError(e, parser, source, line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      closeQuietly(parser);
    }
    if (wire.schemaVersion() != SCHEMA_VERSION) {
      throw new JsonDecodeException(
          source,
          line,
          "/schemaVersion",
          "Invalid value for schemaVersion (this library reads "
              + SCHEMA_VERSION
              + "): "
              + wire.schemaVersion());
    }
    try {
      return wire.toVolume();
    } catch (InvalidValueException e) {
      throw new JsonDecodeException(source, line, "/" + e.field(), e.getMessage());
    }
  }

  private static JsonDecodeException decodeError(
      JsonProcessingException e, @Nullable JsonParser parser, @Nullable String source, long line) {
    DecodeErrors.Problem p = DecodeErrors.translate(e, parser);
    return new JsonDecodeException(source, line, p.pointer(), p.reason());
  }

  private static void closeQuietly(@Nullable JsonParser parser) {
    if (parser != null) {
      try {
        parser.close();
      } catch (IOException e) {
        // Nothing to release for an in-memory source.
      }
    }
  }

  /**
   * Encodes a volume as one line of JSON, without a line break.
   *
   * @param volume the volume
   * @return the JSON text
   */
  public static String writeVolume(Volume volume) {
    return new String(writeVolumeBytes(volume), StandardCharsets.UTF_8);
  }

  /**
   * Encodes a volume as one line of UTF-8 JSON, without a line break.
   *
   * @param volume the volume
   * @return the JSON text's UTF-8 bytes
   */
  public static byte[] writeVolumeBytes(Volume volume) {
    Objects.requireNonNull(volume, "volume");
    try {
      return VOLUME_WRITER.writeValueAsBytes(VolumeJson.from(volume));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Encodes a volume as its record's RFC 8785 canonical JSON (JCS), without a line break: exactly
   * the bytes that {@link org.siarchive.core.ledger.CanonicalJson#toBytes} gives for the tree of
   * {@link #writeVolumeBytes}, in one pass. This is the form a hand-over's package digest covers.
   *
   * <pre>{@code
   * byte[] record = ArchiveJson.writeCanonicalVolumeBytes(volume);  // members sorted by name
   * }</pre>
   *
   * @param volume the volume
   * @return the canonical JSON's UTF-8 bytes
   * @throws InvalidValueException naming the JSON pointer when the record has no canonical form (a
   *     text with a lone surrogate)
   * @since 0.1.0
   */
  public static byte[] writeCanonicalVolumeBytes(Volume volume) {
    Objects.requireNonNull(volume, "volume");
    return CanonicalVolumeWriter.write(volume);
  }

  /**
   * Feeds a volume's record in its RFC 8785 canonical form to a digest: the bytes of {@link
   * #writeCanonicalVolumeBytes}, without an array of their own (a province's package manifest
   * hashes millions of records). The digest is updated, not finished.
   *
   * <pre>{@code
   * MessageDigest md = HashAlgorithm.SHA_256.newMessageDigest();
   * ArchiveJson.writeCanonicalVolume(volume, md);
   * md.digest();  // the hash of writeCanonicalVolumeBytes(volume)
   * }</pre>
   *
   * @param volume the volume
   * @param digest the digest to update
   * @throws InvalidValueException naming the JSON pointer when the record has no canonical form (a
   *     text with a lone surrogate); the digest is then left as it was
   * @since 0.1.0
   */
  public static void writeCanonicalVolume(Volume volume, MessageDigest digest) {
    Objects.requireNonNull(volume, "volume");
    Objects.requireNonNull(digest, "digest");
    CanonicalVolumeWriter.write(volume, digest);
  }

  /**
   * Decodes any model value other than a volume (a catalogue entry, an item, an image, …).
   *
   * @param <T> the model type
   * @param json one JSON value of the type's documented schema
   * @param type the model type's class; {@code Volume.class} decodes as {@link #readVolume(String)}
   * @return the value, checked as its constructor checks it
   * @throws JsonDecodeException naming the JSON pointer and the reason
   */
  public static <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    if (type == Volume.class) {
      return type.cast(readVolume(json));
    }
    JsonParser parser = null;
    try {
      parser = MAPPER.createParser(json);
      T value = MAPPER.readerFor(type).readValue(parser);
      if (value == null) {
        throw new JsonDecodeException(null, 0, "", NOT_AN_OBJECT);
      }
      return value;
    } catch (JsonProcessingException e) {
      throw decodeError(e, parser, null, 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      closeQuietly(parser);
    }
  }

  /**
   * Encodes any model value (or a volume) as compact JSON.
   *
   * @param value the model value
   * @return the JSON text, on one line
   */
  public static String write(Object value) {
    Objects.requireNonNull(value, "value");
    if (value instanceof Volume v) {
      return writeVolume(v);
    }
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
