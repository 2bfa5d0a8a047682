package org.siarchive.rules.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.ArchiveTime;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.json.LineResult;
import org.siarchive.core.model.BusinessType;
import org.siarchive.core.model.SubCenter;
import org.siarchive.rules.material.BusinessTypeRule;
import org.siarchive.rules.material.TypeRules;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.quality.DefectCatalogue;
import org.siarchive.rules.quality.DefectType;
import org.siarchive.rules.quality.NotPerformed;
import org.siarchive.rules.quality.RunListener;
import org.siarchive.rules.quality.RunSummary;
import org.siarchive.rules.quality.Stage;
import org.siarchive.rules.quality.VolumeResult;

/**
 * Builds a {@link QualityReport} from a run: add it as a listener to a {@link
 * org.siarchive.rules.quality.QualityRun}, then {@link #build} with the run's summary. It keeps
 * counts per sub-centre, per category and per code, never the volumes, so memory does not grow with
 * the file.
 *
 * <p>The report's header names the input, the batch and the issuing unit given here, the date of
 * the context's clock, this tool's version, and the verdict against the acceptance rate (the share
 * of volumes without defects a policy requires; {@value #DEFAULT_ACCEPTANCE_RATE} unless set, the
 * local acceptance rule "pass at 95%"). Sub-centres are named by the names their volumes carry
 * ({@code Volume.subCenterName()}), or by the host's list given to {@link #subCenters}, else by
 * their code.
 *
 * <p>Not thread-safe; runs call listeners on one thread.
 *
 * <pre>{@code
 * ReportBuilder builder = ReportBuilder.of(context)
 *     .input("2026-07.jsonl")
 *     .batch("B2026-07")
 *     .issuingUnit("某市社会保险事业管理中心档案馆")
 *     .acceptanceRate(new BigDecimal("0.95"));
 * RunSummary summary = QualityRun.builder(suite, context).listener(builder).build().run(file);
 * QualityReport report = builder.build(summary, null);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ReportBuilder implements RunListener {
  /** The tool named in a report's header. */
  public static final String TOOL = "siarchive";

  /** The acceptance rate when none is set: the local acceptance rule, pass at 95%. */
  public static final String DEFAULT_ACCEPTANCE_RATE = "0.95";

  private final CheckContext context;
  private final Map<String, String> names = new TreeMap<>();
  private final Map<String, String> carriedNames = new TreeMap<>();
  private String input = "(input not named)";
  private @Nullable String batch;
  private @Nullable String issuingUnit;
  private BigDecimal acceptanceRate = new BigDecimal(DEFAULT_ACCEPTANCE_RATE);
  private final Map<String, Group> subCenters = new TreeMap<>();
  private final Map<String, Group> categories = new TreeMap<>();
  private final Map<DefectCode, long[]> perCode = new LinkedHashMap<>();
  private final List<LineResult.Rejected> rejectedLines = new ArrayList<>();

  /** Counts of one group. */
  private static final class Group {
    String name;
    long checked;
    long withDefects;
    long defects;
    final Map<DefectCode, Long> perCode = new LinkedHashMap<>();

    Group(String name) {
      this.name = name;
    }
  }

  private ReportBuilder(CheckContext context) {
    this.context = context;
  }

  /**
   * {@return a builder for runs in that context (its catalogue names the codes, its rules the
   * categories)}
   *
   * @param context the context the checks run in
   */
  public static ReportBuilder of(CheckContext context) {
    return new ReportBuilder(Objects.requireNonNull(context, "context"));
  }

  /**
   * Names what was checked in the header, e.g. the file name.
   *
   * @param input 1 to 500 characters, not blank
   * @return this builder
   */
  public ReportBuilder input(String input) {
    this.input = checkLabel(input, "input");
    return this;
  }

  /**
   * Names the batch (批次) in the header.
   *
   * @param batch 1 to 500 characters, not blank; null for none
   * @return this builder
   */
  public ReportBuilder batch(@Nullable String batch) {
    this.batch = batch == null ? null : checkLabel(batch, "batch");
    return this;
  }

  /**
   * Names the unit issuing the report (出具单位) in the header.
   *
   * @param issuingUnit 1 to 500 characters, not blank; null for none
   * @return this builder
   */
  public ReportBuilder issuingUnit(@Nullable String issuingUnit) {
    this.issuingUnit = issuingUnit == null ? null : checkLabel(issuingUnit, "issuingUnit");
    return this;
  }

  /**
   * Sets the acceptance rate the verdict and the charts' threshold use.
   *
   * @param acceptanceRate the share of volumes without defects required, above 0 and at most 1
   * @return this builder
   * @throws org.siarchive.core.InvalidValueException when out of range
   */
  public ReportBuilder acceptanceRate(BigDecimal acceptanceRate) {
    this.acceptanceRate = checkAcceptanceRate(acceptanceRate);
    return this;
  }

  /**
   * Names sub-centres from the host's list; a name here wins over the one the volumes carry.
   *
   * @param subCenters the sub-centres with their names
   * @return this builder
   */
  public ReportBuilder subCenters(Collection<SubCenter> subCenters) {
    for (SubCenter sc : Objects.requireNonNull(subCenters, "subCenters")) {
      names.put(sc.id(), sc.name());
    }
    return this;
  }

  static String checkLabel(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank() || value.length() > 500) {
      throw new InvalidValueException(field, "1 to 500 characters, not blank", value);
    }
    return value;
  }

  static BigDecimal checkAcceptanceRate(BigDecimal rate) {
    Objects.requireNonNull(rate, "acceptanceRate");
    if (rate.signum() <= 0 || rate.compareTo(BigDecimal.ONE) > 0) {
      throw new InvalidValueException(
          "acceptanceRate", "above 0 and at most 1", rate.toPlainString());
    }
    return rate;
  }

  @Override
  public void rejected(LineResult.Rejected rejected) {
    if (rejectedLines.size() < QualityReport.LISTED_REJECTIONS) {
      rejectedLines.add(rejected);
    }
  }

  @Override
  public void checked(VolumeResult r) {
    Group sc = subCenters.computeIfAbsent(r.subCenterId(), Group::new);
    String carried = r.volume().subCenterName();
    if (carried != null) {
      carriedNames.putIfAbsent(r.subCenterId(), carried);
    }
    BusinessType type = r.businessType();
    Group cat =
        categories.computeIfAbsent(
            type.toString(),
            k ->
                new Group(
                    context
                        .materialRules()
                        .rulesFor(type)
                        .map(TypeRules::rule)
                        .map(BusinessTypeRule::zh)
                        .orElse(k)));
    count(sc, r);
    count(cat, r);
    Set<DefectCode> inVolume = new HashSet<>();
    for (Defect d : r.defects()) {
      long[] c = perCode.computeIfAbsent(d.code(), k -> new long[2]);
      c[0]++;
      if (inVolume.add(d.code())) {
        c[1]++;
      }
    }
  }

  private static void count(Group g, VolumeResult r) {
    g.checked++;
    if (r.hasDefects()) {
      g.withDefects++;
      g.defects += r.defects().size();
      for (Defect d : r.defects()) {
        g.perCode.merge(d.code(), 1L, Long::sum);
      }
    }
  }

  /**
   * The counts kept so far, as a value that merges with the counts of other parts of an input.
   *
   * @return a snapshot; later results do not change it
   */
  public ReportCounts counts() {
    return new ReportCounts(
        snapshot(subCenters, carriedNames), snapshot(categories, null), codeCounts());
  }

  private static Map<String, ReportCounts.Group> snapshot(
      Map<String, Group> groups, @Nullable Map<String, String> carried) {
    Map<String, ReportCounts.Group> out = new TreeMap<>();
    groups.forEach(
        (key, g) -> {
          Map<String, Long> codes = new LinkedHashMap<>();
          g.perCode.forEach((code, n) -> codes.put(code.value(), n));
          out.put(
              key,
              new ReportCounts.Group(
                  carried == null ? g.name : carried.get(key),
                  g.checked,
                  g.withDefects,
                  g.defects,
                  codes));
        });
    return out;
  }

  private Map<String, ReportCounts.CodeCount> codeCounts() {
    Map<String, ReportCounts.CodeCount> out = new LinkedHashMap<>();
    perCode.forEach((code, c) -> out.put(code.value(), new ReportCounts.CodeCount(c[0], c[1])));
    return out;
  }

  /**
   * Adds the counts of a later part of the input (from another builder's {@link #counts()}, on
   * another thread or machine), as if this builder had listened to that part's results after its
   * own. Adding the parts of an input in order gives the counts of one run over the whole. The
   * rejected records the report lists are not in the counts: hand them to {@link
   * #rejected(LineResult.Rejected)} in input order, with their line numbers in the whole input.
   *
   * @param later the counts to add
   * @return this builder
   */
  public ReportBuilder add(ReportCounts later) {
    Objects.requireNonNull(later, "later");
    later
        .subCenters()
        .forEach(
            (id, c) -> {
              addGroup(subCenters.computeIfAbsent(id, Group::new), c);
              if (c.name() != null) {
                carriedNames.putIfAbsent(id, c.name());
              }
            });
    later
        .categories()
        .forEach(
            (key, c) ->
                addGroup(
                    categories.computeIfAbsent(
                        key, k -> new Group(c.name() == null ? k : c.name())),
                    c));
    later
        .codes()
        .forEach(
            (code, c) -> {
              long[] n = perCode.computeIfAbsent(DefectCode.of(code), k -> new long[2]);
              n[0] = Math.addExact(n[0], c.defects());
              n[1] = Math.addExact(n[1], c.volumes());
            });
    return this;
  }

  private static void addGroup(Group g, ReportCounts.Group c) {
    g.checked = Math.addExact(g.checked, c.checked());
    g.withDefects = Math.addExact(g.withDefects, c.volumesWithDefects());
    g.defects = Math.addExact(g.defects, c.defects());
    c.perCode().forEach((code, n) -> g.perCode.merge(DefectCode.of(code), n, Math::addExact));
  }

  /**
   * {@return the report of the run}
   *
   * @param summary the run's summary (its figures are the totals)
   * @param previous a previous report to compare with; null for none
   * @throws org.siarchive.core.InvalidValueException when the summary and what this builder was
   *     told disagree (it listened to another run)
   */
  public QualityReport build(RunSummary summary, @Nullable QualityReport previous) {
    Objects.requireNonNull(summary, "summary");
    DefectCatalogue catalogue = context.catalogue();
    QualityReport.Totals totals =
        new QualityReport.Totals(
            summary.read(),
            summary.checked(),
            summary.rejected(),
            summary.volumesWithDefects(),
            summary.defects(),
            Rates.of(summary.volumesWithDefects(), summary.checked()));
    List<DefectCode> order = new ArrayList<>(perCode.keySet());
    order.sort(
        Comparator.comparingLong((DefectCode c) -> -Objects.requireNonNull(perCode.get(c))[0])
            .thenComparing(Comparator.naturalOrder()));
    List<QualityReport.CodeFigures> pareto = new ArrayList<>();
    long running = 0;
    for (DefectCode code : order) {
      long[] c = Objects.requireNonNull(perCode.get(code));
      running += c[0];
      DefectType t = catalogue.require(code);
      pareto.add(
          new QualityReport.CodeFigures(
              code.value(),
              t.severity().name(),
              t.zh(),
              t.en(),
              c[0],
              c[1],
              Rates.of(c[0], summary.defects()),
              Rates.of(running, summary.defects())));
    }
    subCenters.forEach(
        (id, g) -> g.name = names.getOrDefault(id, carriedNames.getOrDefault(id, id)));
    List<QualityReport.GroupFigures> sc = figures(subCenters, catalogue);
    QualityReport.@Nullable Change change =
        previous == null ? null : change(previous, summary.suite(), totals, pareto, sc);
    List<NotPerformed> notPerformed = NotPerformed.of(summary, context);
    QualityReport.Header header =
        new QualityReport.Header(
            ArchiveTime.today(context.clock()),
            input,
            batch,
            issuingUnit,
            TOOL,
            ToolVersion.VERSION,
            acceptanceRate,
            QualityReport.Verdict.of(totals, acceptanceRate));
    return new QualityReport(
        QualityReport.FORMAT,
        header,
        summary.suite(),
        summary.editions(),
        notPerformed,
        totals,
        rejectedLines,
        sc,
        figures(categories, catalogue),
        pareto,
        change);
  }

  private static List<QualityReport.GroupFigures> figures(
      Map<String, Group> groups, DefectCatalogue catalogue) {
    List<QualityReport.GroupFigures> out = new ArrayList<>();
    groups.forEach(
        (key, g) -> {
          Map<String, Long> ordered = new LinkedHashMap<>();
          for (DefectCode code : catalogue.codesFor(Stage.ALL)) {
            Long n = g.perCode.get(code);
            if (n != null) {
              ordered.put(code.value(), n);
            }
          }
          g.perCode.forEach((code, n) -> ordered.putIfAbsent(code.value(), n));
          out.add(
              new QualityReport.GroupFigures(
                  key,
                  g.name,
                  g.checked,
                  g.withDefects,
                  g.defects,
                  Rates.of(g.withDefects, g.checked),
                  ordered));
        });
    return out;
  }

  private static QualityReport.Change change(
      QualityReport previous,
      String suite,
      QualityReport.Totals totals,
      List<QualityReport.CodeFigures> pareto,
      List<QualityReport.GroupFigures> subCenters) {
    Map<String, long[]> codes = new TreeMap<>();
    for (QualityReport.CodeFigures c : previous.pareto()) {
      long[] n = codes.computeIfAbsent(c.code(), k -> new long[4]);
      n[0] = c.defects();
      n[2] = c.volumes();
    }
    for (QualityReport.CodeFigures c : pareto) {
      long[] n = codes.computeIfAbsent(c.code(), k -> new long[4]);
      n[1] = c.defects();
      n[3] = c.volumes();
    }
    List<QualityReport.CodeChange> codeChanges = new ArrayList<>();
    codes.forEach(
        (code, c) -> codeChanges.add(new QualityReport.CodeChange(code, c[0], c[1], c[2], c[3])));
    Map<String, BigDecimal[]> rates = new TreeMap<>();
    previous
        .subCenters()
        .forEach(g -> rates.computeIfAbsent(g.key(), k -> new BigDecimal[2])[0] = g.problemRate());
    subCenters.forEach(
        g -> rates.computeIfAbsent(g.key(), k -> new BigDecimal[2])[1] = g.problemRate());
    List<QualityReport.RateChange> rateChanges = new ArrayList<>();
    rates.forEach((key, r) -> rateChanges.add(new QualityReport.RateChange(key, r[0], r[1])));
    BigDecimal before = previous.totals().problemRate();
    boolean differ =
        previous.totals().checked() != totals.checked()
            || !previous.suite().equals(suite)
            || !keys(previous.subCenters()).equals(keys(subCenters));
    return new QualityReport.Change(
        previous.editions(),
        before,
        totals.problemRate().subtract(before),
        codeChanges,
        rateChanges,
        previous.totals().checked(),
        totals.checked(),
        differ,
        previous.totals().rejected());
  }

  private static Set<String> keys(List<QualityReport.GroupFigures> groups) {
    Set<String> keys = new java.util.TreeSet<>();
    groups.forEach(g -> keys.add(g.key()));
    return keys;
  }
}
