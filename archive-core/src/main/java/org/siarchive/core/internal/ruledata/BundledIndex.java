package org.siarchive.core.internal.ruledata;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.id.Masking;
import org.siarchive.core.ruledata.RuleDataException;

/**
 * The index of a directory of bundled rule tables ({@value #RESOURCE}, next to the tables), in the
 * one format of siarchive ({@value #FORMAT}; archive-sampling reads the same format with its own
 * parser): per table its file, kind, id, edition, format version and SHA-256, in load order.
 * Bundled tables are read only through it: a file whose digest differs from the index is refused,
 * so a changed table cannot ship unnoticed, and a table whose format is newer than the code reads
 * is refused before it is parsed.
 *
 * <pre>{@code
 * {
 *   "format": "siarchive-rule-index/1",
 *   "tables": [
 *     {"file": "cn-national-2009.json", "kind": "retention-edition", "id": "cn-national",
 *      "edition": "2009", "formatVersion": 1, "sha256": "6cae05..."}
 *   ]
 * }
 * }</pre>
 *
 * @param format {@value #FORMAT}
 * @param minimumCodeVersion the oldest siarchive version that reads every table listed, when a
 *     table's format is newer than the first; may be null
 * @param tables the bundled tables, in load order (a base before the editions that extend it)
 */
