package org.siarchive.rules.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.model.Volume;
import org.siarchive.rules.Language;
import org.siarchive.rules.quality.DefectCatalogue;
import org.siarchive.rules.quality.DefectType;
import org.siarchive.rules.quality.RunListener;
import org.siarchive.rules.quality.VolumeResult;
import org.siarchive.rules.retention.EditionDiff;

/**
 * The training brief (article §3.4): for the city and for each sub-centre, the most common defects
 * (a Pareto), each with its rate (defects per volume checked) and its trend against the previous
 * period as rates, never raw counts; the catalogue's guidance on how to avoid it; the categories
 * (business types) and, when the host says who formed each volume, the case handlers where it
 * concentrates; and the changes between two retention editions in a trainer's words ({@link
 * EditionDiff#summary}). Immutable and thread-safe; its JSON form is the record's fields in order,
 * the HTML page is {@link TrainingBriefHtml}.
 *
 * <p>Rates are exact decimals: {@code defects / checked} rounded half-even to 4 places; the trend
 * compares the unrounded fractions in integer arithmetic ({@code now × checkedBefore} against
 * {@code before × checkedNow}), so a rounding never decides it.
 *
 * <pre>{@code
 * TrainingBrief.Builder b = TrainingBrief.builder(context.catalogue()).previous(lastQuarter);
 * QualityRun.builder(suite, context).listener(b).build().run(file);
 * TrainingBrief brief = b.editionChanges(EditionDiff.between(old, current)).build();
 * brief.city().pareto().get(0).guidanceZh();
 * }</pre>
 *
 * @param topics how many defects each Pareto lists, most frequent first
 * @param city the city's scope
 * @param subCenters each sub-centre's scope, by id
 * @param editionChanges the retention edition changes, or null when no editions were given
 * @since 0.1.0
 */
