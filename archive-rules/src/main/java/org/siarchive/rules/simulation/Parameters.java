package org.siarchive.rules.simulation;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.transfer.Role;
import org.siarchive.rules.quality.Stage;

/**
 * The run's assumptions: people per site of each post, how much a person does in a working day at
 * each step, how often an inspector who could see a defect sees it, the sampling ratios, the batch
 * period, how long phase 1 keeps volumes, and how variable service times are. The defaults are
 * illustrative (not the article's figures, which it does not give); a host sets its own. Immutable
 * and thread-safe.
 *
 * <pre>{@code
 * Parameters p = Parameters.defaults().withPeople(Role.ACCEPTANCE_POST, 3)
 *     .withServiceVariability(0);
 * }</pre>
 *
 * @param people people per site (a sub-centre for the sub-centre's posts, the archive centre for
 *     the centre's) of each post
 * @param rates units a person does in a working day at each step (see {@link Step}): pages for
 *     inspections, scanning and digitisation, volumes for the rest; batches for {@link Step#REPORT}
 * @param efficiency the probability that an inspector at a stage sees a defect the stage's suite
 *     finds, 0 to 1
 * @param spotCheckRatio phase 1's spot check before collection (抽查预验收)
 * @param recheckRatio phase 1's re-check of what acceptance passed, 0.10 to 0.30
 * @param preAcceptanceRatio phase 2's pre-acceptance ratio (the total ratio when flexible)
 * @param supervisionRatio phase 2's supervision ratio (5%)
 * @param flexibleMinRatio the least ratio of a stratum under flexible ratios
 * @param flexibleMaxRatio the largest ratio of a stratum under flexible ratios
 * @param batchDays working days of formation per transfer batch (a month is about 21)
 * @param keepDays working days phase 1 keeps a batch at the sub-centre before the transfer request
 * @param serviceVariability the log-scale standard deviation of a job's service-time factor
 *     (log-normal with mean 1); 0 for fixed times
 * @param poissonArrivals whether each sub-centre's daily volumes are Poisson (true) or exactly the
 *     rounded mean, at least 1 (false)
 * @since 0.1.0
 */