public record BundledIndex(
    @JsonProperty(required = true) @NotNull @Pattern(regexp = FORMAT, message = "must be " + FORMAT)
        String format,
    @Pattern(regexp = VERSION, message = "a version such as 0.2.0") String minimumCodeVersion,
    @JsonProperty(required = true) @NotNull @Size(min = 1, max = 1000)
        List<@NotNull @Valid Entry> tables) {

  /** The format this library reads. */
  public static final String FORMAT = "siarchive-rule-index/1";

  /** The index's resource name, next to the tables it lists. */
  public static final String RESOURCE = "index.json";

  /** The form of a kind of table, e.g. {@code retention-edition}. */
  public static final String KIND = "[a-z][a-z0-9-]{0,63}";

  /** The form of a table id, e.g. {@code cn-national}. */
  public static final String ID = "[a-z0-9][a-z0-9._-]{0,99}";

  /** The form of a version, e.g. {@code 0.2.0}. */
  public static final String VERSION = "[0-9]{1,9}(\\.[0-9]{1,9}){1,3}(-[0-9A-Za-z.-]{1,32})?";

  /** The form of an edition id, e.g. {@code 2026.1}. */
  public static final String EDITION = "[0-9A-Za-z][0-9A-Za-z._+-]{0,63}";

  /**
   * Copies the list.
   *
   * @param format {@value #FORMAT}
   * @param minimumCodeVersion the oldest siarchive version that reads every table listed, when a
   *     table's format is newer than the first; may be null
   * @param tables the bundled tables, in load order (a base before the editions that extend it)
   */
  public BundledIndex {
    tables =
        tables == null
            ? null
            : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(tables));
  }

  /**
   * One bundled table.
   *
   * @param file the resource name, next to the index
   * @param kind the kind of table, e.g. {@code retention-edition}, {@code material-rules}, {@code
   *     defect-catalogue}, {@code iso2859-code-letters}, {@code iso2859-plans}
   * @param id the table's id, the same for each of its editions
   * @param edition the edition the file holds
   * @param effectiveFrom the first day the edition is in force, for tables that have one; may be
   *     null; the loaded table must agree
   * @param formatVersion the version of the kind's format the file is written in, 1 or more
   * @param sha256 the file's SHA-256, 64 lower-case hexadecimal digits
   */
  public record Entry(
      @JsonProperty(required = true) @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,99}\\.json")
          String file,
      @JsonProperty(required = true) @NotNull @Pattern(regexp = KIND) String kind,
      @JsonProperty(required = true) @NotNull @Pattern(regexp = ID) String id,
      @JsonProperty(required = true) @NotNull @Pattern(regexp = EDITION) String edition,
      LocalDate effectiveFrom,
      @JsonProperty(required = true) @Min(1) @Max(1000) int formatVersion,
      @JsonProperty(required = true) @NotNull @Pattern(regexp = "[0-9a-f]{64}") String sha256) {}

  /**
   * Reads the index next to the anchor class, strictly: binding, validation, then no file, and no
   * kind, id and edition, listed twice.
   *
   * @param anchor the class whose package holds {@value #RESOURCE}, found as its resources
   * @return the index
   * @throws RuleDataException when it is missing or malformed
   */
  public static BundledIndex of(Class<?> anchor) {
    try (InputStream in = open(anchor, RESOURCE)) {
      return read(in, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads an index from a stream (not closed), strictly.
   *
   * @param in the index's bytes, UTF-8 JSON
   * @param source the name of the index, for messages
   * @return the index
   * @throws RuleDataException when it is malformed
   */
  public static BundledIndex read(InputStream in, String source) {
    BundledIndex index = StrictLoader.load(in, BundledIndex.class, source);
    Map<String, Integer> files = new HashMap<>();
    Map<String, Integer> editions = new HashMap<>();
    for (int i = 0; i < index.tables.size(); i++) {
      Entry e = index.tables.get(i);
      Integer first = files.putIfAbsent(e.file(), i);
      if (first != null) {
        throw new RuleDataException(
            source,
            "/tables/" + i + "/file",
            String.format(Locale.ROOT, "file listed twice (first at /tables/%d/file)", first),
            Masking.quoted(e.file()));
      }
      String key = e.kind() + " " + e.id() + " " + e.edition();
      first = editions.putIfAbsent(key, i);
      if (first != null) {
        throw new RuleDataException(
            source,
            "/tables/" + i + "/edition",
            String.format(
                Locale.ROOT,
                "%s %s edition listed twice (first at /tables/%d)",
                e.kind(),
                e.id(),
                first),
            Masking.quoted(e.edition()));
      }
    }
    return index;
  }

  /**
   * The entry at a position, refused when its kind is not the one expected or its format is newer
   * than the code reads.
   *
   * @param position the entry's index in {@link #tables()}, from 0
   * @param kind the kind of table expected there, e.g. {@code retention-edition}
   * @param newestFormat the newest format version of the kind that this code reads
   * @return the entry
   * @throws RuleDataException naming the index, the entry's pointer and the value
   */
  public Entry entry(int position, String kind, int newestFormat) {
    return entry(RESOURCE, position, kind, newestFormat);
  }

  /**
   * As {@link #entry(int, String, int)}, for an index read under another name.
   *
   * @param source the name the index was read under, for messages
   * @param position the entry's index in {@link #tables()}, from 0
   * @param kind the kind of table expected there, e.g. {@code retention-edition}
   * @param newestFormat the newest format version of the kind that this code reads
   * @return the entry
   * @throws RuleDataException naming the source, the entry's pointer and the value
   */
  public Entry entry(String source, int position, String kind, int newestFormat) {
    Entry e = tables.get(position);
    if (!e.kind().equals(kind)) {
      throw new RuleDataException(
          source,
          "/tables/" + position + "/kind",
          "expected a table of kind " + kind,
          Masking.quoted(e.kind()));
    }
    if (e.formatVersion() > newestFormat) {
      throw new RuleDataException(
          source,
          "/tables/" + position + "/formatVersion",
          String.format(
              Locale.ROOT,
              "%s format version newer than this library reads (valid values 1 - %d)%s",
              kind,
              newestFormat,
              minimumCodeVersion == null
                  ? ""
                  : "; siarchive " + minimumCodeVersion + " or later reads it"),
          Integer.toString(e.formatVersion()));
    }
    return e;
  }

  /**
   * Refuses a loaded table that is not the one its entry names.
   *
   * @param entry the table's entry in the index
   * @param source the name the table was loaded under
   * @param id the id the loaded table declares
   * @param edition the edition the loaded table declares
   * @throws RuleDataException naming the source
   */
  public static void requireHolds(Entry entry, String source, String id, String edition) {
    requireHolds(entry, source, id, edition, null);
  }

  /**
   * Refuses a loaded table that is not the one its entry names, or in force from another day than
   * its entry says.
   *
   * @param entry the table's entry in the index
   * @param source the name the table was loaded under
   * @param id the id the loaded table declares
   * @param edition the edition the loaded table declares
   * @param effectiveFrom the loaded table's first day, or null when it has none
   * @throws RuleDataException naming the source
   */
  public static void requireHolds(
      Entry entry, String source, String id, String edition, @Nullable LocalDate effectiveFrom) {
    if (entry.effectiveFrom() != null
        && effectiveFrom != null
        && !entry.effectiveFrom().equals(effectiveFrom)) {
      throw new RuleDataException(
          source,
          "/effectiveFrom",
          "differs from the effectiveFrom "
              + entry.effectiveFrom()
              + " that "
              + RESOURCE
              + " names",
          effectiveFrom.toString());
    }
    if (!entry.id().equals(id) || !entry.edition().equals(edition)) {
      throw new RuleDataException(
          source,
          "",
          "holds "
              + id
              + " "
              + edition
              + ", not the "
              + entry.id()
              + " "
              + entry.edition()
              + " that "
              + RESOURCE
              + " names",
          null);
    }
  }

  /**
   * The bytes of the bundled file at a position, checked against its digest.
   *
   * @param anchor the class whose package holds the bundled files, found as its resources
   * @param position the entry's index in {@link #tables()}, from 0
   * @return the file's bytes
   * @throws RuleDataException when the file is missing or its digest differs from the index
   */
  public byte[] bytes(Class<?> anchor, int position) {
    Entry entry = tables.get(position);
    byte[] bytes;
    try (InputStream in = open(anchor, entry.file())) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String actual = sha256(bytes);
    if (!actual.equals(entry.sha256())) {
      throw new RuleDataException(
          entry.file(),
          "",
          "SHA-256 differs from " + RESOURCE + " /tables/" + position + "/sha256 " + entry.sha256(),
          actual);
    }
    return bytes;
  }

  /**
   * Reads, checks against its digest, binds and validates the bundled file at a position.
   *
   * @param <T> the type the file binds to
   * @param anchor the class whose package holds the bundled files, found as its resources
   * @param position the entry's index in {@link #tables()}, from 0
   * @param type the class the file binds to
   * @return the bound and validated table
   * @throws RuleDataException when the file is missing, differs from the index or is invalid
   */
  public <T> T load(Class<?> anchor, int position, Class<T> type) {
    return StrictLoader.load(
        new ByteArrayInputStream(bytes(anchor, position)), type, tables.get(position).file());
  }

  /**
   * Lower-case hex SHA-256 of the bytes.
   *
   * @param bytes the bytes
   * @return 64 lower-case hexadecimal digits
   */
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
