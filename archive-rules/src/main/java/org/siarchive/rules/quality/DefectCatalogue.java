package org.siarchive.rules.quality;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.id.Masking;
import org.siarchive.core.internal.ruledata.Pointers;
import org.siarchive.core.internal.ruledata.StrictLoader;
import org.siarchive.core.ruledata.RuleDataException;
import org.siarchive.core.ruledata.provider.RuleTable;
import org.siarchive.core.ruledata.provider.RuleTables;
import org.siarchive.rules.Language;

/**
 * The defect catalogue (缺陷目录): every kind of defect the checks report, as data. Loading is strict
 * (STYLE.md #8): strict binding, Jakarta Validation, then semantic rules — codes unique, argument
 * names unique, every {@code {name}} in a template declared, no row listing stage {@code all}. A
 * host adds rows for codes of its own checks with {@link #with(DefectCatalogue)}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * DefectCatalogue catalogue = DefectCatalogue.bundled();
 * catalogue.codesFor(Stage.AUDIT_POST);      // the codes the audit post looks for
 * catalogue.message(defect, Language.ZH);    // e.g. "实物7件，目录8件"
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DefectCatalogue {
  private static final class Bundled {
    private static final DefectCatalogue CATALOGUE = loadBundled();
  }

  /** The kind of table a catalogue is, in a rule-data index. */
  private static final String KIND = "defect-catalogue";

  /** How checks join a list argument ({@code Numbers.list}, sorted enum names). */
  private static final Pattern LIST_SEPARATOR = Pattern.compile(", ");

  private final DefectCatalogueDocument document;
  private final Map<DefectCode, DefectType> types;
  private final Map<Stage, Set<DefectCode>> byStage;
  private final Map<String, MessageTerms> termsByArgument;

  private DefectCatalogue(DefectCatalogueDocument document) {
    this.document = document;
    Map<DefectCode, DefectType> map = new LinkedHashMap<>();
    Map<Stage, Set<DefectCode>> stages = new EnumMap<>(Stage.class);
    for (Stage s : Stage.values()) {
      stages.put(s, new LinkedHashSet<>());
    }
    for (DefectType t : document.defects()) {
      DefectCode code = t.defectCode();
      map.put(code, t);
      Objects.requireNonNull(stages.get(Stage.ALL)).add(code);
      for (Stage s : t.stages()) {
        Objects.requireNonNull(stages.get(s)).add(code);
      }
    }
    this.types = Collections.unmodifiableMap(map);
    stages.replaceAll((k, v) -> Collections.unmodifiableSet(v));
    this.byStage = stages;
    Map<String, MessageTerms> terms = new LinkedHashMap<>();
    for (MessageTerms t : document.terms()) {
      for (String argument : t.arguments()) {
        terms.put(argument, t);
      }
    }
    this.termsByArgument = Collections.unmodifiableMap(terms);
  }

  /** {@return the bundled catalogue} */
  public static DefectCatalogue bundled() {
    return Bundled.CATALOGUE;
  }

  private static DefectCatalogue loadBundled() {
    return newestOf(RuleTables.installed());
  }

  /**
   * {@return the newest catalogue edition that some rule-data providers offer (for example {@link
   * RuleTables#installed()}): the last one listed, providers in order}
   *
   * @param tables the tables of the rule-data providers
   * @throws RuleDataException when a table is refused, its format is newer than this library reads,
   *     or its bytes differ from its index, or no provider offers a catalogue
   */
  public static DefectCatalogue newestOf(RuleTables tables) {
    Objects.requireNonNull(tables, "tables");
    List<RuleTable> offered = tables.tables(KIND, 1);
    if (offered.isEmpty()) {
      throw new RuleDataException(
          "rule-data providers " + tables.providers(), "", "no provider offers a " + KIND, null);
    }
    RuleTable t = offered.get(offered.size() - 1);
    DefectCatalogue catalogue =
        of(
            StrictLoader.load(
                new ByteArrayInputStream(tables.bytes(t)), DefectCatalogueDocument.class, t.file()),
            t.file());
    t.requireHolds(t.file(), t.id(), catalogue.edition(), null);
    return catalogue;
  }

  /**
   * Loads a catalogue from a file.
   *
   * @param file the catalogue's JSON file
   * @return the catalogue
   * @throws RuleDataException naming the file, the JSON pointer and the value
   */
  public static DefectCatalogue load(Path file) {
    return of(StrictLoader.load(file, DefectCatalogueDocument.class), file.toString());
  }

  /**
   * Loads a catalogue from a stream (not closed).
   *
   * @param in the catalogue's JSON
   * @param source the file or resource name, for messages
   * @return the catalogue
   * @throws RuleDataException naming the source, the JSON pointer and the value
   */
  public static DefectCatalogue load(InputStream in, String source) {
    return of(StrictLoader.load(in, DefectCatalogueDocument.class, source), source);
  }

  /**
   * Checks a bound document: Jakarta Validation, then the semantic rules.
   *
   * @throws RuleDataException naming the source, the JSON pointer and the value
   */
  static DefectCatalogue of(DefectCatalogueDocument document, String source) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(source, "source");
    StrictLoader.validate(document, source);
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < document.defects().size(); i++) {
      DefectType t = document.defects().get(i);
      Integer first = seen.putIfAbsent(t.code(), i);
      if (first != null) {
        throw new RuleDataException(
            source,
            Pointers.at("defects", i, "code"),
            String.format(Locale.ROOT, "duplicate code, first at /defects/%d", first),
            Masking.quoted(t.code()));
      }
      if (t.stages().contains(Stage.ALL)) {
        throw new RuleDataException(
            source,
            Pointers.at("defects", i, "stages"),
            "stage all is implied, not listed",
            "\"all\"");
      }
      Set<String> args = new LinkedHashSet<>(t.arguments());
      if (args.size() != t.arguments().size()) {
        throw new RuleDataException(
            source,
            Pointers.at("defects", i, "arguments"),
            "argument names must be unique",
            Masking.quoted(String.join(",", t.arguments())));
      }
      for (Language language : Language.values()) {
        String pointer =
            Pointers.at("defects", i, "message", language.name().toLowerCase(Locale.ROOT));
        MessageTemplate.check(t.message().in(language), args, source, pointer);
      }
    }
    Map<String, Integer> namedBy = new HashMap<>();
    for (int i = 0; i < document.terms().size(); i++) {
      List<String> arguments = document.terms().get(i).arguments();
      for (int j = 0; j < arguments.size(); j++) {
        Integer first = namedBy.putIfAbsent(arguments.get(j), i);
        if (first != null) {
          throw new RuleDataException(
              source,
              Pointers.at("terms", i, "arguments", j),
              String.format(Locale.ROOT, "argument already named by /terms/%d", first),
              Masking.quoted(arguments.get(j)));
        }
      }
    }
    return new DefectCatalogue(document);
  }

  /**
   * {@return this catalogue with the rows of another added, for a host's own codes}
   *
   * @param other a catalogue of other codes
   * @throws RuleDataException when a code is in both
   */
  public DefectCatalogue with(DefectCatalogue other) {
    Objects.requireNonNull(other, "other");
    List<DefectType> rows = new ArrayList<>(document.defects());
    rows.addAll(other.document.defects());
    return of(
        new DefectCatalogueDocument(
            document.format(),
            document.edition() + "+" + other.document.edition(),
            document.title(),
            document.source(),
            ImmutableList.<MessageTerms>builder()
                .addAll(document.terms())
                .addAll(other.document.terms())
                .build(),
            rows),
        "combined catalogue");
  }

  /** {@return the catalogue's edition} */
  public String edition() {
    return document.edition();
  }

  /** {@return the name a report uses, e.g. {@code "defect-catalogue 2026.1"}} */
  public String label() {
    return "defect-catalogue " + document.edition();
  }

  /** {@return every row, in the catalogue's order} */
  public List<DefectType> types() {
    return document.defects();
  }

  /**
   * {@return the row of a code, when the catalogue has it}
   *
   * @param code the defect code
   */
  public Optional<DefectType> type(DefectCode code) {
    return Optional.ofNullable(types.get(Objects.requireNonNull(code, "code")));
  }

  /**
   * {@return the row of a code}
   *
   * @param code the defect code
   * @throws IllegalArgumentException naming the code when the catalogue does not have it
   */
  public DefectType require(DefectCode code) {
    DefectType t = types.get(Objects.requireNonNull(code, "code"));
    if (t == null) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "Invalid value for code (a code of %s): %s", label(), code));
    }
    return t;
  }

  /**
   * {@return the codes a stage looks for, in the catalogue's order; every code for {@link
   * Stage#ALL}}
   *
   * @param stage the stage
   */
  public Set<DefectCode> codesFor(Stage stage) {
    return Objects.requireNonNull(byStage.get(Objects.requireNonNull(stage, "stage")));
  }

  /**
   * {@return a defect's message in a language: its row's template with the defect's arguments}
   *
   * @param defect the defect, with the arguments its message shows
   * @param language the language of the message
   * @throws IllegalArgumentException when the catalogue does not have the defect's code
   */
  public String message(Defect defect, Language language) {
    Objects.requireNonNull(defect, "defect");
    Objects.requireNonNull(language, "language");
    return MessageTemplate.render(
        require(defect.code()).message().in(language), named(defect.arguments(), language));
  }

  /**
   * The arguments with each value a term names replaced by its name in the language (a list item by
   * item, joined as the language lists: {@code 、} in Chinese).
   */
  private Map<String, String> named(Map<String, String> arguments, Language language) {
    if (termsByArgument.isEmpty()) {
      return arguments;
    }
    Map<String, String> named = null;
    for (Map.Entry<String, String> a : arguments.entrySet()) {
      MessageTerms terms = termsByArgument.get(a.getKey());
      if (terms == null) {
        continue;
      }
      List<String> items = new ArrayList<>();
      for (String item : LIST_SEPARATOR.split(a.getValue(), -1)) {
        LocalText name = terms.values().get(item);
        items.add(name == null ? item : name.in(language));
      }
      if (named == null) {
        named = new LinkedHashMap<>(arguments);
      }
      named.put(a.getKey(), String.join(language == Language.ZH ? "、" : ", ", items));
    }
    return named == null ? arguments : named;
  }
}
