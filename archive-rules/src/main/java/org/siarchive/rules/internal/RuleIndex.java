package org.siarchive.rules.internal;

import org.siarchive.core.id.Masking;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.siarchive.core.json.ArchiveJson;
import org.siarchive.core.json.JsonDecodeException;
import org.siarchive.rules.RuleDataException;

/**
 * The index of a directory of bundled rule tables ({@code index.json}): each file's name and its
 * SHA-256, in load order. The loader takes the list of files from it; a test recomputes every
 * digest, so that a bundled table never changes unnoticed.
 *
 * @param format {@value #FORMAT}
 * @param files the bundled files, in load order
 */
public record RuleIndex(
    @JsonProperty(required = true) String format, @JsonProperty(required = true) List<Entry> files) {

  /** The format this library reads. */
  public static final String FORMAT = "siarchive-rule-index/1";

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}\\.json");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  /**
   * One bundled file.
   *
   * @param name the file name, next to the index
   * @param sha256 the file's SHA-256, 64 lower-case hexadecimal digits
   */
  public record Entry(
      @JsonProperty(required = true) String name, @JsonProperty(required = true) String sha256) {}

  /** Reads the index next to the anchor class. */
  public static RuleIndex of(Class<?> anchor) {
    String resource = "index.json";
    RuleIndex index;
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new RuleDataException(resource, "", "resource not found", (String) null);
      }
      index = ArchiveJson.read(in, RuleIndex.class, resource);
    } catch (JsonDecodeException e) {
      throw new RuleDataException(resource, e.pointer(), null, e.reason(), null, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!FORMAT.equals(index.format())) {
      throw new RuleDataException(resource, "/format", "expected " + FORMAT, Masking.quoted(index.format()));
    }
    for (int i = 0; i < index.files().size(); i++) {
      Entry e = index.files().get(i);
      if (e == null || e.name() == null || !NAME.matcher(e.name()).matches()) {
        throw new RuleDataException(
            resource, String.format(Locale.ROOT, "/files/%d/name", i), "pattern " + NAME.pattern(),
            e == null ? "null" : Masking.quoted(e.name()));
      }
      if (e.sha256() == null || !SHA256.matcher(e.sha256()).matches()) {
        throw new RuleDataException(
            resource, String.format(Locale.ROOT, "/files/%d/sha256", i), "pattern " + SHA256.pattern(),
            Masking.quoted(e.sha256()));
      }
    }
    return index;
  }
}
