package org.siarchive.rules.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.siarchive.core.json.LineResult;
import org.siarchive.rules.quality.NotPerformed;

/**
 * A rectification notice (整改意见书) for one sub-centre: its volumes with defects, each defect with its
 * location and message, and per kind of defect what to do (the catalogue's guidance and the clause
 * it enforces). Built by {@link NoticeBuilder}; rendered by {@link #toText()}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * NoticeBuilder builder = NoticeBuilder.of(context, "SC05");
 * RunSummary summary = QualityRun.builder(suite, context).listener(builder).build().run(file);
 * System.out.print(builder.build(summary).toText());
 * }</pre>
 *
 * @param subCenterId the sub-centre
 * @param issuedOn the day it was issued by the context's clock, ISO {@code YYYY-MM-DD}
 * @param suite the suite that found the defects
 * @param editions the rule editions in force
 * @param notPerformed the checks that could not be performed, with why: JSON {@code [{"check",
 *     "reason"}]}, as {@code check --json} lists them
 * @param volumesChecked the sub-centre's volumes checked
 * @param volumes the sub-centre's volumes with defects, in input order
 * @param guidance what to do, per kind of defect found, most frequent first
 * @param rejected the records of the file that could not be read (their sub-centre is unknown, so
 *     the notice cannot say they are clean)
 * @param rejectedLines the first {@value QualityReport#LISTED_REJECTIONS} of them: line, JSON
 *     pointer and why
 * @since 0.1.0
 */
@JsonPropertyOrder({
  "subCenterId",
  "issuedOn",
  "suite",
  "editions",
  "notPerformed",
  "volumesChecked",
  "volumes",
  "guidance",
  "rejected",
  "rejectedLines"
})
public record RectificationNotice(
    String subCenterId,
    String issuedOn,
    String suite,
    List<String> editions,
    List<NotPerformed> notPerformed,
    long volumesChecked,
    List<NoticeVolume> volumes,
    List<Guidance> guidance,
    long rejected,
    List<LineResult.Rejected> rejectedLines) {

  /**
   * Checks and copies.
   *
   * @param subCenterId the sub-centre
   * @param issuedOn the day it was issued by the context's clock, ISO {@code YYYY-MM-DD}
   * @param suite the suite that found the defects
   * @param editions the rule editions in force
   * @param volumesChecked the sub-centre's volumes checked
   * @param volumes the sub-centre's volumes with defects, in input order
   * @param guidance what to do, per kind of defect found, most frequent first
   * @param rejected the records of the file that could not be read (their sub-centre is unknown, so
   *     the notice cannot say they are clean)
   * @param rejectedLines the first {@value QualityReport#LISTED_REJECTIONS} of them: line, JSON
   *     pointer and why
   * @param notPerformed the checks that could not be performed, with why: JSON {@code [{"check",
   *     "reason"}]}, as {@code check --json} lists them
   */
  public RectificationNotice {
    Objects.requireNonNull(subCenterId, "subCenterId");
    Objects.requireNonNull(issuedOn, "issuedOn");
    Objects.requireNonNull(suite, "suite");
    editions = List.copyOf(editions);
    notPerformed = List.copyOf(notPerformed);
    volumes = List.copyOf(volumes);
    guidance = List.copyOf(guidance);
    rejectedLines = List.copyOf(rejectedLines);
  }

  /**
   * A volume to rectify.
   *
   * @param volumeId the volume
   * @param line its line in the checked file
   * @param businessType its business type
   * @param defects its defects
   */
  @JsonPropertyOrder({"volumeId", "line", "businessType", "defects"})
  public record NoticeVolume(
      String volumeId, long line, String businessType, List<NoticeDefect> defects) {
    /**
     * Copies.
     *
     * @param volumeId the volume
     * @param line its line in the checked file
     * @param businessType its business type
     * @param defects its defects
     */
    public NoticeVolume {
      defects = List.copyOf(defects);
    }
  }

  /**
   * One defect to rectify.
   *
   * @param code the defect code
   * @param severity its severity
   * @param location where, e.g. {@code "item 3 page 2"}
   * @param zh the message in Chinese
   * @param en the message in English
   */
  @JsonPropertyOrder({"code", "severity", "location", "zh", "en"})
  public record NoticeDefect(String code, String severity, String location, String zh, String en) {}

  /**
   * What to do about one kind of defect.
   *
   * @param code the defect code
   * @param name the kind of defect in Chinese and English
   * @param count how many were found in the sub-centre's volumes
   * @param zh the guidance in Chinese
   * @param en the guidance in English
   * @param reference the clause or article it enforces
   */
  @JsonPropertyOrder({"code", "name", "count", "zh", "en", "reference"})
  public record Guidance(
      String code, String name, long count, String zh, String en, String reference) {}

  /** {@return the notice as text, Chinese first, ending in a line break} */
  public String toText() {
    StringBuilder b = new StringBuilder();
    line(b, "整改意见书 Rectification notice");
    line(b, "分中心 sub-centre: %s    日期 date: %s", subCenterId, issuedOn);
    line(b, "检查 suite: %s; rules: %s", suite, String.join("; ", editions));
    for (NotPerformed n : notPerformed) {
      line(b, "未执行 %s", n.toText());
    }
    line(b, "问题案卷 volumes with defects: %d of %d checked", volumes.size(), volumesChecked);
    if (rejected > 0) {
      line(
          b,
          "另有 %d 条记录无法读取，不能确认其是否属于本分中心，须先更正："
              + " %d records of the file could not be read, so whether they are this"
              + " sub-centre's is unknown; correct them first:",
          rejected,
          rejected);
      for (LineResult.Rejected r : rejectedLines) {
        line(
            b,
            "  - line %d%s: %s",
            r.line(),
            r.pointer().isEmpty() ? "" : " at " + r.pointer(),
            r.message());
      }
      if (rejectedLines.size() < rejected) {
        line(b, "  (the first %d of %d are listed)", rejectedLines.size(), rejected);
      }
    }
    if (volumes.isEmpty()) {
      line(
          b,
          rejected == 0
              ? "未发现问题，无需整改。 No defects found; nothing to rectify."
              : "已读取的案卷未发现问题。 No defects found in the volumes that could be read.");
      return b.toString();
    }
    line(b, "");
    line(b, "一、问题案卷明细 Volumes and their defects");
    for (NoticeVolume v : volumes) {
      line(b, "%s (%s, line %d)", v.volumeId(), v.businessType(), v.line());
      for (NoticeDefect d : v.defects()) {
        line(b, "  - [%s] %s %s: %s / %s", d.severity(), d.code(), d.location(), d.zh(), d.en());
      }
    }
    line(b, "");
    line(b, "二、整改要求 What to do");
    int n = 0;
    for (Guidance g : guidance) {
      line(b, "%d. %s %s (%d)", ++n, g.code(), g.name(), g.count());
      line(b, "   %s", g.zh());
      line(b, "   %s", g.en());
      line(b, "   依据 reference: %s", g.reference());
    }
    return b.toString();
  }

  private static void line(StringBuilder b, String format, Object... args) {
    b.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
