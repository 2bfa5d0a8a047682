package org.siarchive.rules.release;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.ruledata.provider.RuleTable;
import org.siarchive.core.ruledata.provider.RuleTables;
import org.siarchive.rules.Language;
import org.siarchive.rules.material.BusinessTypeRule;
import org.siarchive.rules.material.MaterialRules;
import org.siarchive.rules.material.TypeRules;
import org.siarchive.rules.quality.DefectCatalogue;
import org.siarchive.rules.quality.DefectType;
import org.siarchive.rules.retention.Edition;
import org.siarchive.rules.retention.EditionDiff;
import org.siarchive.rules.retention.RetentionSchedules;

/**
 * The "Rule data" release notes of a data release, generated from the tables themselves so that the
 * notes can never disagree with what ships (issue 17): every retention edition's diff row by row in
 * Chinese and English ({@link EditionDiff#summary(Language)}), and the business types of the
 * material rules and the codes of the defect catalogue added, removed and changed, each against the
 * previous data release.
 *
 * <p>The notes are Markdown, between {@link #BEGIN} and {@link #END} in {@code CHANGELOG.md}; a
 * test of {@code archive-rules} compares the committed block with the generated one.
 *
 * <pre>{@code
 * RuleTables previous = RuleTables.of(List.of());   // the first data release: nothing before it
 * String block = RuleDataNotes.block(previous, RuleTables.installed());
 * String changelog = RuleDataNotes.replaceBlock(Files.readString(path), block);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class RuleDataNotes {

  /** The line that opens the generated block. */
  public static final String BEGIN =
      "<!-- rule-data-notes: generated from the tables by org.siarchive.rules.release.RuleDataNotes;"
          + " do not edit by hand, see RELEASING.md -->";

  /** The line that closes the generated block. */
  public static final String END = "<!-- /rule-data-notes -->";

  /** The heading of the generated block. */
  public static final String HEADING = "### Rule data (generated)";

  private static final String RETENTION = "retention-edition";
  private static final String MATERIAL = "material-rules";
  private static final String CATALOGUE = "defect-catalogue";

  private RuleDataNotes() {}

  /**
   * {@return the notes' lines, heading first: what {@code current} ships against {@code previous}}
   *
   * @param previous the tables of the previous data release (none for the first one)
   * @param current the tables of the release
   * @throws org.siarchive.core.ruledata.RuleDataException when a table is refused
   */
  public static List<String> between(RuleTables previous, RuleTables current) {
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(current, "current");
    List<String> out = new ArrayList<>();
    out.add(HEADING);
    out.add(
        "Data release "
            + releases(current)
            + ", against "
            + (previous.tables().isEmpty() ? "no earlier data release" : releases(previous))
            + ".");
    retention(previous, current, out);
    material(previous, current, out);
    catalogue(previous, current, out);
    others(previous, current, out);
    return List.copyOf(out);
  }

  /**
   * {@return the notes between {@link #BEGIN} and {@link #END}, one line each, ending with a line
   * break}
   *
   * @param previous the tables of the previous data release
   * @param current the tables of this data release
   */
  public static String block(RuleTables previous, RuleTables current) {
    StringBuilder b = new StringBuilder(BEGIN).append('\n');
    between(previous, current).forEach(l -> b.append(l).append('\n'));
    return b.append(END).append('\n').toString();
  }

  /**
   * {@return the generated block committed in a changelog, from {@link #BEGIN} to {@link #END}
   * inclusive with the line break after it; empty when the changelog has none}
   *
   * @param changelog the changelog's text
   * @throws IllegalArgumentException when the changelog opens a block it does not close
   */
  public static Optional<String> committedBlock(String changelog) {
    Objects.requireNonNull(changelog, "changelog");
    int begin = changelog.indexOf(BEGIN);
    if (begin < 0) {
      return Optional.empty();
    }
    int end = changelog.indexOf(END, begin);
    if (end < 0) {
      throw new IllegalArgumentException("changelog opens the rule-data notes but has no " + END);
    }
    int stop = end + END.length();
    if (stop < changelog.length() && changelog.charAt(stop) == '\n') {
      stop++;
    }
    return Optional.of(changelog.substring(begin, stop));
  }

  /**
   * {@return the changelog with its generated block replaced by {@code block}; a changelog without
   * one gets it at its end}
   *
   * @param changelog the changelog's text
   * @param block the new block, from {@link #BEGIN} to {@link #END} with the line break after it,
   *     as {@link #block} gives
   */
  public static String replaceBlock(String changelog, String block) {
    Objects.requireNonNull(block, "block");
    Optional<String> old = committedBlock(changelog);
    if (old.isPresent()) {
      int at = changelog.indexOf(BEGIN);
      return changelog.substring(0, at) + block + changelog.substring(at + old.get().length());
    }
    return changelog + (changelog.endsWith("\n") ? "" : "\n") + block;
  }

  private static String releases(RuleTables tables) {
    return String.join(
        ", ",
        tables.tables().stream()
            .map(t -> "`" + t.provider() + "` `" + t.providerVersion() + "`")
            .distinct()
            .toList());
  }

  private static Optional<RuleTable> entry(
      RuleTables tables, String kind, String id, String edition) {
    return tables.tables().stream()
        .filter(t -> t.kind().equals(kind) && t.id().equals(id) && t.edition().equals(edition))
        .findFirst();
  }

  private static String digest(RuleTable t) {
    return "sha256 `" + t.sha256().substring(0, 16) + "…`";
  }

  private static void retention(RuleTables previous, RuleTables current, List<String> out) {
    RetentionSchedules before = RetentionSchedules.withEditionsOf(previous);
    RetentionSchedules after = RetentionSchedules.withEditionsOf(current);
    for (RuleTable t : current.tables(RETENTION, Integer.MAX_VALUE)) {
      Edition e = after.edition(t.id(), t.edition());
      Optional<RuleTable> same = entry(previous, RETENTION, t.id(), t.edition());
      if (same.isPresent() && same.get().sha256().equals(t.sha256())) {
        continue;
      }
      Optional<Edition> base;
      String state;
      if (same.isPresent()) {
        base = Optional.of(before.edition(t.id(), t.edition()));
        state = "changed in place (was " + digest(same.get()) + ")";
      } else if (before.scheduleIds().contains(t.id())) {
        base = Optional.of(before.latest(t.id()));
        state = "new";
      } else {
        base = e.base().map(r -> after.edition(r.scheduleId(), r.edition()));
        state = "new";
      }
      String against =
          base.map(b -> "against `" + b.scheduleId() + "` `" + b.edition() + "`")
              .orElse("a new schedule, every row added");
      out.add(
          String.format(
              Locale.ROOT,
              "- Retention `%s` edition `%s` (%s), %s, in force from %s; %s:",
              t.id(),
              t.edition(),
              digest(t),
              state,
              e.effectiveFrom(),
              against));
      EditionDiff diff =
          base.map(b -> EditionDiff.between(b, e))
              .orElseGet(() -> EditionDiff.between(e.ref(), List.of(), e.ref(), e.rows()));
      for (Language language : Language.values()) {
        out.add(language == Language.ZH ? "  - 中文：" : "  - English:");
        List<String> sentences = diff.summary(language);
        // Against nothing the heading would name the edition twice; the line above says it all.
        for (String s : base.isPresent() ? sentences : sentences.subList(1, sentences.size())) {
          out.add("    - " + s);
        }
      }
    }
    for (RuleTable t : previous.tables(RETENTION, Integer.MAX_VALUE)) {
      if (entry(current, RETENTION, t.id(), t.edition()).isEmpty()) {
        out.add(
            String.format(
                Locale.ROOT,
                "- Retention `%s` edition `%s` (%s), withdrawn from the data.",
                t.id(),
                t.edition(),
                digest(t)));
      }
    }
  }

  private static void material(RuleTables previous, RuleTables current, List<String> out) {
    for (RuleTable t : current.tables(MATERIAL, Integer.MAX_VALUE)) {
      Optional<RuleTable> same = entry(previous, MATERIAL, t.id(), t.edition());
      if (same.isPresent() && same.get().sha256().equals(t.sha256())) {
        continue;
      }
      MaterialRules now =
          MaterialRules.editionsOf(current, t.id()).edition(t.edition()).orElseThrow();
      Optional<MaterialRules> was =
          previous.tables(MATERIAL, Integer.MAX_VALUE).stream().anyMatch(p -> p.id().equals(t.id()))
              ? Optional.of(
                  same.isPresent()
                      ? MaterialRules.editionsOf(previous, t.id())
                          .edition(t.edition())
                          .orElseThrow()
                      : MaterialRules.editionsOf(previous, t.id()).latest())
              : Optional.empty();
      List<BusinessTypeRule> older = was.map(m -> rules(m)).orElse(List.of());
      out.add(
          String.format(
              Locale.ROOT,
              "- Material rules `%s` edition `%s` (%s), %s, in force from %s; %s:",
              t.id(),
              t.edition(),
              digest(t),
              same.isPresent() ? "changed in place" : "new",
              now.effectiveFrom(),
              was.map(m -> "against edition `" + m.edition() + "`").orElse("against none")));
      changes(
          older,
          rules(now),
          r -> r.businessType().toString(),
          r ->
              r.zh()
                  + " / "
                  + r.en()
                  + (r.retentionRow() == null ? "" : ", row " + r.retentionRow()),
          RuleDataNotes::typeParts,
          out);
      if (was.isPresent() && rules(was.get()).equals(rules(now))) {
        out.add("  - business types unchanged; materials, image rules or metadata changed.");
      }
    }
  }

  private static List<BusinessTypeRule> rules(MaterialRules m) {
    return m.businessTypes().stream().map(TypeRules::rule).toList();
  }

  private static List<String> typeParts(BusinessTypeRule a, BusinessTypeRule b) {
    List<String> parts = new ArrayList<>();
    part(parts, "name", a.zh() + " / " + a.en(), b.zh() + " / " + b.en());
    part(parts, "available from", a.availableFrom(), b.availableFrom());
    part(parts, "retention row", a.retentionRow(), b.retentionRow());
    part(parts, "image required", a.imageRequired(), b.imageRequired());
    if (!a.materials().equals(b.materials())) {
      parts.add("materials changed");
    }
    return parts;
  }

  private static void catalogue(RuleTables previous, RuleTables current, List<String> out) {
    List<RuleTable> offered = current.tables(CATALOGUE, Integer.MAX_VALUE);
    if (offered.isEmpty()) {
      return;
    }
    RuleTable t = offered.get(offered.size() - 1);
    List<RuleTable> before = previous.tables(CATALOGUE, Integer.MAX_VALUE);
    RuleTable p = before.isEmpty() ? null : before.get(before.size() - 1);
    if (p != null && p.sha256().equals(t.sha256())) {
      return;
    }
    List<DefectType> older = p == null ? List.of() : DefectCatalogue.newestOf(previous).types();
    out.add(
        String.format(
            Locale.ROOT,
            "- Defect catalogue `%s` edition `%s` (%s), %s; %s:",
            t.id(),
            t.edition(),
            digest(t),
            p != null && p.edition().equals(t.edition()) ? "changed in place" : "new",
            p == null ? "against none" : "against edition `" + p.edition() + "`"));
    changes(
        older,
        DefectCatalogue.newestOf(current).types(),
        DefectType::code,
        d -> d.severity() + " " + d.zh() + " / " + d.en() + " (" + stages(d) + ")",
        RuleDataNotes::defectParts,
        out);
  }

  /**
   * Every other table (the transfer lifecycle, the ISO 2859 tables, kinds this generator does not
   * read row by row): one line each when it is new, changed or removed, by digest.
   */
  private static void others(RuleTables previous, RuleTables current, List<String> out) {
    Set<String> detailed = Set.of(RETENTION, MATERIAL, CATALOGUE);
    Map<String, RuleTable> before = new LinkedHashMap<>();
    previous.tables().stream()
        .filter(t -> !detailed.contains(t.kind()))
        .forEach(t -> before.put(t.kind() + " " + t.id() + " " + t.edition(), t));
    for (RuleTable t : current.tables()) {
      if (detailed.contains(t.kind())) {
        continue;
      }
      RuleTable p = before.remove(t.kind() + " " + t.id() + " " + t.edition());
      if (p != null && p.sha256().equals(t.sha256())) {
        continue;
      }
      out.add(
          String.format(
              Locale.ROOT,
              "- Table `%s` `%s` edition `%s` (%s), %s.",
              t.kind(),
              t.id(),
              t.edition(),
              digest(t),
              p == null ? "new" : "changed in place (was " + digest(p) + ")"));
    }
    for (RuleTable p : before.values()) {
      out.add(
          String.format(
              Locale.ROOT,
              "- Table `%s` `%s` edition `%s` (%s), removed.",
              p.kind(),
              p.id(),
              p.edition(),
              digest(p)));
    }
  }

  private static String stages(DefectType d) {
    return String.join(", ", d.stages().stream().sorted().map(Enum::name).toList());
  }

  private static List<String> defectParts(DefectType a, DefectType b) {
    List<String> parts = new ArrayList<>();
    part(parts, "severity", a.severity(), b.severity());
    part(parts, "name", a.zh() + " / " + a.en(), b.zh() + " / " + b.en());
    part(parts, "arguments", a.arguments(), b.arguments());
    part(parts, "stages", stages(a), stages(b));
    part(parts, "reference", a.reference(), b.reference());
    if (!a.message().equals(b.message())) {
      parts.add("message changed");
    }
    if (!a.guidance().equals(b.guidance())) {
      parts.add("guidance changed");
    }
    return parts;
  }

  private static void part(
      List<String> parts, String what, @Nullable Object a, @Nullable Object b) {
    if (!Objects.equals(a, b)) {
      parts.add(what + " " + a + " → " + b);
    }
  }

  /** The rows added, removed and changed, by key, in the newer list's order. */
  private static <T> void changes(
      List<T> older,
      List<T> newer,
      Function<T, String> key,
      Function<T, String> describe,
      BiFunction<T, T, List<String>> parts,
      List<String> out) {
    Map<String, T> was = new LinkedHashMap<>();
    older.forEach(r -> was.put(key.apply(r), r));
    Map<String, T> now = new LinkedHashMap<>();
    newer.forEach(r -> now.put(key.apply(r), r));
    long added = now.keySet().stream().filter(k -> !was.containsKey(k)).count();
    long removed = was.keySet().stream().filter(k -> !now.containsKey(k)).count();
    List<String> changed = new ArrayList<>();
    for (Map.Entry<String, T> e : now.entrySet()) {
      T before = was.get(e.getKey());
      if (before != null && !before.equals(e.getValue())) {
        changed.add(
            "  - changed `"
                + e.getKey()
                + "`: "
                + String.join("; ", parts.apply(before, e.getValue()))
                + ".");
      }
    }
    out.add(
        String.format(
            Locale.ROOT, "  - %d added, %d removed, %d changed.", added, removed, changed.size()));
    now.forEach(
        (k, r) -> {
          if (!was.containsKey(k)) {
            out.add("  - added `" + k + "` " + describe.apply(r) + ".");
          }
        });
    was.forEach(
        (k, r) -> {
          if (!now.containsKey(k)) {
            out.add("  - removed `" + k + "` " + describe.apply(r) + ".");
          }
        });
    out.addAll(changed);
  }
}
