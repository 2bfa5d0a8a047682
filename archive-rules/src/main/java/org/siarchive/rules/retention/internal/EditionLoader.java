package org.siarchive.rules.retention.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.id.Masking;
import org.siarchive.core.internal.ruledata.StrictLoader;
import org.siarchive.core.json.ArchiveJson;
import org.siarchive.core.model.RetentionPeriod;
import org.siarchive.core.ruledata.RuleDataException;
import org.siarchive.rules.retention.internal.EditionDocument.CategoryDocument;
import org.siarchive.rules.retention.internal.EditionDocument.RowDocument;

/**
 * Turns the bytes of one edition into a checked {@link EditionDocument}, in the three stages of
 * STYLE.md #8, and refuses it at the first problem with a {@link RuleDataException} naming the
 * file, the JSON pointer, the value and, for a problem in a row, the row id.
 *
 * <p>The first two are the module's one strict loader, {@link RuleData}; this class adds the row id
 * to its failures and the third stage.
 *
 * <ol>
 *   <li>Strict decoding with {@link ArchiveJson#read(java.io.InputStream, Class, String)}:
 *       malformed JSON, unknown properties, duplicate keys, trailing tokens, wrong types, nulls for
 *       primitives and missing required properties fail there.
 *   <li>Jakarta Validation of the annotated constraints.
 *   <li>Checks that span fields, here: the format version, unique category and row ids, row ids in
 *       NFKC form (half-width parentheses), period codes, confirmed rows complete, dates in order,
 *       no edition superseding or extending itself.
 * </ol>
 *
 * <p>Checks that need other editions (overlapping dates, the base, categories of the base) are the
 * registry's. A problem found at a pointer under {@code /rows/N} is reported with row N's id, read
 * from a lenient parse of the same bytes when the strict one failed (or, for a syntax error, from
 * the tokens before it).
 *
 * <p>Stateless and thread-safe.
 */
public final class EditionLoader {

  private static final JsonMapper CONTEXT_READER = JsonMapper.builder().build();

  private EditionLoader() {}

  /**
   * Decodes and checks one edition.
   *
   * @param bytes the UTF-8 document
   * @param source the file or resource name, for messages
   * @throws RuleDataException at the first problem
   */
  public static EditionDocument parse(byte[] bytes, String source) {
    EditionDocument doc;
    try {
      doc = StrictLoader.read(new ByteArrayInputStream(bytes), EditionDocument.class, source);
    } catch (RuleDataException e) {
      throw withRow(e, bytes);
    }
    if (doc.formatVersion() != EditionDocument.FORMAT_VERSION) {
      throw new RuleDataException(
          source,
          "/formatVersion",
          null,
          "unsupported format version (this library reads " + EditionDocument.FORMAT_VERSION + ")",
          Integer.toString(doc.formatVersion()));
    }
    StrictLoader.validate(doc, source, pointer -> rowIdAt(doc, pointer));
    checkSemantics(doc, source);
    return doc;
  }

  /** The period a row's code names, or null for a row without a period. */
  public static @Nullable RetentionPeriod period(RowDocument row) {
    return row.period() == null ? null : RetentionPeriod.parse(row.period());
  }

  private static void checkSemantics(EditionDocument doc, String source) {
    if (doc.effectiveUntil() != null && doc.effectiveUntil().isBefore(doc.effectiveFrom())) {
      throw new RuleDataException(
          source,
          "/effectiveUntil",
          null,
          "must not be before effectiveFrom " + doc.effectiveFrom(),
          doc.effectiveUntil().toString());
    }
    if (doc.edition().equals(doc.supersedes())) {
      throw new RuleDataException(
          source,
          "/supersedes",
          null,
          "an edition cannot supersede itself",
          Masking.quoted(doc.supersedes()));
    }
    if (doc.base() != null && doc.base().scheduleId().equals(doc.scheduleId())) {
      throw new RuleDataException(
          source,
          "/extends/scheduleId",
          null,
          "an edition extends another schedule's edition, not its own schedule",
          Masking.quoted(doc.base().scheduleId()));
    }
    Map<String, Integer> categories = new HashMap<>();
    List<CategoryDocument> cats = doc.categories();
    for (int i = 0; i < cats.size(); i++) {
      String id = cats.get(i).id();
      String pointer = "/categories/" + i + "/id";
      requireNfkc(id, source, pointer, null);
      Integer first = categories.putIfAbsent(id, i);
      if (first != null) {
        throw new RuleDataException(
            source,
            pointer,
            null,
            String.format(Locale.ROOT, "duplicate category id (first at /categories/%d/id)", first),
            Masking.quoted(id));
      }
    }
    Map<String, Integer> rows = new HashMap<>();
    List<RowDocument> list = doc.rows();
    for (int i = 0; i < list.size(); i++) {
      RowDocument row = list.get(i);
      String at = "/rows/" + i;
      requireNfkc(row.id(), source, at + "/id", row.id());
      Integer first = rows.putIfAbsent(row.id(), i);
      if (first != null) {
        throw new RuleDataException(
            source,
            at + "/id",
            row.id(),
            String.format(Locale.ROOT, "duplicate row id (first at /rows/%d/id)", first),
            Masking.quoted(row.id()));
      }
      if (row.period() != null) {
        try {
          RetentionPeriod.parse(row.period());
        } catch (InvalidValueException e) {
          throw new RuleDataException(
              source,
              at + "/period",
              row.id(),
              "unknown period code (" + e.constraint() + ")",
              Masking.quoted(row.period()));
        }
      }
      if (row.provenance().confirmed()) {
        requireWhenConfirmed(row.material(), source, at + "/material", row.id());
        requireWhenConfirmed(row.materialEn(), source, at + "/materialEn", row.id());
        requireWhenConfirmed(row.period(), source, at + "/period", row.id());
      }
    }
  }

