package org.siarchive.sampling.internal.json;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.siarchive.sampling.RuleDataException;

/**
 * The index of this module's bundled tables ({@value #RESOURCE}, next to them), in the one format
 * of siarchive, {@value #FORMAT}, read here with this module's own strict parser because
 * archive-sampling does not depend on archive-core (whose rule-data kernel reads the same format):
 * per table its file, kind, id, edition, format version and SHA-256, in load order. The checks and
 * their wording are the kernel's: a file whose digest differs from the index, a file or an edition
 * listed twice, and a table whose format is newer than the code reads are refused.
 */
public final class BundledIndex {
  /** The format this library reads. */
  public static final String FORMAT = "siarchive-rule-index/1";

  /** The index's resource name, next to the tables it lists. */
  public static final String RESOURCE = "index.json";

  private static final Pattern FILE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}\\.json");
  private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,63}");
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
  private static final Pattern EDITION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._+-]{0,63}");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  /**
   * One bundled table.
   *
   * @param file the resource name, next to the index
   * @param kind the kind of table, e.g. {@code iso2859-plans}
   * @param id the table's id
   * @param edition the edition the file holds
   * @param formatVersion the version of the kind's format the file is written in
   * @param sha256 the file's SHA-256, lower-case hexadecimal
   */
  public record Entry(
      String file, String kind, String id, String edition, int formatVersion, String sha256) {}

  private final List<Entry> tables;

  private BundledIndex(List<Entry> tables) {
    this.tables = List.copyOf(tables);
  }

  /**
   * Reads the index next to the anchor class, strictly.
   *
   * @throws RuleDataException when it is missing or malformed
   */
  public static BundledIndex of(Class<?> anchor) {
    return parse(RESOURCE, new String(read(anchor, RESOURCE), StandardCharsets.UTF_8));
  }

  /**
   * Parses an index, strictly.
   *
   * @param source the name of the index, for messages
   * @throws RuleDataException when it is malformed
   */
  public static BundledIndex parse(String source, String text) {
    Node root = StrictJson.parse(source, text).requireKeys(Set.of("format", "tables"), Set.of());
    Node format = root.get("format");
    if (!format.asString().equals(FORMAT)) {
      throw format.error("must be " + FORMAT, "\"" + format.asString() + "\"");
    }
    List<Node> nodes = root.get("tables").elements();
    if (nodes.isEmpty() || nodes.size() > 1000) {
      throw root.get("tables").error("size must be between 1 and 1000", nodes.size() + " elements");
    }
    List<Entry> entries = new ArrayList<>();
    Map<String, Integer> files = new HashMap<>();
    Map<String, Integer> editions = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      Node n =
          nodes
              .get(i)
              .requireKeys(
                  Set.of("file", "kind", "id", "edition", "formatVersion", "sha256"), Set.of());
      Entry e =
          new Entry(
              text(n, "file", FILE),
              text(n, "kind", KIND),
              text(n, "id", ID),
              text(n, "edition", EDITION),
              n.get("formatVersion").asInt(1, 1000),
              text(n, "sha256", SHA256));
      Integer first = files.putIfAbsent(e.file(), i);
      if (first != null) {
        throw n.get("file")
            .error(
                String.format(Locale.ROOT, "file listed twice (first at /tables/%d/file)", first),
                "\"" + e.file() + "\"");
      }
      first = editions.putIfAbsent(e.kind() + " " + e.id() + " " + e.edition(), i);
      if (first != null) {
        throw n.get("edition")
            .error(
                String.format(
                    Locale.ROOT,
                    "%s %s edition listed twice (first at /tables/%d)",
                    e.kind(),
                    e.id(),
                    first),
                "\"" + e.edition() + "\"");
      }
      entries.add(e);
    }
    return new BundledIndex(entries);
  }

  private static String text(Node n, String key, Pattern form) {
    Node v = n.get(key);
    String s = v.asString();
    if (!form.matcher(s).matches()) {
      throw v.error("must match \"" + form.pattern() + "\"", "\"" + s + "\"");
    }
    return s;
  }

  /** The tables, in load order. */
  public List<Entry> tables() {
    return tables;
  }

  /**
   * The entry at a position, refused when its kind is not the one expected or its format is newer
   * than the code reads.
   *
   * @param newestFormat the newest format version of the kind that this code reads
   * @throws RuleDataException naming the index, the entry's pointer and the value
   */
  public Entry entry(int position, String kind, int newestFormat) {
    Entry e = tables.get(position);
    if (!e.kind().equals(kind)) {
      throw new RuleDataException(
          RESOURCE,
          "/tables/" + position + "/kind",
          "expected a table of kind " + kind,
          "\"" + e.kind() + "\"");
    }
    if (e.formatVersion() > newestFormat) {
      throw new RuleDataException(
          RESOURCE,
          "/tables/" + position + "/formatVersion",
          String.format(
              Locale.ROOT,
              "%s format version newer than this library reads (valid values 1 - %d)",
              kind,
              newestFormat),
          Integer.toString(e.formatVersion()));
    }
    return e;
  }

  /**
   * The text of the bundled file at a position, checked against its digest.
   *
   * @throws RuleDataException when the file is missing or its digest differs from the index
   */
  public String text(Class<?> anchor, int position) {
    Entry entry = tables.get(position);
    byte[] bytes = read(anchor, entry.file());
    String actual = Hashing.sha256().hashBytes(bytes).toString();
    if (!actual.equals(entry.sha256())) {
      throw new RuleDataException(
          entry.file(),
          "",
          "SHA-256 differs from " + RESOURCE + " /tables/" + position + "/sha256 " + entry.sha256(),
          actual);
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static byte[] read(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new RuleDataException(
            name, "", "bundled resource not found next to " + anchor.getName(), null);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
