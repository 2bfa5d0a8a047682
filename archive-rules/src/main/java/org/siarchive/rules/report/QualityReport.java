package org.siarchive.rules.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.internal.ruledata.StrictLoader;
import org.siarchive.core.json.LineResult;
import org.siarchive.core.ruledata.RuleDataException;
import org.siarchive.rules.quality.NotPerformed;

/**
 * A quality analysis report (质量分析报告): the figures of a run per sub-centre, per category (business
 * type) and per defect code, the problem-volume rates, a Pareto of the defects, and, when a
 * previous report is given, the change against it. It names the suite and the rule editions that
 * produced it, and the checks that could not be performed.
 *
 * <p>Its figures add up, and the constructor refuses a report whose figures do not (also one read
 * back from JSON): the sub-centres' and the categories' counts sum to the totals, the Pareto's
 * defects sum to the total defects, and {@code read = checked + rejected}.
 *
 * <p>Immutable and thread-safe. The JSON form (format {@value #FORMAT}) is the record's fields in
 * order; {@link #read(Path)} reads it back strictly, for {@code --previous}.
 *
 * <pre>{@code
 * ReportBuilder builder = ReportBuilder.of(context);
 * RunSummary summary = QualityRun.builder(suite, context).listener(builder).build().run(file);
 * QualityReport report = builder.build(summary, previous);   // previous may be null
 * String html = ReportHtml.render(report);
 * }</pre>
 *
 * @param format {@value #FORMAT}
 * @param header what a director signs: date, input, batch, issuing unit, tool version, threshold
 *     and verdict; null only in a report written before the header existed (read back for {@code
 *     --previous})
 * @param suite the suite that ran
 * @param editions the rule editions in force
 * @param notPerformed the checks that could not be performed, with why: JSON {@code [{"check",
 *     "reason"}]}, as {@code check --json} lists them
 * @param totals the figures of the whole run
 * @param rejectedLines the records that could not be read, in input order: line, JSON pointer and
 *     why (identifiers masked); the first {@value #LISTED_REJECTIONS} of {@code totals.rejected},
 *     omitted from the JSON when none was rejected
 * @param subCenters the figures per sub-centre, by id
 * @param categories the figures per business type, by its text form
 * @param pareto the defect codes found, most frequent first (ties by code)
 * @param change the change against a previous report; null when none was given
 * @since 0.1.0
 */