  private static void requireWhenConfirmed(
      @Nullable String value, String source, String pointer, String rowId) {
    if (value == null) {
      throw new RuleDataException(
          source, pointer, rowId, "required when provenance.confirmed is true", "null");
    }
  }

  private static void requireNfkc(
      String id, String source, String pointer, @Nullable String rowId) {
    if (!Normalizer.isNormalized(id, Normalizer.Form.NFKC)) {
      throw new RuleDataException(
          source,
          pointer,
          rowId,
          "ids are written in NFKC form, e.g. half-width parentheses "
              + Normalizer.normalize(id, Normalizer.Form.NFKC),
          Masking.quoted(id));
    }
  }

  /** A binding failure with the row id and the value, read from a lenient parse of the bytes. */
  private static RuleDataException withRow(RuleDataException e, byte[] bytes) {
    String rowId = null;
    String value = null;
    JsonNode tree = lenientTree(bytes);
    if (tree == null) {
      rowId = rowIdBeforeFailure(bytes, rowIndex(e.pointer()));
    } else {
      rowId = rowIdAt(tree, e.pointer());
      JsonNode at = e.pointer().isEmpty() ? null : tree.at(e.pointer());
      if (at != null && at.isValueNode()) {
        String shown = at.isTextual() ? Masking.quoted(at.asText()) : at.toString();
        value = e.reason().contains(shown) ? null : shown;
      }
    }
    return new RuleDataException(e.source(), e.pointer(), rowId, e.reason(), value, e.getCause());
  }

  private static @Nullable JsonNode lenientTree(byte[] bytes) {
    try {
      return CONTEXT_READER.readTree(bytes);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The id of row {@code index} as far as a malformed document can be read: streams its tokens up
   * to the syntax error and keeps the {@code id} read at {@code /rows/index/id}, if reached.
   */
  private static @Nullable String rowIdBeforeFailure(byte[] bytes, int index) {
    if (index < 0) {
      return null;
    }
    String wanted = "/rows/" + index + "/id";
    try (JsonParser p = CONTEXT_READER.createParser(bytes)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.VALUE_STRING
            && p.getParsingContext().pathAsPointer().toString().equals(wanted)) {
          return p.getText();
        }
      }
    } catch (IOException | RuntimeException ex) {
      return null;
    }
    return null;
  }

  private static @Nullable String rowIdAt(JsonNode tree, String pointer) {
    int index = rowIndex(pointer);
    if (index < 0) {
      return null;
    }
    JsonNode id = tree.path("rows").path(index).path("id");
    return id.isTextual() ? id.asText() : null;
  }

  private static @Nullable String rowIdAt(EditionDocument doc, String pointer) {
    int index = rowIndex(pointer);
    if (index < 0 || index >= doc.rows().size() || doc.rows().get(index) == null) {
      return null;
    }
    return doc.rows().get(index).id();
  }

  /** The index N of a pointer {@code /rows/N...}, or -1. */
  static int rowIndex(String pointer) {
    if (!pointer.startsWith("/rows/")) {
      return -1;
    }
    int end = pointer.indexOf('/', 6);
    String n = end < 0 ? pointer.substring(6) : pointer.substring(6, end);
    try {
      return Integer.parseInt(n);
    } catch (NumberFormatException ex) {
      return -1;
    }
  }
}
