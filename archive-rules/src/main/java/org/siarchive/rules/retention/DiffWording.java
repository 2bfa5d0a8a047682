package org.siarchive.rules.retention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.model.RetentionPeriod;
import org.siarchive.rules.Language;

/**
 * The plain-language summary of an edition diff, in Chinese or English: one sentence per row, in
 * the order added, removed, changed, after a heading sentence with the counts. The wording is data
 * (one {@link Wording} per language); the sentences for a longer and a shorter period say how they
 * apply to records already filed (a longer period at once; a shorter one only after an appraisal),
 * because that is what a trainer must get across.
 */
final class DiffWording {

  /**
   * The templates of one language ({@link String#format} patterns, {@code Locale.ROOT}).
   *
   * @param heading from, to, added count, removed count, changed count
   * @param none the sentence for an empty diff
   * @param added row id, material, period
   * @param removed row id, material, period
   * @param changed row id, material, the parts joined
   * @param separator between the parts of a change
   * @param end the end of a change sentence
   * @param longer old period, new period
   * @param shorter old period, new period
   * @param periodChanged old period, new period
   * @param text old material, new material (in the wording's language)
   * @param otherName old, new name of the material in the other language
   * @param aliasesChanged (no argument) the other names used in classifying changed
   * @param noName the words for a name not given
   * @param category old category, new category
   * @param codes (no argument)
   * @param provenance old confirmation, new confirmation
   * @param provenanceOther (no argument) the source or note changed, not the confirmation
   * @param permanent the words for Y
   * @param years the words for N years (N)
   * @param defers the words for a deferring period (regulation)
   * @param unknownPeriod the words for an unknown period
   * @param unknownMaterial the words for an unknown material
   * @param confirmed the word for confirmed
   * @param unconfirmed the word for unconfirmed
   * @param english true to use the English material when a row has one
   */
  record Wording(
      String heading,
      String none,
      String added,
      String removed,
      String changed,
      String separator,
      String end,
      String longer,
      String shorter,
      String periodChanged,
      String text,
      String otherName,
      String aliasesChanged,
      String noName,
      String category,
      String codes,
      String provenance,
      String provenanceOther,
      String permanent,
      String years,
      String defers,
      String unknownPeriod,
      String unknownMaterial,
      String confirmed,
      String unconfirmed,
      boolean english) {}

  private static final Wording ZH =
      new Wording(
          "%s → %s：新增%d条，删除%d条，变更%d条。",
          "两版之间没有变化。",
          "新增：%s「%s」，保管期限%s。",
          "删除：%s「%s」（原保管期限%s）。",
          "变更：%s「%s」：%s",
          "；",
          "。",
          "保管期限由%s延长为%s，延长的期限对已归档材料立即适用",
          "保管期限由%s缩短为%s，已归档材料须经鉴定方可按新期限处置，不因本次修订直接销毁",
          "保管期限由%s改为%s",
          "材料名称由「%s」改为「%s」",
          "英文名称由「%s」改为「%s」",
          "别名有调整",
          "无",
          "类别由%s改为%s",
          "对应的材料代码有调整",
          "出处由%s改为%s",
          "出处说明有调整",
          "永久",
          "%d年",
          "按《%s》执行",
          "未确认",
          "材料未确认",
          "已确认",
          "未确认",
          false);

  private static final Wording EN =
      new Wording(
          "%s → %s: added %d, removed %d, changed %d.",
          "Nothing changed between the two editions.",
          "Added %s \"%s\": kept %s.",
          "Removed %s \"%s\" (was kept %s).",
          "Changed %s \"%s\": %s",
          "; ",
          ".",
          "period lengthened from %s to %s; the longer period applies at once to records already filed",
          "period shortened from %s to %s; records already filed are destroyed only after an appraisal, never because of this revision alone",
          "period changed from %s to %s",
          "material changed from \"%s\" to \"%s\"",
          "its Chinese name changed from \"%s\" to \"%s\"",
          "its other names changed",
          "none",
          "moved from category %s to %s",
          "material codes changed",
          "provenance changed from %s to %s",
          "source or note of its provenance changed",
          "permanently",
          "%d years",
          "as %s sets",
          "for a period not yet confirmed",
          "material not confirmed",
          "confirmed",
          "unconfirmed",
          true);

