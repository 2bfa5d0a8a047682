package org.siarchive.spark;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.broadcast.Broadcast;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.ArchiveTime;
import org.siarchive.core.json.JsonDocuments;
import org.siarchive.core.json.LineResult;
import org.siarchive.rules.material.MaterialRules;
import org.siarchive.rules.retention.Edition;
import org.siarchive.rules.retention.RetentionJson;
import org.siarchive.rules.retention.RetentionRules;
import org.siarchive.rules.retention.RetentionRun;
import org.siarchive.rules.retention.RetentionRunSummary;
import org.siarchive.rules.retention.RetentionSchedules;
import org.siarchive.rules.retention.VolumeImpact;
import org.siarchive.spark.internal.ExecutorCache;
import org.siarchive.spark.internal.Outcome;
import org.siarchive.spark.internal.Wire;

/**
 * The retention impact of an edition over holdings: the document {@code siarchive schedule impact
 * --json} prints for the same input: the figures, the volumes whose disposition moves (in input
 * order) and the rejected lines. Each task judges its split and returns its figures, and the
 * impacts of the volumes that move, once; the driver merges the figures ({@link
 * RetentionRunSummary#merge}) and lists the rest in input order. For several files, a rejection's
 * line is its line in its own file ({@link JobResult#rejected()} names the file).
 *
 * <pre>{@code
 * JobResult r = ImpactJob.impact(holdings,
 *     new ImpactJob.Request(RuleFile.read(Path.of("edition-2026.json")), null, Instant.now()));
 * }</pre>
 */
public final class ImpactJob {
  private ImpactJob() {}

  /**
   * The edition and the rules that bind it.
   *
   * @param edition the new edition file, loaded beside the bundled editions; null for the national
   *     edition in force
   * @param materialRules local material rules; null for the bundled illustrative edition
   * @param now the instant whose date the volumes are judged for
   */
  public record Request(@Nullable RuleFile edition, @Nullable RuleFile materialRules, Instant now)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Checks the fields. */
    public Request {
      Objects.requireNonNull(now, "now");
    }
  }

  private record Key(Instant now, String digest) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  static LocalDate today(Instant now) {
    return ArchiveTime.today(Clock.fixed(now, ArchiveTime.ZONE));
  }

  /** The edition's rules as the command binds them. */
  static RetentionRules rules(
      @Nullable RuleFile edition, @Nullable RuleFile materialRules, LocalDate today) {
    RetentionSchedules schedules = RetentionSchedules.withBundledEditions();
    RetentionRules rules;
    if (edition == null) {
      rules = schedules.rulesInForce(RetentionSchedules.NATIONAL, today);
    } else {
      Edition e = schedules.replace(edition.stream(), edition.source());
      rules = schedules.rules(e, today);
    }
    return rules.withMaterialRules(
        materialRules == null
            ? MaterialRules.bundledIllustrative()
            : MaterialRules.load(materialRules.stream(), materialRules.source()));
  }

  /**
   * Judges the holdings.
   *
   * @throws org.siarchive.core.ruledata.RuleDataException when a rule file is refused
   */
  public static JobResult impact(Holdings holdings, Request request) {
    Objects.requireNonNull(holdings, "holdings");
    Objects.requireNonNull(request, "request");
    LocalDate today = today(request.now());
    RetentionRules driverRules = rules(request.edition(), request.materialRules(), today);
    Map<String, RuleFile> files = new java.util.HashMap<>();
    StringBuilder digest = new StringBuilder();
    if (request.edition() != null) {
      files.put("edition", request.edition());
      digest.append(request.edition().digest());
    }
    digest.append('/');
    if (request.materialRules() != null) {
      files.put("rules", request.materialRules());
      digest.append(request.materialRules().digest());
    }
    Key key = new Key(request.now(), digest.toString());
    Broadcast<Map<String, RuleFile>> shipped = holdings.context().broadcast(Map.copyOf(files));
    List<Outcome> outcomes;
    try {
      outcomes =
          holdings
              .run(
                  (reader, out) -> {
                    LocalDate day = today(key.now());
                    RetentionRules rules =
                        ExecutorCache.get(
                            "impact/" + key,
                            () ->
                                rules(
                                    shipped.value().get("edition"),
                                    shipped.value().get("rules"),
                                    day));
                    RetentionRunSummary s =
                        RetentionRun.builder(rules, day)
                            .listener(
                                new RetentionRun.Listener() {
                                  @Override
                                  public void judged(LineResult.Decoded d, VolumeImpact i) {
                                    if (i.kind() != VolumeImpact.Kind.UNCHANGED) {
                                      out.documents.add(Wire.write(RetentionJson.impact(i, day)));
                                    }
                                  }

                                  @Override
                                  public void rejected(LineResult.Rejected r) {
                                    out.reject(r);
                                  }
                                })
                            .build()
                            .run(reader);
                    out.counts.put("valid", s.valid());
                    out.counts.put("dated", s.dated());
                    out.counts.put("undecided", s.undecided());
                    out.counts.put("reappraisalDue", s.reappraisalDue());
                    s.impacts().forEach((k, n) -> out.codes.put(k.name(), n));
                  })
              .outcomes();
    } finally {
      shipped.destroy();
    }
    RetentionRunSummary total = null;
    List<RetentionJson.Impact> moved = new ArrayList<>();
    for (Outcome o : outcomes) {
      EnumMap<VolumeImpact.Kind, Long> kinds = new EnumMap<>(VolumeImpact.Kind.class);
      o.codes.forEach((k, n) -> kinds.put(VolumeImpact.Kind.valueOf(k), n));
      long rejected = o.rejections().size();
      RetentionRunSummary part =
          new RetentionRunSummary(
              driverRules.edition().ref(),
              today,
              o.count("valid") + rejected,
              o.count("valid"),
              rejected,
              o.count("dated"),
              o.count("undecided"),
              kinds,
              o.count("reappraisalDue"));
      total = total == null ? part : total.merge(part);
      for (String doc : o.documents) {
        moved.add(Wire.read(doc, RetentionJson.Impact.class));
      }
    }
    List<RejectedLine> rejected = Holdings.rejected(outcomes);
    RetentionJson.ImpactRun doc =
        RetentionJson.impactRun(
            Objects.requireNonNull(total, "at least one split"),
            moved,
            rejected.stream()
                .map(r -> new RetentionJson.Rejected(r.line(), r.pointer(), r.message()))
                .toList());
    return new JobResult(JsonDocuments.write(doc), Holdings.read(outcomes, "valid"), rejected);
  }
}
