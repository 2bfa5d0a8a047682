package org.siarchive.rules.retention;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.json.LineResult;
import org.siarchive.core.model.RetentionPeriod;

/**
 * The plain-text forms of retention results, in English, one line each: the wording that {@code
 * siarchive schedule} prints, kept in the library so that a host's log or report words an answer
 * the same way.
 *
 * <pre>{@code
 * RetentionText.period(RetentionPeriod.ofYears(30));   // "30 years (D30)"
 * RetentionText.disposition(Disposition.of(RetentionPeriod.PERMANENT, formed));
 * // "retention from 2013-01-01, permanent, never expires"
 * }</pre>
 *
 * @since 0.1.0
 */
public final class RetentionText {
  private RetentionText() {}

  /**
   * {@return a period in words: {@code 30 years (D30)}, {@code permanent (Y)}, {@code defers to
   * NAME}, or {@code period unknown} for null (an unconfirmed row)}
   *
   * @param p the period, or null
   */
  public static String period(@Nullable RetentionPeriod p) {
    if (p == null) {
      return "period unknown";
    }
    if (p instanceof RetentionPeriod.Fixed f) {
      return String.format(Locale.ROOT, "%d years (%s)", f.years(), f.code());
    }
    if (p instanceof RetentionPeriod.DefersTo d) {
      return "defers to " + d.regulation();
    }
    return "permanent (Y)";
  }

  /**
   * {@return a row found: {@code 八(1) 年度统计报表 (Annual statistical reports): permanent (Y)}}
   *
   * @param found the classification that found a row
   */
  public static String classification(Classification.Classified found) {
    ScheduleRow r = found.row();
    return String.format(
        Locale.ROOT, "%s %s (%s): %s", r.id(), r.material(), r.materialEn(), period(r.period()));
  }

  /**
   * {@return a decided disposition's dates: {@code retention from D, expires D, appraisal from D}
   * or {@code retention from D, permanent, never expires}; an undecided one says why}
   *
   * @param d the disposition
   */
  public static String disposition(Disposition d) {
    Objects.requireNonNull(d, "d");
    if (d instanceof Disposition.Undecided u) {
      return "retention from " + u.retentionStart() + ", undecided: " + u.reason();
    }
    return "retention from "
        + d.retentionStart()
        + ", "
        + d.expires()
            .map(x -> "expires " + x + ", appraisal from " + d.appraisalFrom().orElseThrow())
            .orElse("permanent, never expires");
  }

  /**
   * {@return a volume's answer: {@code V1 (2024) rows [一(2)] by BUSINESS_TYPE, D100: retention from
   * ...}}
   *
   * @param c the volume's classification
   */
  public static String volume(VolumeClassification c) {
    Objects.requireNonNull(c, "c");
    return String.format(
        Locale.ROOT,
        "%s (%d) rows %s by %s, %s: %s",
        c.volumeId(),
        c.year(),
        c.rowIds(),
        c.basis(),
        c instanceof VolumeClassification.Decided d ? d.period().code() : "undecided",
        disposition(c.disposition()));
  }

  /**
   * {@return a refused line: {@code line N: POINTER: MESSAGE} ({@code (line)} for the whole line)}
   *
   * @param r the refused line
   */
  public static String rejected(LineResult.Rejected r) {
    return String.format(
        Locale.ROOT,
        "line %d: %s: %s",
        r.line(),
        r.pointer().isEmpty() ? "(line)" : r.pointer(),
        r.message());
  }

  /**
   * {@return a run's impact figures: {@code EDITION on DAY: read N, valid N, rejected N; unchanged
   * N, longer N, shorter N (re-appraisal possible now: N), undecided N}}
   *
   * @param s the run's figures
   */
  public static String impactSummary(RetentionRunSummary s) {
    return String.format(
        Locale.ROOT,
        "%s on %s: read %d, valid %d, rejected %d; unchanged %d, longer %d, shorter %d"
            + " (re-appraisal possible now: %d), undecided %d",
        s.edition(),
        s.today(),
        s.read(),
        s.valid(),
        s.rejected(),
        s.impact(VolumeImpact.Kind.UNCHANGED),
        s.impact(VolumeImpact.Kind.LONGER),
        s.impact(VolumeImpact.Kind.SHORTER),
        s.reappraisalDue(),
        s.impact(VolumeImpact.Kind.UNDECIDED));
  }

  /**
   * {@return a run's disposition figures: {@code EDITION on DAY: read N, valid N, rejected N; dated
   * N, undecided N}}
   *
   * @param s the run's figures
   */
  public static String dispositionSummary(RetentionRunSummary s) {
    return String.format(
        Locale.ROOT,
        "%s on %s: read %d, valid %d, rejected %d; dated %d, undecided %d",
        s.edition(),
        s.today(),
        s.read(),
        s.valid(),
        s.rejected(),
        s.dated(),
        s.undecided());
  }
}