public record Parameters(
    Map<Role, Integer> people,
    Map<Step, Double> rates,
    Map<Stage, Double> efficiency,
    BigDecimal spotCheckRatio,
    BigDecimal recheckRatio,
    BigDecimal preAcceptanceRatio,
    BigDecimal supervisionRatio,
    BigDecimal flexibleMinRatio,
    BigDecimal flexibleMaxRatio,
    int batchDays,
    int keepDays,
    double serviceVariability,
    boolean poissonArrivals) {

  /** The working days of a year. */
  public static final int WORKING_DAYS_PER_YEAR = 250;

  /** What a person does at a step; the work of a job is its units over the step's rate. */
  public enum Step {
    /** Case handlers scan each volume's pages as the case is handled (phase 2), pages. */
    SCAN,
    /** The audit post checks each volume's images as they are made, pages. */
    AUDIT,
    /** A case handler puts right what the audit post found, volumes. */
    FIX_AT_SOURCE,
    /** Arranging a batch (立卷), volumes. */
    ARRANGE,
    /** The sub-centre's self-check of every page, pages. */
    SELF_CHECK,
    /** The transfer request and the hand-over, volumes. */
    PAPERWORK,
    /** Spot checks, acceptance, re-check, pre-acceptance and supervision, pages. */
    INSPECT,
    /** The quality analysis report of a batch (phase 1), batches. */
    REPORT,
    /** The archivist's rectification of a found volume, volumes. */
    RECTIFY,
    /** Collection trips to the archive centre, volumes. */
    COLLECT,
    /** Digitisation at the centre (phase 1), pages. */
    DIGITISE,
    /** Putting volumes into the stacks, volumes. */
    STORE
  }

  /**
   * Validates and copies.
   *
   * @param people people per site (a sub-centre for the sub-centre's posts, the archive centre for
   *     the centre's) of each post
   * @param rates units a person does in a working day at each step (see {@link Step}): pages for
   *     inspections, scanning and digitisation, volumes for the rest; batches for {@link
   *     Step#REPORT}
   * @param efficiency the probability that an inspector at a stage sees a defect the stage's suite
   *     finds, 0 to 1
   * @param spotCheckRatio phase 1's spot check before collection (抽查预验收)
   * @param recheckRatio phase 1's re-check of what acceptance passed, 0.10 to 0.30
   * @param preAcceptanceRatio phase 2's pre-acceptance ratio (the total ratio when flexible)
   * @param supervisionRatio phase 2's supervision ratio (5%)
   * @param flexibleMinRatio the least ratio of a stratum under flexible ratios
   * @param flexibleMaxRatio the largest ratio of a stratum under flexible ratios
   * @param batchDays working days of formation per transfer batch (a month is about 21)
   * @param keepDays working days phase 1 keeps a batch at the sub-centre before the transfer
   *     request
   * @param serviceVariability the log-scale standard deviation of a job's service-time factor
   *     (log-normal with mean 1); 0 for fixed times
   * @param poissonArrivals whether each sub-centre's daily volumes are Poisson (true) or exactly
   *     the rounded mean, at least 1 (false)
   */
  public Parameters {
    Map<Role, Integer> p = new EnumMap<>(Role.class);
    for (Role r : Role.values()) {
      Integer n = Objects.requireNonNull(people, "people").get(r);
      if (n == null || n < 1 || n > 10_000) {
        throw new InvalidValueException("people." + r.name(), "1 - 10000", String.valueOf(n));
      }
      p.put(r, n);
    }
    people = Map.copyOf(p);
    Map<Step, Double> q = new EnumMap<>(Step.class);
    for (Step s : Step.values()) {
      Double v = Objects.requireNonNull(rates, "rates").get(s);
      if (v == null || !(v > 0) || v.isInfinite()) {
        throw new InvalidValueException("rates." + s.name(), "above 0, finite", String.valueOf(v));
      }
      q.put(s, v);
    }
    rates = Map.copyOf(q);
    Map<Stage, Double> e = new EnumMap<>(Stage.class);
    for (Stage s : Stage.values()) {
      Double v = Objects.requireNonNull(efficiency, "efficiency").get(s);
      if (v == null || !(v >= 0 && v <= 1)) {
        throw new InvalidValueException("efficiency." + s.id(), "0 - 1", String.valueOf(v));
      }
      e.put(s, v);
    }
    efficiency = Map.copyOf(e);
    ratio("spotCheckRatio", spotCheckRatio);
    ratio("recheckRatio", recheckRatio);
    ratio("preAcceptanceRatio", preAcceptanceRatio);
    ratio("supervisionRatio", supervisionRatio);
    ratio("flexibleMinRatio", flexibleMinRatio);
    ratio("flexibleMaxRatio", flexibleMaxRatio);
    if (flexibleMinRatio.compareTo(flexibleMaxRatio) > 0
        || preAcceptanceRatio.compareTo(flexibleMinRatio) < 0
        || preAcceptanceRatio.compareTo(flexibleMaxRatio) > 0) {
      throw new InvalidValueException(
          "flexibleMinRatio",
          "at most preAcceptanceRatio "
              + preAcceptanceRatio.toPlainString()
              + " and flexibleMaxRatio "
              + flexibleMaxRatio.toPlainString(),
          flexibleMinRatio.toPlainString());
    }
    if (batchDays < 1 || batchDays > WORKING_DAYS_PER_YEAR) {
      throw new InvalidValueException("batchDays", "1 - 250", Integer.toString(batchDays));
    }
    if (keepDays < 0 || keepDays > 10 * WORKING_DAYS_PER_YEAR) {
      throw new InvalidValueException("keepDays", "0 - 2500", Integer.toString(keepDays));
    }
    if (!(serviceVariability >= 0 && serviceVariability <= 2)) {
      throw new InvalidValueException(
          "serviceVariability", "0 - 2", Double.toString(serviceVariability));
    }
  }

  private static void ratio(String field, BigDecimal r) {
    Objects.requireNonNull(r, field);
    if (r.signum() <= 0 || r.compareTo(BigDecimal.ONE) > 0) {
      throw new InvalidValueException(field, "above 0 - 1", r.toPlainString());
    }
  }

  /**
   * {@return the illustrative defaults: per sub-centre 3 case handlers, 1 audit post, 2 archivists,
   * 1 assistant and 1 supervising leader; at the centre 2 acceptance, 1 re-check, 2 digitisers and
   * 2 storage keepers; inspectors see 60% (self-check), 90% (audit post) and 95% (centre and
   * supervision) of what their suite finds; ratios 5% spot check, 20% re-check, 20% pre-acceptance,
   * 5% supervision, flexible 5% to 100%; monthly batches (21 working days), a year's keep in phase
   * 1, service-time variability 0.25, Poisson arrivals}
   */
  public static Parameters defaults() {
    Map<Role, Integer> people =
        Map.of(
            Role.CASE_HANDLER, 3,
            Role.ARCHIVIST, 2,
            Role.ARCHIVE_ASSISTANT, 1,
            Role.AUDIT_POST, 1,
            Role.ACCEPTANCE_POST, 2,
            Role.RECHECK_POST, 1,
            Role.SUPERVISING_LEADER, 1,
            Role.STORAGE_KEEPER, 2,
            Role.DIGITISER, 2);
    Map<Step, Double> rates =
        Map.ofEntries(
            Map.entry(Step.SCAN, 400.0),
            Map.entry(Step.AUDIT, 1_000.0),
            Map.entry(Step.FIX_AT_SOURCE, 20.0),
            Map.entry(Step.ARRANGE, 40.0),
            Map.entry(Step.SELF_CHECK, 800.0),
            Map.entry(Step.PAPERWORK, 500.0),
            Map.entry(Step.INSPECT, 600.0),
            Map.entry(Step.REPORT, 2.0),
            Map.entry(Step.RECTIFY, 10.0),
            Map.entry(Step.COLLECT, 60.0),
            Map.entry(Step.DIGITISE, 400.0),
            Map.entry(Step.STORE, 200.0));
    Map<Stage, Double> eff = new EnumMap<>(Stage.class);
    for (Stage s : Stage.values()) {
      eff.put(s, 0.95);
    }
    eff.put(Stage.SELF_CHECK, 0.6);
    eff.put(Stage.AUDIT_POST, 0.9);
    return new Parameters(
        people,
        rates,
        eff,
        new BigDecimal("0.05"),
        new BigDecimal("0.20"),
        new BigDecimal("0.20"),
        new BigDecimal("0.05"),
        new BigDecimal("0.05"),
        BigDecimal.ONE,
        21,
        WORKING_DAYS_PER_YEAR,
        0.25,
        true);
  }

  /**
   * {@return a step's rate per person and working day}
   *
   * @param step the step
   */
  public double rate(Step step) {
    return Objects.requireNonNull(rates.get(step), "rates");
  }

  /**
   * {@return a post's people per site}
   *
   * @param role the post
   */
  public int peopleOf(Role role) {
    return Objects.requireNonNull(people.get(role), "people");
  }

  /**
   * {@return a stage's inspector efficiency}
   *
   * @param stage the stage
   */
  public double efficiencyOf(Stage stage) {
    return Objects.requireNonNull(efficiency.get(stage), "efficiency");
  }

  /**
   * With a post's people per site.
   *
   * @param role the post
   * @param n its people per site, 1 to 10000
   * @return these parameters with that change, validated again
   */
  public Parameters withPeople(Role role, int n) {
    return with(d -> d.people.put(role, n));
  }

  /**
   * With a step's rate per person and working day.
   *
   * @param step the step
   * @param rate units a person does in a working day at the step, above 0 and finite
   * @return these parameters with that change, validated again
   */
  public Parameters withRate(Step step, double rate) {
    return with(d -> d.rates.put(step, rate));
  }

  /**
   * With every stage's inspector efficiency set to one value.
   *
   * @param e the probability that an inspector sees a defect the stage's suite finds, 0 to 1
   * @return these parameters with that change, validated again
   */
  public Parameters withEfficiency(double e) {
    return with(
        d -> {
          for (Stage s : Stage.values()) {
            d.efficiency.put(s, e);
          }
        });
  }

  /**
   * With the four sampling ratios; the flexible bounds widen to include the pre-acceptance one.
   *
   * @param spotCheck phase 1's spot-check ratio, in (0, 1]
   * @param recheck phase 1's re-check ratio, in (0, 1]
   * @param preAcceptance phase 2's pre-acceptance ratio, in (0, 1]
   * @param supervision phase 2's supervision ratio, in (0, 1]
   * @return these parameters with those changes, validated again
   */
  public Parameters withRatios(
      BigDecimal spotCheck, BigDecimal recheck, BigDecimal preAcceptance, BigDecimal supervision) {
    return with(
        d -> {
          d.spotCheckRatio = spotCheck;
          d.recheckRatio = recheck;
          d.preAcceptanceRatio = preAcceptance;
          d.supervisionRatio = supervision;
          d.flexibleMinRatio = flexibleMinRatio.min(preAcceptance);
          d.flexibleMaxRatio = flexibleMaxRatio.max(preAcceptance);
        });
  }

  /**
   * With the batch period and phase 1's keep.
   *
   * @param batch working days of formation per transfer batch, 1 to 250
   * @param keep working days phase 1 keeps a batch before the transfer request, 0 to 2500
   * @return these parameters with those changes, validated again
   */
  public Parameters withBatchDays(int batch, int keep) {
    return with(
        d -> {
          d.batchDays = batch;
          d.keepDays = keep;
        });
  }

  /**
   * With the service-time variability.
   *
   * @param sigma the log-scale standard deviation of a job's service-time factor, 0 to 2; 0 for
   *     fixed times
   * @return these parameters with that change, validated again
   */
  public Parameters withServiceVariability(double sigma) {
    return with(d -> d.serviceVariability = sigma);
  }

  /**
   * With Poisson (true) or fixed (false) daily arrivals.
   *
   * @param poisson true for Poisson daily volumes, false for the rounded mean, at least 1
   * @return these parameters with that change, validated again
   */
  public Parameters withPoissonArrivals(boolean poisson) {
    return with(d -> d.poissonArrivals = poisson);
  }

  /** This record with one change applied to a mutable copy of its components, validated again. */
  private Parameters with(Consumer<Draft> change) {
    Draft d = new Draft(this);
    change.accept(d);
    return d.build();
  }

  /** The components of a {@link Parameters} being changed by one {@code with} method. */
  private static final class Draft {
    final Map<Role, Integer> people;
    final Map<Step, Double> rates;
    final Map<Stage, Double> efficiency;
    BigDecimal spotCheckRatio;
    BigDecimal recheckRatio;
    BigDecimal preAcceptanceRatio;
    BigDecimal supervisionRatio;
    BigDecimal flexibleMinRatio;
    BigDecimal flexibleMaxRatio;
    int batchDays;
    int keepDays;
    double serviceVariability;
    boolean poissonArrivals;

    Draft(Parameters p) {
      people = new EnumMap<>(p.people);
      rates = new EnumMap<>(p.rates);
      efficiency = new EnumMap<>(p.efficiency);
      spotCheckRatio = p.spotCheckRatio;
      recheckRatio = p.recheckRatio;
      preAcceptanceRatio = p.preAcceptanceRatio;
      supervisionRatio = p.supervisionRatio;
      flexibleMinRatio = p.flexibleMinRatio;
      flexibleMaxRatio = p.flexibleMaxRatio;
      batchDays = p.batchDays;
      keepDays = p.keepDays;
      serviceVariability = p.serviceVariability;
      poissonArrivals = p.poissonArrivals;
    }

    Parameters build() {
      return new Parameters(
          people,
          rates,
          efficiency,
          spotCheckRatio,
          recheckRatio,
          preAcceptanceRatio,
          supervisionRatio,
          flexibleMinRatio,
          flexibleMaxRatio,
          batchDays,
          keepDays,
          serviceVariability,
          poissonArrivals);
    }
  }
}
