package org.siarchive.spark;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.broadcast.Broadcast;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.ArchiveTime;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.json.JsonDocuments;
import org.siarchive.core.json.LineResult;
import org.siarchive.rules.material.MaterialRules;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.quality.QualityRun;
import org.siarchive.rules.quality.RunListener;
import org.siarchive.rules.quality.RunSummary;
import org.siarchive.rules.quality.Stage;
import org.siarchive.rules.report.QualityReport;
import org.siarchive.rules.report.ReportBuilder;
import org.siarchive.rules.report.ReportCounts;
import org.siarchive.rules.retention.RetentionRules;
import org.siarchive.rules.retention.RetentionSchedules;
import org.siarchive.spark.internal.ExecutorCache;
import org.siarchive.spark.internal.Outcome;
import org.siarchive.spark.internal.Wire;

/**
 * The quality check and report (质量分析报告) of a stage over holdings: the document {@code siarchive
 * report --json} prints for the same input (for several files, that of the files one after the
 * other), figure for figure and byte for byte. Each task runs the stage's suite over its split and
 * returns its {@link RunSummary} figures and {@link ReportCounts} once; the driver merges them in
 * input order ({@link QualityRun#merge}, {@link ReportBuilder#add}).
 *
 * <p>The context is the command's: the material rules given (else the bundled illustrative
 * edition), the bundled catalogue, and the bundled national retention schedule in force on the
 * request's day, with a clock fixed at the request's instant on every executor.
 *
 * <pre>{@code
 * JobResult r = QualityJob.report(holdings, QualityJob.Request.of("holdings/2026"));
 * r.read().read() == r.read().valid() + r.read().rejected();   // always
 * }</pre>
 */
public final class QualityJob {
  private QualityJob() {}

  /**
   * What to check and how the header reads.
   *
   * @param input the input as the header names it (the command names its FILE)
   * @param stage the stage whose checks make the report
   * @param rules local material rules; null for the bundled illustrative edition
   * @param batch the batch named in the header; null for none
   * @param issuingUnit the issuing unit named in the header; null for none
   * @param acceptanceRate the share without defects the verdict requires
   * @param now the instant the report is dated by (the command's clock)
   */
  public record Request(
      String input,
      Stage stage,
      @Nullable RuleFile rules,
      @Nullable String batch,
      @Nullable String issuingUnit,
      BigDecimal acceptanceRate,
      Instant now)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Checks the fields. */
    public Request {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(stage, "stage");
      Objects.requireNonNull(acceptanceRate, "acceptanceRate");
      Objects.requireNonNull(now, "now");
    }

    /** All stages, bundled rules, no batch or unit, the default acceptance rate, now. */
    public static Request of(String input) {
      return new Request(
          input,
          Stage.ALL,
          null,
          null,
          null,
          new BigDecimal(ReportBuilder.DEFAULT_ACCEPTANCE_RATE),
          Instant.now());
    }
  }

  /** What a task needs of the request, without the rule bytes (shipped once, by broadcast). */
  private record Key(Stage stage, Instant now, String rulesDigest) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** The context as the command builds it; made once per JVM per rules, stage and instant. */
  static CheckContext context(@Nullable RuleFile rules, Stage stage, Instant now) {
    MaterialRules edition =
        rules == null
            ? MaterialRules.bundledIllustrative()
            : MaterialRules.load(rules.stream(), rules.source());
    Clock clock = Clock.fixed(now, ArchiveTime.ZONE);
    RetentionRules schedule =
        RetentionSchedules.withBundledEditions()
            .rulesInForce(RetentionSchedules.NATIONAL, ArchiveTime.today(clock));
    return CheckContext.builder(edition).stage(stage).clock(clock).retention(schedule).build();
  }

  /**
   * Runs the check and builds the report.
   *
   * @throws org.siarchive.core.ruledata.RuleDataException when the rules are refused
   */
  public static JobResult report(Holdings holdings, Request request) {
    Objects.requireNonNull(holdings, "holdings");
    Objects.requireNonNull(request, "request");
    CheckContext context = context(request.rules(), request.stage(), request.now());
    ReportBuilder builder =
        ReportBuilder.of(context)
            .input(request.input())
            .batch(request.batch())
            .issuingUnit(request.issuingUnit())
            .acceptanceRate(request.acceptanceRate());
    @Nullable RuleFile rules = request.rules();
    Key key = new Key(request.stage(), request.now(), rules == null ? "bundled" : rules.digest());
    Broadcast<Map<String, RuleFile>> shipped =
        holdings.context().broadcast(rules == null ? Map.of() : Map.of("rules", rules));
    List<Outcome> outcomes;
    try {
      outcomes =
          holdings
              .run(
                  (reader, out) -> {
                    CheckContext c =
                        ExecutorCache.get(
                            "quality/" + key,
                            () -> context(shipped.value().get("rules"), key.stage(), key.now()));
                    ReportBuilder part = ReportBuilder.of(c);
                    RunSummary s =
                        QualityRun.builder(c)
                            .listener(part)
                            .listener(
                                new RunListener() {
                                  @Override
                                  public void rejected(LineResult.Rejected r) {
                                    out.reject(r);
                                  }
                                })
                            .build()
                            .run(reader);
                    out.counts.put("checked", s.checked());
                    out.counts.put("withDefects", s.volumesWithDefects());
                    s.defectsPerCode().forEach((code, n) -> out.codes.put(code.value(), n));
                    out.documents.add(Wire.write(part.counts()));
                  })
              .outcomes();
    } finally {
      shipped.destroy();
    }
    QualityRun run = QualityRun.builder(context).build();
    RunSummary empty = run.run(new ByteArrayInputStream(new byte[0]));
    RunSummary total = empty;
    for (Outcome o : outcomes) {
      Map<DefectCode, Long> codes = new LinkedHashMap<>();
      o.codes.forEach((code, n) -> codes.put(DefectCode.of(code), n));
      long rejected = o.rejections().size();
      RunSummary part =
          new RunSummary(
              o.count("checked") + rejected,
              o.count("checked"),
              rejected,
              o.count("withDefects"),
              codes,
              empty.suite(),
              empty.editions(),
              empty.notPerformed());
      total = run.merge(total, part);
      builder.add(Wire.read(o.documents.get(0), ReportCounts.class));
    }
    // The report lists the first rejected records as one run over the holdings read in order
    // (their files one after the other) would: the outcomes' lines run on across the files.
    for (Outcome o : outcomes) {
      for (Outcome.Rejection r : o.rejections()) {
        builder.rejected(new LineResult.Rejected(r.line(), r.pointer(), r.message()));
      }
    }
    QualityReport report = builder.build(total, null);
    return new JobResult(
        JsonDocuments.write(report),
        Holdings.read(outcomes, "checked"),
        Holdings.rejected(outcomes));
  }
}
