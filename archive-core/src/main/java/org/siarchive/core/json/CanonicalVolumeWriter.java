package org.siarchive.core.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.siarchive.core.internal.json.Jcs;
import org.siarchive.core.internal.json.StrictMapper;
import org.siarchive.core.model.Volume;

/**
 * A volume record's RFC 8785 canonical form in one pass, instead of writing the record, parsing it
 * into a tree and writing the tree. Jackson serialises the record (the same serialisers as {@link
 * ArchiveJson#writeVolumeBytes}) with every object's members sorted by name ({@link String} order
 * is the UTF-16 code-unit order of RFC 8785 §3.2.3), no whitespace, supplementary characters as
 * four UTF-8 bytes, and control characters escaped as RFC 8785 §3.2.2.2 does ({@code \b \t \n \f
 * \r}, the others as six-character escapes with lower-case hexadecimal digits). A record holds only
 * integers and text; for a value this pass leaves to the tree writer (a number that is not an
 * integer within ±2^53, a text with a lone surrogate) it stops, and the record goes through {@link
 * Jcs}, which writes or refuses it, so the bytes and the refusals are the tree writer's in every
 * case.
 */
final class CanonicalVolumeWriter {
  private static final long MAX_EXACT = 1L << 53;

  private static final JsonMapper MAPPER =
      ((JsonMapper) StrictMapper.create())
          .rebuild()
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
          .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
          .addMixIn(VolumeJson.class, Alphabetic.class)
          .build();

  private static final ObjectWriter WRITER = MAPPER.writerFor(VolumeJson.class);

  /** Replaces the record's explicit member order by the name order. */
  @JsonPropertyOrder(alphabetic = true)
  private abstract static class Alphabetic {}

  private CanonicalVolumeWriter() {}

  /** {@return the canonical bytes of the volume's record} */
  static byte[] write(Volume volume) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    try (JsonGenerator g = new Guard(MAPPER.getFactory().createGenerator(out))) {
      WRITER.writeValue(g, VolumeJson.from(volume));
    } catch (LeftToTree e) {
      return Jcs.toBytes(Jcs.parse(ArchiveJson.writeVolumeBytes(volume)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A value this pass leaves to the tree writer; an IOException so that Jackson passes it on. */
  private static final class LeftToTree extends IOException {
    private static final long serialVersionUID = 1L;

    LeftToTree() {
      super("left to the tree writer");
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this; // control flow, not an error: no stack to record
    }
  }

  /**
   * Lets through the values whose bytes Jackson writes exactly as RFC 8785 does, and stops at the
   * others.
   */
  private static final class Guard extends JsonGeneratorDelegate {
    Guard(JsonGenerator out) {
      super(out, false);
    }

    private static void text(String s) throws LeftToTree {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isSurrogate(c)) {
          if (!Character.isHighSurrogate(c)
              || i + 1 == s.length()
              || !Character.isLowSurrogate(s.charAt(i + 1))) {
            throw new LeftToTree();
          }
          i++;
        }
      }
    }

    @Override
    public void writeFieldName(String name) throws IOException {
      text(name);
      super.writeFieldName(name);
    }

    @Override
    public void writeFieldName(SerializableString name) throws IOException {
      text(name.getValue());
      super.writeFieldName(name);
    }

    @Override
    public void writeString(String value) throws IOException {
      text(value);
      super.writeString(value);
    }

    @Override
    public void writeString(SerializableString value) throws IOException {
      text(value.getValue());
      super.writeString(value);
    }

    @Override
    public void writeString(char[] value, int offset, int len) throws IOException {
      text(new String(value, offset, len));
      super.writeString(value, offset, len);
    }

    @Override
    public void writeNumber(long v) throws IOException {
      if (v > MAX_EXACT || v < -MAX_EXACT) {
        throw new LeftToTree();
      }
      super.writeNumber(v);
    }

    @Override
    public void writeNumber(BigInteger v) throws IOException {
      throw new LeftToTree();
    }

    @Override
    public void writeNumber(double v) throws IOException {
      throw new LeftToTree();
    }

    @Override
    public void writeNumber(float v) throws IOException {
      throw new LeftToTree();
    }

    @Override
    public void writeNumber(BigDecimal v) throws IOException {
      throw new LeftToTree();
    }

    @Override
    public void writeNumber(String encodedValue) throws IOException {
      throw new LeftToTree();
    }

    @Override
    public void writeRawValue(String text) throws IOException {
      throw new LeftToTree();
    }
  }
}
