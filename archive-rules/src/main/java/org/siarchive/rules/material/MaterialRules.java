package org.siarchive.rules.material;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.id.Masking;
import org.siarchive.core.internal.ruledata.Pointers;
import org.siarchive.core.internal.ruledata.StrictLoader;
import org.siarchive.core.model.BusinessType;
import org.siarchive.core.model.ImageFormat;
import org.siarchive.core.ruledata.RuleDataException;
import org.siarchive.core.ruledata.TableEdition;
import org.siarchive.core.ruledata.Timeline;
import org.siarchive.core.ruledata.provider.RuleTable;
import org.siarchive.core.ruledata.provider.RuleTables;

/**
 * One edition of material rules (业务材料规则), loaded and checked: per business type the main form, the
 * required materials, the seals each must carry, whether images are required, and what scanning
 * each material needs. Loading is strict (STYLE.md #8): the core codec's strict binding, then
 * Jakarta Validation, then the semantic rules below; every failure is a {@link RuleDataException}
 * naming the source, the JSON pointer and the value.
 *
 * <p>Semantic rules: material codes are unique; business types are unique; each business type lists
 * a material at most once, only materials the edition defines, and exactly one main form, which is
 * required; a material's own resolution is not below the edition's floor; mandatory metadata fields
 * are not repeated.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * MaterialRules rules = MaterialRules.load(Path.of("tianjin-material-rules.json"));
 * TypeRules pension = rules.rulesFor(BusinessType.parse("PENSION/BENEFIT_DETERMINATION"))
 *     .orElseThrow();
 * pension.mainForm();  // the main form's material code
 * }</pre>
 *
 * @since 0.1.0
 */
public final class MaterialRules implements TableEdition {
  /** The kind of table material rules are, in a bundled-table index. */
  private static final String KIND = "material-rules";

  /** The newest version of the format ({@value MaterialRulesDocument#FORMAT}) this code reads. */
  private static final int FORMAT_VERSION = 1;

  private final MaterialRulesDocument document;
  private final String source;
  private final Map<String, MaterialDefinition> materials;
  private final Map<BusinessType, TypeRules> types;
  private final Map<String, TypeRules.Need> unlisted;
  private final TypeRules.Need unidentified;

  private MaterialRules(MaterialRulesDocument document, String source) {
    this.document = document;
    this.source = source;
    Map<String, MaterialDefinition> m = new LinkedHashMap<>();
    for (MaterialDefinition d : document.materials()) {
      m.put(d.code(), d);
    }
    this.materials = m;
    Map<String, TypeRules.Need> unlisted = new HashMap<>();
    for (MaterialDefinition d : document.materials()) {
      unlisted.put(d.code(), TypeRules.Need.unlisted(d, document.images()));
    }
    Map<BusinessType, TypeRules> t = new LinkedHashMap<>();
    for (BusinessTypeRule r : document.businessTypes()) {
      t.put(r.businessType(), new TypeRules(r, m, document.images(), unlisted));
    }
    this.types = t;
    this.unlisted = unlisted;
    this.unidentified = TypeRules.Need.unlisted(null, document.images());
  }

  /**
   * Loads an edition from a file.
   *
   * @param file the edition's JSON file
   * @return the edition
   * @throws RuleDataException naming the file, the JSON pointer and the value
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static MaterialRules load(Path file) {
    return of(StrictLoader.load(file, MaterialRulesDocument.class), file.toString());
  }

  /**
   * Loads an edition from a stream (not closed).
   *
   * @param in the edition's JSON
   * @param source the file or resource name, for messages
   * @return the edition
   * @throws RuleDataException naming the source, the JSON pointer and the value
   */
  public static MaterialRules load(InputStream in, String source) {
    return of(StrictLoader.load(in, MaterialRulesDocument.class, source), source);
  }