@JsonPropertyOrder({"topics", "city", "subCenters", "editionChanges"})
public record TrainingBrief(
    int topics, Scope city, List<Scope> subCenters, @Nullable EditionChanges editionChanges) {

  /** The default number of defects per Pareto. */
  public static final int DEFAULT_TOPICS = 10;

  /**
   * Validates and copies.
   *
   * @param topics how many defects each Pareto lists, most frequent first
   * @param city the city's scope
   * @param subCenters each sub-centre's scope, by id
   * @param editionChanges the retention edition changes, or null when no editions were given
   */
  public TrainingBrief {
    Objects.requireNonNull(city, "city");
    subCenters = List.copyOf(subCenters);
  }

  /**
   * The city or one sub-centre. Immutable.
   *
   * @param key {@code "city"} or the sub-centre's id
   * @param name the sub-centre's name (its id when the volumes carry none), or 全市 for the city
   * @param checked volumes checked
   * @param checkedBefore volumes checked in the previous period, or null without one
   * @param defects defects found
   * @param pareto the most common defects, most frequent first (ties by code)
   */
  @JsonPropertyOrder({"key", "name", "checked", "checkedBefore", "defects", "pareto"})
  public record Scope(
      String key,
      String name,
      long checked,
      @Nullable Long checkedBefore,
      long defects,
      List<Topic> pareto) {
    /**
     * Copies.
     *
     * @param key {@code "city"} or the sub-centre's id
     * @param name the sub-centre's name (its id when the volumes carry none), or 全市 for the city
     * @param checked volumes checked
     * @param checkedBefore volumes checked in the previous period, or null without one
     * @param defects defects found
     * @param pareto the most common defects, most frequent first (ties by code)
     */
    public Scope {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(name, "name");
      pareto = List.copyOf(pareto);
    }
  }

  /** How a defect's rate moved against the previous period. */
  public enum Trend {
    /** Higher rate than before. */
    UP,
    /** Lower rate than before. */
    DOWN,
    /** The same rate. */
    SAME,
    /** Not found before, found now. */
    NEW,
    /** No previous period to compare with. */
    NO_PREVIOUS
  }

  /**
   * One defect of a Pareto. Immutable.
   *
   * @param code the defect code
   * @param severity its severity
   * @param zh its name in Chinese
   * @param en its name in English
   * @param defects how many were found
   * @param share its share of the scope's defects, 4 places half-even
   * @param cumulativeShare the Pareto's running share up to it
   * @param rate defects per volume checked, 4 places half-even
   * @param rateBefore the previous period's rate, or null without one
   * @param trend how the rate moved
   * @param guidanceZh how to avoid it, the catalogue's words in Chinese
   * @param guidanceEn the same in English
   * @param categories where it concentrates: the business types with most of it, most first
   * @param handlers the case handlers with most of it, most first; empty when the host gave no
   *     handler
   */
  @JsonPropertyOrder({
    "code",
    "severity",
    "zh",
    "en",
    "defects",
    "share",
    "cumulativeShare",
    "rate",
    "rateBefore",
    "trend",
    "guidanceZh",
    "guidanceEn",
    "categories",
    "handlers"
  })
  public record Topic(
      String code,
      String severity,
      String zh,
      String en,
      long defects,
      BigDecimal share,
      BigDecimal cumulativeShare,
      BigDecimal rate,
      @Nullable BigDecimal rateBefore,
      Trend trend,
      String guidanceZh,
      String guidanceEn,
      List<Concentration> categories,
      List<Concentration> handlers) {
    /**
     * Copies.
     *
     * @param code the defect code
     * @param severity its severity
     * @param zh its name in Chinese
     * @param en its name in English
     * @param defects how many were found
     * @param share its share of the scope's defects, 4 places half-even
     * @param cumulativeShare the Pareto's running share up to it
     * @param rate defects per volume checked, 4 places half-even
     * @param rateBefore the previous period's rate, or null without one
     * @param trend how the rate moved
     * @param guidanceZh how to avoid it, the catalogue's words in Chinese
     * @param guidanceEn the same in English
     * @param categories where it concentrates: the business types with most of it, most first
     * @param handlers the case handlers with most of it, most first; empty when the host gave no
     *     handler
     */
    public Topic {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(trend, "trend");
      categories = List.copyOf(categories);
      handlers = List.copyOf(handlers);
    }
  }

  /**
   * A category or case handler where a defect concentrates. Immutable.
   *
   * @param key the business type's text form, or the handler's id
   * @param defects how many of the defect it accounts for
   * @param share its share of the defect, 4 places half-even
   */
  public record Concentration(String key, long defects, BigDecimal share) {}

  /**
   * The changes between two retention editions, in a trainer's words. Immutable.
   *
   * @param from the older edition's label
   * @param to the newer edition's label
   * @param zh one sentence per change, in Chinese
   * @param en the same in English
   */
  public record EditionChanges(String from, String to, List<String> zh, List<String> en) {
    /**
     * Copies.
     *
     * @param from the older edition's label
     * @param to the newer edition's label
     * @param zh one sentence per change, in Chinese
     * @param en the same in English
     */
    public EditionChanges {
      zh = List.copyOf(zh);
      en = List.copyOf(en);
    }

    /**
     * {@return the changes a diff holds}
     *
     * @param diff the diff of two retention editions
     */
    public static EditionChanges of(EditionDiff diff) {
      Objects.requireNonNull(diff, "diff");
      return new EditionChanges(
          diff.from().toString(),
          diff.to().toString(),
          diff.summary(Language.ZH),
          diff.summary(Language.EN));
    }
  }

  /**
   * {@return a builder that listens to a quality run ({@link RunListener})}
   *
   * @param catalogue the defect catalogue whose names and guidance the brief quotes
   */
  public static Builder builder(DefectCatalogue catalogue) {
    return new Builder(catalogue);
  }

  /** Gathers the checked volumes' defects; not thread-safe (a run delivers in order). */
  public static final class Builder implements RunListener {
    private final DefectCatalogue catalogue;
    private @Nullable Function<Volume, String> handlerOf;
    private @Nullable QualityReport previous;
    private @Nullable EditionDiff diff;
    private int topics = DEFAULT_TOPICS;
    private final Map<String, Tally> bySubCenter = new TreeMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final Tally city = new Tally();

    private Builder(DefectCatalogue catalogue) {
      this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /**
     * Sets who formed each volume, for the handlers a defect concentrates on.
     *
     * @param handlerOf the handler of a volume
     * @return this builder
     */
    public Builder handlerOf(Function<Volume, String> handlerOf) {
      this.handlerOf = Objects.requireNonNull(handlerOf, "handlerOf");
      return this;
    }

    /**
     * Sets the previous period's report, for the trends.
     *
     * @param previous the report, or null for none
     * @return this builder
     */
    public Builder previous(@Nullable QualityReport previous) {
      this.previous = previous;
      return this;
    }

    /**
     * Sets the changes between the previous and the current retention edition.
     *
     * @param diff the diff of the two editions, or null for none
     * @return this builder
     */
    public Builder editionChanges(@Nullable EditionDiff diff) {
      this.diff = diff;
      return this;
    }

    /**
     * Sets how many defects each Pareto lists; 10 by default.
     *
     * @param topics 1 to 100
     * @return this builder
     * @throws org.siarchive.core.InvalidValueException naming the field and the value
     */
    public Builder topics(int topics) {
      if (topics < 1 || topics > 100) {
        throw new org.siarchive.core.InvalidValueException(
            "topics", "1 - 100", Integer.toString(topics));
      }
      this.topics = topics;
      return this;
    }

    @Override
    public void checked(VolumeResult r) {
      Volume v = r.volume();
      String sc = v.subCenterId();
      if (v.subCenterName() != null) {
        names.putIfAbsent(sc, v.subCenterName());
      }
      String handler = handlerOf == null ? null : handlerOf.apply(v);
      String category = v.businessType().toString();
      Tally t = bySubCenter.computeIfAbsent(sc, k -> new Tally());
      for (Tally each : List.of(t, city)) {
        each.checked++;
        for (Defect d : r.defects()) {
          each.add(d.code().value(), category, handler);
        }
      }
    }

    /** {@return the brief of what was checked} */
    public TrainingBrief build() {
      Map<String, QualityReport.GroupFigures> before = new HashMap<>();
      Map<String, Long> cityBefore = new HashMap<>();
      if (previous != null) {
        previous.subCenters().forEach(g -> before.put(g.key(), g));
        previous.pareto().forEach(c -> cityBefore.put(c.code(), c.defects()));
      }
      Scope c =
          scope(
              "city",
              "全市",
              city,
              previous == null ? null : previous.totals().checked(),
              previous == null ? null : cityBefore);
      List<Scope> scs = new ArrayList<>();
      bySubCenter.forEach(
          (sc, t) -> {
            QualityReport.GroupFigures g = before.get(sc);
            scs.add(
                scope(
                    sc,
                    names.getOrDefault(sc, sc),
                    t,
                    previous == null ? null : g == null ? 0L : g.checked(),
                    previous == null ? null : g == null ? Map.of() : g.defectsPerCode()));
          });
      return new TrainingBrief(topics, c, scs, diff == null ? null : EditionChanges.of(diff));
    }

    private Scope scope(
        String key,
        String name,
        Tally t,
        @Nullable Long checkedBefore,
        @Nullable Map<String, Long> defectsBefore) {
      List<Map.Entry<String, Long>> ranked =
          t.perCode.entrySet().stream()
              .sorted(
                  Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue())
                      .thenComparing(Map.Entry::getKey))
              .toList();
      long total = t.perCode.values().stream().mapToLong(Long::longValue).sum();
      List<Topic> pareto = new ArrayList<>();
      long running = 0;
      for (Map.Entry<String, Long> e : ranked.subList(0, Math.min(topics, ranked.size()))) {
        String code = e.getKey();
        long n = e.getValue();
        running += n;
        DefectType type =
            catalogue.types().stream()
                .filter(dt -> dt.code().equals(code))
                .findFirst()
                .orElse(null);
        BigDecimal rateBefore = null;
        Trend trend = Trend.NO_PREVIOUS;
        if (checkedBefore != null && defectsBefore != null) {
          long nb = defectsBefore.getOrDefault(code, 0L);
          if (checkedBefore > 0) {
            rateBefore = ratio(nb, checkedBefore);
          }
          if (nb == 0) {
            trend = Trend.NEW;
          } else if (checkedBefore > 0) {
            int cmp =
                BigDecimal.valueOf(n)
                    .multiply(BigDecimal.valueOf(checkedBefore))
                    .compareTo(BigDecimal.valueOf(nb).multiply(BigDecimal.valueOf(t.checked)));
            trend = cmp > 0 ? Trend.UP : cmp < 0 ? Trend.DOWN : Trend.SAME;
          }
        }
        pareto.add(
            new Topic(
                code,
                type == null ? "" : type.severity().name(),
                type == null ? code : type.zh(),
                type == null ? code : type.en(),
                n,
                ratio(n, total),
                ratio(running, total),
                ratio(n, t.checked),
                rateBefore,
                trend,
                type == null ? "" : type.guidance().in(Language.ZH),
                type == null ? "" : type.guidance().in(Language.EN),
                concentration(t.perCategory.getOrDefault(code, Map.of()), n),
                concentration(t.perHandler.getOrDefault(code, Map.of()), n)));
      }
      return new Scope(key, name, t.checked, checkedBefore, total, pareto);
    }

    /** The three keys with most of a defect, most first (ties by key). */
    private static List<Concentration> concentration(Map<String, Long> counts, long of) {
      return counts.entrySet().stream()
          .sorted(
              Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue())
                  .thenComparing(Map.Entry::getKey))
          .limit(3)
          .map(e -> new Concentration(e.getKey(), e.getValue(), ratio(e.getValue(), of)))
          .toList();
    }
  }

  /** {@code a / b} rounded half-even to 4 places; 0 when {@code b} is 0. */
  static BigDecimal ratio(long a, long b) {
    return b == 0
        ? BigDecimal.ZERO.setScale(4)
        : BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), 4, RoundingMode.HALF_EVEN);
  }

  /** One scope's counts while the run goes. */
  private static final class Tally {
    long checked;
    final Map<String, Long> perCode = new LinkedHashMap<>();
    final Map<String, Map<String, Long>> perCategory = new HashMap<>();
    final Map<String, Map<String, Long>> perHandler = new HashMap<>();

    void add(String code, String category, @Nullable String handler) {
      perCode.merge(code, 1L, Long::sum);
      perCategory.computeIfAbsent(code, k -> new HashMap<>()).merge(category, 1L, Long::sum);
      if (handler != null) {
        perHandler.computeIfAbsent(code, k -> new HashMap<>()).merge(handler, 1L, Long::sum);
      }
    }
  }
}