@JsonPropertyOrder({
  "format",
  "header",
  "suite",
  "editions",
  "notPerformed",
  "totals",
  "rejectedLines",
  "subCenters",
  "categories",
  "pareto",
  "change"
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QualityReport(
    @JsonProperty(required = true) String format,
    @Nullable Header header,
    @JsonProperty(required = true) String suite,
    @JsonProperty(required = true) List<String> editions,
    @JsonProperty(required = true) List<NotPerformed> notPerformed,
    @JsonProperty(required = true) Totals totals,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<LineResult.Rejected> rejectedLines,
    @JsonProperty(required = true) List<GroupFigures> subCenters,
    @JsonProperty(required = true) List<GroupFigures> categories,
    @JsonProperty(required = true) List<CodeFigures> pareto,
    @Nullable Change change) {

  /** The format this library writes and reads. */
  public static final String FORMAT = "siarchive-quality-report/1";

  /** How many rejected records a report lists; the count of all is in its totals. */
  public static final int LISTED_REJECTIONS = 100;

  /**
   * Checks that the figures add up and copies the lists.
   *
   * @param format {@value #FORMAT}
   * @param header what a director signs: date, input, batch, issuing unit, tool version, threshold
   *     and verdict; null only in a report written before the header existed (read back for {@code
   *     --previous})
   * @param suite the suite that ran
   * @param editions the rule editions in force
   * @param notPerformed the checks that could not be performed, with why
   * @param totals the figures of the whole run
   * @param rejectedLines the records that could not be read, in input order: line, JSON pointer and
   *     why (identifiers masked); the first {@value #LISTED_REJECTIONS} of {@code totals.rejected},
   *     omitted from the JSON when none was rejected
   * @param subCenters the figures per sub-centre, by id
   * @param categories the figures per business type, by its text form
   * @param pareto the defect codes found, most frequent first (ties by code)
   * @param change the change against a previous report; null when none was given
   */
  public QualityReport {
    if (!FORMAT.equals(format)) {
      throw new InvalidValueException("format", FORMAT, String.valueOf(format));
    }
    Objects.requireNonNull(suite, "suite");
    editions = List.copyOf(editions);
    notPerformed = List.copyOf(notPerformed);
    Objects.requireNonNull(totals, "totals");
    // Jackson passes null when the JSON has no list: none rejected, or an older report
    rejectedLines = rejectedLines == null ? List.of() : List.copyOf(rejectedLines);
    if (rejectedLines.size() > Math.min(totals.rejected(), LISTED_REJECTIONS)) {
      throw new InvalidValueException(
          "rejectedLines",
          "at most totals/rejected and at most " + LISTED_REJECTIONS + " entries",
          Integer.toString(rejectedLines.size()));
    }
    subCenters = List.copyOf(subCenters);
    categories = List.copyOf(categories);
    pareto = List.copyOf(pareto);
    addsUp("subCenters", subCenters, totals);
    addsUp("categories", categories, totals);
    long paretoDefects = pareto.stream().mapToLong(CodeFigures::defects).sum();
    if (paretoDefects != totals.defects()) {
      throw new InvalidValueException(
          "pareto",
          "defects sum to totals/defects " + totals.defects(),
          Long.toString(paretoDefects));
    }
    if (header != null) {
      Verdict expected = Verdict.of(totals, header.acceptanceRate());
      if (header.verdict() != expected) {
        throw new InvalidValueException(
            "header/verdict", "the verdict of the totals, " + expected, header.verdict().name());
      }
    }
  }

  private static void addsUp(String field, List<GroupFigures> groups, Totals totals) {
    long checked = 0;
    long with = 0;
    long defects = 0;
    for (GroupFigures g : groups) {
      checked += g.checked();
      with += g.volumesWithDefects();
      defects += g.defects();
    }
    if (checked != totals.checked()
        || with != totals.volumesWithDefects()
        || defects != totals.defects()) {
      throw new InvalidValueException(
          field,
          String.format(
              Locale.ROOT,
              "sums equal to totals (checked %d, volumesWithDefects %d, defects %d)",
              totals.checked(),
              totals.volumesWithDefects(),
              totals.defects()),
          String.format(
              Locale.ROOT,
              "checked %d, volumesWithDefects %d, defects %d",
              checked,
              with,
              defects));
    }
  }

  /**
   * Reads a report written as JSON (for example by {@code siarchive report --json}).
   *
   * @param file the report's JSON file
   * @return the report
   * @throws RuleDataException naming the file, the JSON pointer and the reason
   */
  public static QualityReport read(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a report from a stream (not closed).
   *
   * @param in the report's JSON
   * @param source the file or resource name, for messages
   * @return the report
   * @throws RuleDataException naming the source, the JSON pointer and the reason
   */
  public static QualityReport read(InputStream in, String source) {
    return StrictLoader.read(in, QualityReport.class, source);
  }

  /**
   * The report's header (like a validator report's header): what was checked, when, by which tool,
   * against which threshold, and the verdict. Immutable and thread-safe.
   *
   * @param issuedOn the date of the report (from the run's clock, in {@code ArchiveTime.ZONE})
   * @param input what was checked: the file name or the host's label of its input
   * @param batch the batch (批次) the volumes belong to; null when not given
   * @param issuingUnit the unit issuing the report (出具单位); null when not given
   * @param tool the tool that produced it, {@value ReportBuilder#TOOL}
   * @param toolVersion the tool's version
   * @param acceptanceRate the share of volumes without defects a policy requires (e.g. 0.95), above
   *     0 and at most 1
   * @param verdict the verdict of the totals against that rate
   */
  @JsonPropertyOrder({
    "issuedOn",
    "input",
    "batch",
    "issuingUnit",
    "tool",
    "toolVersion",
    "acceptanceRate",
    "verdict"
  })
  public record Header(
      @JsonProperty(required = true) LocalDate issuedOn,
      @JsonProperty(required = true) String input,
      @Nullable String batch,
      @Nullable String issuingUnit,
      @JsonProperty(required = true) String tool,
      @JsonProperty(required = true) String toolVersion,
      @JsonProperty(required = true) BigDecimal acceptanceRate,
      @JsonProperty(required = true) Verdict verdict) {
    /**
     * Checks the fields.
     *
     * @param issuedOn the date of the report (from the run's clock, in {@code ArchiveTime.ZONE})
     * @param input what was checked: the file name or the host's label of its input
     * @param batch the batch (批次) the volumes belong to; null when not given
     * @param issuingUnit the unit issuing the report (出具单位); null when not given
     * @param tool the tool that produced it, {@value ReportBuilder#TOOL}
     * @param toolVersion the tool's version
     * @param acceptanceRate the share of volumes without defects a policy requires (e.g. 0.95),
     *     above 0 and at most 1
     * @param verdict the verdict of the totals against that rate
     */
    public Header {
      Objects.requireNonNull(issuedOn, "issuedOn");
      ReportBuilder.checkLabel(input, "input");
      if (batch != null) {
        ReportBuilder.checkLabel(batch, "batch");
      }
      if (issuingUnit != null) {
        ReportBuilder.checkLabel(issuingUnit, "issuingUnit");
      }
      Objects.requireNonNull(tool, "tool");
      Objects.requireNonNull(toolVersion, "toolVersion");
      ReportBuilder.checkAcceptanceRate(acceptanceRate);
      Objects.requireNonNull(verdict, "verdict");
    }
  }

  /**
   * The verdict of a report: whether the share of volumes without defects reaches the acceptance
   * rate, decided exactly from the counts ({@code checked − volumesWithDefects ≥ rate × checked},
   * no rounding). A run with rejected records is {@link #INCOMPLETE} whatever its rate: its figures
   * do not cover the whole input.
   */
  public enum Verdict {
    /** Every record was checked and the rate is reached (合格). */
    PASS("合格", "pass"),
    /** Every record was checked and the rate is not reached (不合格). */
    FAIL("不合格", "fail"),
    /** Records were rejected: no verdict on the whole input (数据不完整，不予判定). */
    INCOMPLETE("数据不完整，不予判定", "incomplete: records were rejected"),
    /** Nothing was checked (无可检查案卷). */
    NOTHING_CHECKED("无可检查案卷", "nothing checked");

    private final String zh;
    private final String en;

    Verdict(String zh, String en) {
      this.zh = zh;
      this.en = en;
    }

    /** {@return the verdict in Chinese, e.g. {@code 合格}} */
    public String zh() {
      return zh;
    }

    /** {@return the verdict in English, e.g. {@code pass}} */
    public String en() {
      return en;
    }

    /**
     * {@return the verdict of totals against an acceptance rate}
     *
     * @param totals the report's totals
     * @param acceptanceRate above 0, at most 1
     */
    public static Verdict of(Totals totals, BigDecimal acceptanceRate) {
      Objects.requireNonNull(totals, "totals");
      ReportBuilder.checkAcceptanceRate(acceptanceRate);
      if (totals.checked() == 0) {
        return totals.rejected() == 0 ? NOTHING_CHECKED : INCOMPLETE;
      }
      if (totals.rejected() > 0) {
        return INCOMPLETE;
      }
      BigDecimal clean = BigDecimal.valueOf(totals.checked() - totals.volumesWithDefects());
      BigDecimal required = acceptanceRate.multiply(BigDecimal.valueOf(totals.checked()));
      return clean.compareTo(required) >= 0 ? PASS : FAIL;
    }
  }

  /**
   * The figures of the whole run.
   *
   * @param read the records read
   * @param checked the volumes checked
   * @param rejected the records rejected
   * @param volumesWithDefects the volumes with at least one defect
   * @param defects the defects found
   * @param problemRate volumesWithDefects / checked, 4 decimals, half-even
   */
  @JsonPropertyOrder({
    "read",
    "checked",
    "rejected",
    "volumesWithDefects",
    "defects",
    "problemRate"
  })
  public record Totals(
      @JsonProperty(required = true) long read,
      @JsonProperty(required = true) long checked,
      @JsonProperty(required = true) long rejected,
      @JsonProperty(required = true) long volumesWithDefects,
      @JsonProperty(required = true) long defects,
      @JsonProperty(required = true) BigDecimal problemRate) {
    /**
     * Checks the counts.
     *
     * @param read the records read
     * @param checked the volumes checked
     * @param rejected the records rejected
     * @param volumesWithDefects the volumes with at least one defect
     * @param defects the defects found
     * @param problemRate volumesWithDefects / checked, 4 decimals, half-even
     */
    public Totals {
      if (read != checked + rejected
          || volumesWithDefects > checked
          || volumesWithDefects > defects
          || checked < 0
          || rejected < 0
          || volumesWithDefects < 0) {
        throw new InvalidValueException(
            "totals",
            "read = checked + rejected, volumesWithDefects <= checked and <= defects",
            String.format(
                Locale.ROOT,
                "read %d, checked %d, rejected %d, volumesWithDefects %d, defects %d",
                read,
                checked,
                rejected,
                volumesWithDefects,
                defects));
      }
      Objects.requireNonNull(problemRate, "problemRate");
    }
  }

  /**
   * The figures of one group: a sub-centre or a category.
   *
   * @param key the sub-centre id or the business type
   * @param name a name to show: the business type's Chinese name; the sub-centre's name (from the
   *     volumes or the host's list of sub-centres), its id when none is known
   * @param checked the volumes checked
   * @param volumesWithDefects the volumes with at least one defect
   * @param defects the defects found
   * @param problemRate volumesWithDefects / checked
   * @param defectsPerCode the defects of each code found, in the catalogue's order
   */
  @JsonPropertyOrder({
    "key",
    "name",
    "checked",
    "volumesWithDefects",
    "defects",
    "problemRate",
    "defectsPerCode"
  })
  public record GroupFigures(
      @JsonProperty(required = true) String key,
      @JsonProperty(required = true) String name,
      @JsonProperty(required = true) long checked,
      @JsonProperty(required = true) long volumesWithDefects,
      @JsonProperty(required = true) long defects,
      @JsonProperty(required = true) BigDecimal problemRate,
      @JsonProperty(required = true) Map<String, Long> defectsPerCode) {
    /**
     * Checks and copies.
     *
     * @param key the sub-centre id or the business type
     * @param name a name to show: the business type's Chinese name; the sub-centre's name (from the
     *     volumes or the host's list of sub-centres), its id when none is known
     * @param checked the volumes checked
     * @param volumesWithDefects the volumes with at least one defect
     * @param defects the defects found
     * @param problemRate volumesWithDefects / checked
     * @param defectsPerCode the defects of each code found, in the catalogue's order
     */
    public GroupFigures {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(problemRate, "problemRate");
      defectsPerCode = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(defectsPerCode));
      long sum = defectsPerCode.values().stream().mapToLong(Long::longValue).sum();
      if (sum != defects || volumesWithDefects > checked) {
        throw new InvalidValueException(
            "defectsPerCode",
            "sum equal to defects " + defects + ", volumesWithDefects <= checked",
            key + ": " + sum);
      }
    }
  }

  /**
   * One bar of the Pareto: a defect code with its count, its share of all defects and the
   * cumulative share up to it.
   *
   * @param code the defect code
   * @param severity its severity
   * @param zh its Chinese name
   * @param en its English name
   * @param defects the defects of this code
   * @param volumes the volumes with at least one defect of this code
   * @param share defects / all defects
   * @param cumulativeShare the running sum of defects up to this code / all defects
   */
  @JsonPropertyOrder({
    "code",
    "severity",
    "zh",
    "en",
    "defects",
    "volumes",
    "share",
    "cumulativeShare"
  })
  public record CodeFigures(
      @JsonProperty(required = true) String code,
      @JsonProperty(required = true) String severity,
      @JsonProperty(required = true) String zh,
      @JsonProperty(required = true) String en,
      @JsonProperty(required = true) long defects,
      @JsonProperty(required = true) long volumes,
      @JsonProperty(required = true) BigDecimal share,
      @JsonProperty(required = true) BigDecimal cumulativeShare) {}

  /**
   * The change against a previous report. Batches differ in size, so the change compares rates
   * (problem-volume rate; per code, the share of volumes with it), and says when the populations
   * differ (another number of volumes, other sub-centres or another suite).
   *
   * @param previousEditions the rule editions that produced the previous report
   * @param problemRateBefore the previous problem-volume rate
   * @param problemRateDelta the change of the rate (now − before)
   * @param codes per code found in either report: defects and volumes before and now
   * @param subCenters per sub-centre in either report: rate before and now (null when absent)
   * @param checkedBefore the volumes the previous report checked
   * @param checkedNow the volumes this report checked
   * @param populationsDiffer true when the previous report checked another number of volumes, other
   *     sub-centres or another suite: only rates compare
   * @param rejectedBefore the records the previous input could not give (its figures are over the
   *     volumes it read); 0 in a report written before this field existed
   */
  @JsonPropertyOrder({
    "previousEditions",
    "problemRateBefore",
    "problemRateDelta",
    "codes",
    "subCenters",
    "checkedBefore",
    "checkedNow",
    "populationsDiffer",
    "rejectedBefore"
  })
  public record Change(
      @JsonProperty(required = true) List<String> previousEditions,
      @JsonProperty(required = true) BigDecimal problemRateBefore,
      @JsonProperty(required = true) BigDecimal problemRateDelta,
      @JsonProperty(required = true) List<CodeChange> codes,
      @JsonProperty(required = true) List<RateChange> subCenters,
      long checkedBefore,
      long checkedNow,
      boolean populationsDiffer,
      long rejectedBefore) {
    /**
     * Copies the lists.
     *
     * @param previousEditions the rule editions that produced the previous report
     * @param problemRateBefore the previous problem-volume rate
     * @param problemRateDelta the change of the rate (now − before)
     * @param codes per code found in either report: defects and volumes before and now
     * @param subCenters per sub-centre in either report: rate before and now (null when absent)
     * @param checkedBefore the volumes the previous report checked
     * @param checkedNow the volumes this report checked
     * @param populationsDiffer true when the previous report checked another number of volumes,
     *     other sub-centres or another suite: only rates compare
     * @param rejectedBefore the records the previous input could not give (its figures are over the
     *     volumes it read); 0 in a report written before this field existed
     */
    public Change {
      previousEditions = List.copyOf(previousEditions);
      codes = List.copyOf(codes);
      subCenters = List.copyOf(subCenters);
    }
  }

  /**
   * A code's defects, and the volumes with it, before and now.
   *
   * @param code the code
   * @param before the defects in the previous report
   * @param now the defects in this report
   * @param volumesBefore the volumes with this code in the previous report
   * @param volumesNow the volumes with this code in this report
   */
  @JsonPropertyOrder({"code", "before", "now", "volumesBefore", "volumesNow"})
  public record CodeChange(
      @JsonProperty(required = true) String code,
      @JsonProperty(required = true) long before,
      @JsonProperty(required = true) long now,
      long volumesBefore,
      long volumesNow) {
    /** {@return now − before: the change in this code's defects, positive when they grew} */
    public long delta() {
      return now - before;
    }
  }

  /**
   * A sub-centre's problem-volume rate before and now.
   *
   * @param key the sub-centre id
   * @param before the previous rate; null when it was not in the previous report
   * @param now the rate now; null when it is not in this report
   */
  @JsonPropertyOrder({"key", "before", "now"})
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record RateChange(
      @JsonProperty(required = true) String key,
      @Nullable BigDecimal before,
      @Nullable BigDecimal now) {}
}
