package org.siarchive.rules.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.siarchive.rules.RuleDataException;
import org.siarchive.rules.retention.internal.EditionDocument;

/**
 * The index of a directory of bundled rule tables ({@value #RESOURCE}, next to the tables): each
 * file's name and SHA-256, in load order, and for a retention edition the schedule id and edition
 * it holds. Bundled tables are read only through it, and a file whose digest differs from the index
 * is refused at load, so a changed table cannot ship unnoticed; tests recompute every digest and
 * check that {@code CHANGELOG.md} has a "Rule data" entry for every bundled table.
 *
 * @param format {@value #FORMAT}
 * @param files the bundled files, in load order (a base before the editions that extend it)
 */
public record BundledIndex(
    @JsonProperty(required = true) @NotNull @Pattern(regexp = FORMAT, message = "must be " + FORMAT) String format,
    @JsonProperty(required = true) @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid Entry> files) {

  /** The format this library reads. */
  public static final String FORMAT = "siarchive-rule-index/1";

  /** The index's resource name, next to the tables it lists. */
  public static final String RESOURCE = "index.json";

  /**
   * One bundled file.
   *
   * @param name the resource name, next to the index
   * @param sha256 its SHA-256, 64 lower-case hexadecimal digits
   * @param scheduleId for a retention edition, the schedule id it holds; otherwise null
   * @param edition for a retention edition, the edition it holds; otherwise null
   */
  public record Entry(
      @JsonProperty(required = true) @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,99}\\.json") String name,
      @JsonProperty(required = true) @NotNull @Pattern(regexp = "[0-9a-f]{64}") String sha256,
      @Pattern(regexp = EditionDocument.SCHEDULE_ID) @Nullable String scheduleId,
      @Pattern(regexp = EditionDocument.EDITION_ID) @Nullable String edition) {

    /** A file of a table that is not a retention edition. */
    public Entry(String name, String sha256) {
      this(name, sha256, null, null);
    }
  }

  /**
   * Reads the index next to the anchor class, strictly.
   *
   * @throws RuleDataException when it is missing or malformed
   */
  public static BundledIndex of(Class<?> anchor) {
    try (InputStream in = open(anchor, RESOURCE)) {
      return RuleData.load(in, BundledIndex.class, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The bytes of a bundled file next to the anchor class, checked against its digest.
   *
   * @param position the entry's position in {@link #files()}, for the message
   * @throws RuleDataException when the file is missing or its digest differs from the index
   */
  public static byte[] read(Class<?> anchor, Entry entry, int position) {
    byte[] bytes;
    try (InputStream in = open(anchor, entry.name())) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String actual = sha256(bytes);
    if (!actual.equals(entry.sha256())) {
      throw new RuleDataException(
          entry.name(),
          "",
          "SHA-256 differs from " + RESOURCE + " /files/" + position + "/sha256 " + entry.sha256(),
          actual);
    }
    return bytes;
  }

  /**
   * Reads, checks against its digest, binds and validates the bundled file at a position.
   *
   * @throws RuleDataException when the file is missing, differs from the index or is invalid
   */
  public <T> T load(Class<?> anchor, int position, Class<T> type) {
    Entry entry = files.get(position);
    return RuleData.load(
        new java.io.ByteArrayInputStream(read(anchor, entry, position)), type, entry.name());
  }

  /** Lower-case hex SHA-256 of the bytes. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  private static InputStream open(Class<?> anchor, String name) throws IOException {
    InputStream in = anchor.getResourceAsStream(name);
    if (in == null) {
      throw new RuleDataException(
          name, "", "bundled resource not found next to " + anchor.getName(), null);
    }
    return in;
  }
}