  /**
   * Checks a bound document: Jakarta Validation, then the semantic rules.
   *
   * @param source a name for messages
   * @throws RuleDataException naming the source, the JSON pointer and the value
   */
  static MaterialRules of(MaterialRulesDocument document, String source) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(source, "source");
    StrictLoader.validate(document, source);
    checkSemantics(document, source);
    return new MaterialRules(document, source);
  }

  /**
   * {@return the bundled illustrative edition: illustrative rows, not taken from any regulation}
   */
  public static MaterialRules bundledIllustrative() {
    return Bundled.EDITIONS.latest();
  }

  /**
   * {@return every bundled edition of the illustrative rule set, oldest to newest, each checked
   * against the SHA-256 its index records} A host adds its own with {@link
   * Timeline#with(TableEdition)}:
   *
   * <pre>{@code
   * Timeline<MaterialRules> book = MaterialRules.bundledEditions()
   *     .with(MaterialRules.load(Path.of("illustrative-2027.1.json")));
   * book.inForce(LocalDate.of(2026, 6, 1));  // the edition in force that day
   * }</pre>
   *
   * @throws RuleDataException when a bundled file differs from its index or is invalid
   */
  public static Timeline<MaterialRules> bundledEditions() {
    return Bundled.EDITIONS;
  }

  /**
   * {@return every edition of one rule set that some rule-data providers offer (for example {@link
   * RuleTables#installed()}), oldest to newest, each checked against its SHA-256 and its index
   * entry}
   *
   * @param tables the tables of the rule-data providers
   * @param id the rule set's id
   * @throws RuleDataException when a table is refused, its format is newer than this library reads,
   *     or its bytes differ from its index
   * @throws IllegalArgumentException when no provider offers the rule set
   */
  public static Timeline<MaterialRules> editionsOf(RuleTables tables, String id) {
    Objects.requireNonNull(tables, "tables");
    Objects.requireNonNull(id, "id");
    List<MaterialRules> list = new ArrayList<>();
    for (RuleTable t : tables.tables(KIND, FORMAT_VERSION)) {
      if (t.id().equals(id)) {
        MaterialRules rules =
            of(
                StrictLoader.load(
                    new ByteArrayInputStream(tables.bytes(t)),
                    MaterialRulesDocument.class,
                    t.file()),
                t.file());
        t.requireHolds(t.file(), rules.id(), rules.edition(), rules.effectiveFrom());
        list.add(rules);
      }
    }
    return Timeline.of(list);
  }

  /** The bundled editions, read and checked once per class loader. */
  private static final class Bundled {
    static final Timeline<MaterialRules> EDITIONS = load();

    private static Timeline<MaterialRules> load() {
      return editionsOf(RuleTables.installed(), "illustrative");
    }
  }

  private static void checkSemantics(MaterialRulesDocument d, String source) {
    Set<String> defined = new HashSet<>();
    for (int i = 0; i < d.materials().size(); i++) {
      MaterialDefinition m = d.materials().get(i);
      if (!defined.add(m.code())) {
        throw new RuleDataException(
            source,
            Pointers.at("materials", i, "code"),
            "duplicate material code",
            Masking.quoted(m.code()));
      }
      if (m.minDpi() != null && m.minDpi() < d.images().minDpi()) {
        throw new RuleDataException(
            source,
            Pointers.at("materials", i, "minDpi"),
            String.format(Locale.ROOT, "must not be below images/minDpi %d", d.images().minDpi()),
            m.minDpi().toString());
      }
    }
    Set<MetadataField> fields = new HashSet<>();
    for (int i = 0; i < d.mandatoryMetadata().size(); i++) {
      if (!fields.add(d.mandatoryMetadata().get(i))) {
        throw new RuleDataException(
            source,
            Pointers.at("mandatoryMetadata", i),
            "duplicate field",
            Masking.quoted(d.mandatoryMetadata().get(i).jsonName()));
      }
    }
    Map<BusinessType, Integer> seen = new HashMap<>();
    for (int i = 0; i < d.businessTypes().size(); i++) {
      BusinessTypeRule r = d.businessTypes().get(i);
      Integer before = seen.putIfAbsent(r.businessType(), i);
      if (before != null) {
        throw new RuleDataException(
            source,
            Pointers.at("businessTypes", i, "businessType"),
            String.format(
                Locale.ROOT, "duplicate business type, first at /businessTypes/%d", before),
            Masking.quoted(r.businessType().toString()));
      }
      Set<String> listed = new HashSet<>();
      int mainForms = 0;
      for (int j = 0; j < r.materials().size(); j++) {
        MaterialRequirement q = r.materials().get(j);
        String at = Pointers.at("businessTypes", i, "materials", j);
        if (!defined.contains(q.material())) {
          throw new RuleDataException(
              source,
              at + "/material",
              "no material with that code is defined",
              Masking.quoted(q.material()));
        }
        if (!listed.add(q.material())) {
          throw new RuleDataException(
              source,
              at + "/material",
              "material listed twice for the business type",
              Masking.quoted(q.material()));
        }
        if (q.mainForm()) {
          mainForms++;
          if (!q.required()) {
            throw new RuleDataException(
                source, at + "/required", "the main form must be required", "false");
          }
        }
      }
      if (mainForms != 1) {
        throw new RuleDataException(
            source,
            Pointers.at("businessTypes", i, "materials"),
            "exactly one material must be the main form",
            String.format(Locale.ROOT, "%d main forms", mainForms));
      }
    }
  }

  /** {@return the file or resource it was loaded from} */
  public String source() {
    return source;
  }

  /** The file or resource it was loaded from; the same as {@link #source()}. */
  @Override
  public String sourceName() {
    return source;
  }

  /** {@return the rule set's id} */
  public String id() {
    return document.id();
  }

  /** The rule set's id, the same for each of its editions; the same as {@link #id()}. */
  @Override
  public String tableId() {
    return document.id();
  }

  /** The edition. */
  @Override
  public String edition() {
    return document.edition();
  }

  /** The first day the edition is in force. */
  @Override
  public LocalDate effectiveFrom() {
    return document.effectiveFrom();
  }

  /** {@return the title of the rule set} */
  public String title() {
    return document.title();
  }

  /** {@return the edition as written, in the JSON format a host loads (indented, UTF-8 text)} */
  public String toJson() {
    return StrictLoader.write(document);
  }

  /** {@return true when the rows are illustrative} */
  public boolean illustrative() {
    return document.illustrative();
  }

  /**
   * {@return the name a report uses for this edition, e.g. {@code "material-rules illustrative
   * 2026.1 (illustrative)"}}
   */
  public String label() {
    return String.format(
        Locale.ROOT,
        "material-rules %s %s%s",
        id(),
        edition(),
        illustrative() ? " (illustrative)" : "");
  }

  /**
   * {@return the rules of a business type, when the edition has them}
   *
   * @param businessType the business type
   */
  public Optional<TypeRules> rulesFor(BusinessType businessType) {
    return Optional.ofNullable(types.get(Objects.requireNonNull(businessType, "businessType")));
  }

  /** {@return every business type's rules, in the document's order} */
  public List<TypeRules> businessTypes() {
    return List.copyOf(types.values());
  }

  /**
   * {@return a material's definition, when the edition defines it}
   *
   * @param code the material's code
   */
  public Optional<MaterialDefinition> material(String code) {
    return Optional.ofNullable(materials.get(Objects.requireNonNull(code, "code")));
  }

  /**
   * {@return the lowest resolution for a material outside any business type's rules: its own
   * minimum, else the edition's floor; the floor for an unknown or unidentified (null) material}
   *
   * @param material the material's code, or null when not identified
   */
  public int minDpi(@Nullable String material) {
    return needOutsideTypes(material).minDpi();
  }

  /**
   * {@return true when a material outside any business type's rules must be scanned in colour by
   * its own definition; false for an unknown or unidentified (null) material}
   *
   * @param material the material's code, or null when not identified
   */
  public boolean colourRequired(@Nullable String material) {
    return needOutsideTypes(material).colour();
  }

  private TypeRules.Need needOutsideTypes(@Nullable String material) {
    TypeRules.Need n = material == null ? null : unlisted.get(material);
    return n == null ? unidentified : n;
  }

  /** {@return the formats allowed for images} */
  public Set<ImageFormat> allowedFormats() {
    return document.images().allowedFormats();
  }

  /** {@return the mandatory metadata fields} */
  public List<MetadataField> mandatoryMetadata() {
    return document.mandatoryMetadata();
  }

  @Override
  public String toString() {
    return label();
  }
}