  private static final DiffWording CHINESE = new DiffWording(ZH);
  private static final DiffWording ENGLISH = new DiffWording(EN);

  private final Wording w;

  private DiffWording(Wording w) {
    this.w = w;
  }

  /** The wording of a language. */
  static DiffWording of(Language language) {
    return switch (language) {
      case ZH -> CHINESE;
      case EN -> ENGLISH;
    };
  }

  /** The summary sentences. */
  List<String> summarise(EditionDiff diff) {
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            w.heading(),
            diff.from(),
            diff.to(),
            diff.added().size(),
            diff.removed().size(),
            diff.changed().size()));
    if (diff.isEmpty()) {
      lines.add(w.none());
      return lines;
    }
    for (ScheduleRow r : diff.added()) {
      lines.add(String.format(Locale.ROOT, w.added(), r.id(), material(r), period(r.period())));
    }
    for (ScheduleRow r : diff.removed()) {
      lines.add(String.format(Locale.ROOT, w.removed(), r.id(), material(r), period(r.period())));
    }
    for (RowChange c : diff.changed()) {
      List<String> parts = new ArrayList<>();
      for (RowChange.Kind kind : c.kinds().stream().sorted().toList()) {
        parts.add(part(kind, c.from(), c.to()));
      }
      lines.add(
          String.format(
                  Locale.ROOT,
                  w.changed(),
                  c.rowId(),
                  material(c.to()),
                  String.join(w.separator(), parts))
              + w.end());
    }
    return lines;
  }

  private String part(RowChange.Kind kind, ScheduleRow a, ScheduleRow b) {
    return switch (kind) {
      case PERIOD_LONGER ->
          String.format(Locale.ROOT, w.longer(), period(a.period()), period(b.period()));
      case PERIOD_SHORTER ->
          String.format(Locale.ROOT, w.shorter(), period(a.period()), period(b.period()));
      case PERIOD_CHANGED ->
          String.format(Locale.ROOT, w.periodChanged(), period(a.period()), period(b.period()));
      case TEXT_CHANGED -> textChange(a, b);
      case CATEGORY_CHANGED -> String.format(Locale.ROOT, w.category(), a.category(), b.category());
      case CODES_CHANGED -> w.codes();
      case PROVENANCE_CHANGED ->
          a.isConfirmed() == b.isConfirmed()
              ? w.provenanceOther()
              : String.format(Locale.ROOT, w.provenance(), confirmation(a), confirmation(b));
    };
  }

  /**
   * What of the material's text changed, in the parts that did: the name shown in this language,
   * the name in the other language, the aliases. A change only to the other language's name is said
   * as such, never as a change of the shown name to itself.
   */
  private String textChange(ScheduleRow a, ScheduleRow b) {
    List<String> parts = new ArrayList<>();
    String shownA = material(a);
    String shownB = material(b);
    if (!shownA.equals(shownB)) {
      parts.add(String.format(Locale.ROOT, w.text(), shownA, shownB));
    }
    @Nullable String otherA = w.english() ? a.material() : a.materialEn();
    @Nullable String otherB = w.english() ? b.material() : b.materialEn();
    boolean otherShown = w.english() && (a.materialEn() == null || b.materialEn() == null);
    if (!Objects.equals(otherA, otherB) && !otherShown) {
      parts.add(String.format(Locale.ROOT, w.otherName(), orNone(otherA), orNone(otherB)));
    }
    if (!a.aliases().equals(b.aliases())) {
      parts.add(w.aliasesChanged());
    }
    return String.join(w.separator(), parts);
  }

  private String orNone(@Nullable String name) {
    return name == null ? w.noName() : name;
  }

  private String confirmation(ScheduleRow r) {
    return r.isConfirmed() ? w.confirmed() : w.unconfirmed();
  }

  private String material(ScheduleRow r) {
    if (w.english() && r.materialEn() != null) {
      return r.materialEn();
    }
    return r.material() == null ? w.unknownMaterial() : r.material();
  }

  private String period(@Nullable RetentionPeriod p) {
    if (p == null) {
      return w.unknownPeriod();
    }
    if (p instanceof RetentionPeriod.Fixed f) {
      return String.format(Locale.ROOT, w.years(), f.years());
    }
    if (p instanceof RetentionPeriod.DefersTo d) {
      return String.format(Locale.ROOT, w.defers(), d.regulation());
    }
    return w.permanent();
  }
}
