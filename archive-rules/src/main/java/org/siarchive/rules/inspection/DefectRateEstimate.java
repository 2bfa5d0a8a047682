package org.siarchive.rules.inspection;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.siarchive.core.InvalidValueException;

/**
 * The problem rate of a batch or of the city estimated from an inspected sample, with two-sided
 * confidence intervals, per stratum and overall, and the method named. Immutable and thread-safe.
 *
 * <p>The method ({@link #METHOD}):
 *
 * <ul>
 *   <li>Per stratum of {@code N_h} volumes with {@code x_h} problems among {@code n_h} inspected:
 *       the rate {@code p_h = x_h / n_h} and the exact Clopper-Pearson interval, lower limit the
 *       {@code a/2} quantile of Beta({@code x_h}, {@code n_h - x_h + 1}) (0 when {@code x_h = 0}),
 *       upper limit the {@code 1 - a/2} quantile of Beta({@code x_h + 1}, {@code n_h - x_h}) (1
 *       when {@code x_h = n_h}), {@code a = 1 - confidence}. Binomial, so conservative for a finite
 *       stratum; a stratum inspected in full (a census) has the interval {@code [p_h, p_h]}.
 *   <li>Overall: the stratified estimate {@code p = sum W_h p_h} with {@code W_h = N_h / N}, its
 *       variance {@code v = sum W_h^2 (1 - n_h/N_h) p_h (1 - p_h) / (n_h - 1)} (a term is 0 when
 *       {@code n_h = 1}), and the Korn-Graubard (1998) interval: the Clopper-Pearson limits above
 *       with the effective sample size {@code n* = p (1 - p) / v} (the total inspected when {@code
 *       v = 0}), capped at the total inspected, and {@code x* = p n*}. One stratum: its own
 *       interval; every stratum a census: {@code [p, p]}.
 * </ul>
 *
 * <pre>{@code
 * DefectRateEstimate e = DefectRateEstimate.of(List.of(
 *     new DefectRateEstimate.Observation(StratumKey.ofSubCenter("SC01"), 1000, 100, 4),
 *     new DefectRateEstimate.Observation(StratumKey.ofSubCenter("SC02"), 500, 50, 0)), 0.95);
 * e.overall().rate();    // (1000/1500) x 0.04 = 0.0267
 * e.overall().lower();   // the Korn-Graubard lower limit
 * }</pre>
 *
 * @param method the method, {@link #METHOD}
 * @param confidence the two-sided confidence level, in (0, 1)
 * @param strata the estimate of each stratum, in the order observed
 * @param overall the stratified estimate of the whole population
 * @since 0.1.0
 */
public record DefectRateEstimate(
    String method, double confidence, List<StratumEstimate> strata, Interval overall) {

  /** The method, in words. */
  public static final String METHOD =
      "per stratum: Clopper-Pearson exact interval (a census: the rate itself); overall: stratified"
          + " estimate sum W_h p_h with the Korn-Graubard (1998) effective-sample-size"
          + " Clopper-Pearson interval, variance with finite-population correction";

  /**
   * Validates and copies the components.
   *
   * @param method the method, {@link #METHOD}
   * @param confidence the two-sided confidence level, in (0, 1)
   * @param strata the estimate of each stratum, in the order observed
   * @param overall the stratified estimate of the whole population
   */
  public DefectRateEstimate {
    Objects.requireNonNull(method, "method");
    checkConfidence(confidence);
    strata = List.copyOf(strata);
    Objects.requireNonNull(overall, "overall");
  }

  /**
   * Estimates from what was found in each stratum.
   *
   * @param observed per stratum: volumes, inspected, found; non-empty, each stratum with at least
   *     one volume inspected
   * @param confidence the two-sided level, in (0, 1)
   * @return the estimate
   * @throws InvalidValueException naming the stratum or the confidence and the value
   */
  public static DefectRateEstimate of(List<Observation> observed, double confidence) {
    Objects.requireNonNull(observed, "observed");
    checkConfidence(confidence);
    if (observed.isEmpty()) {
      throw new InvalidValueException("observed", "at least one stratum", "none");
    }
    double alpha = 1 - confidence;
    List<StratumEstimate> strata =
        observed.stream()
            .map(
                o -> {
                  double p = (double) o.found() / o.inspected();
                  Interval i =
                      o.inspected() == o.volumes()
                          ? new Interval(p, p, p)
                          : clopperPearson(p, (double) o.found(), (double) o.inspected(), alpha);
                  return new StratumEstimate(o, i);
                })
            .toList();
    if (strata.size() == 1) {
      return new DefectRateEstimate(METHOD, confidence, strata, strata.get(0).interval());
    }
    double n = observed.stream().mapToLong(Observation::volumes).sum();
    double inspected = observed.stream().mapToLong(Observation::inspected).sum();
    double p = 0;
    double v = 0;
    boolean census = true;
    for (Observation o : observed) {
      double w = o.volumes() / n;
      double ph = (double) o.found() / o.inspected();
      p += w * ph;
      census &= o.inspected() == o.volumes();
      if (o.inspected() > 1) {
        double fpc = 1 - (double) o.inspected() / o.volumes();
        v += w * w * fpc * ph * (1 - ph) / (o.inspected() - 1);
      }
    }
    Interval overall;
    if (census) {
      overall = new Interval(p, p, p);
    } else {
      double effective = v > 0 ? Math.min(inspected, p * (1 - p) / v) : inspected;
      overall = clopperPearson(p, p * effective, effective, alpha);
    }
    return new DefectRateEstimate(METHOD, confidence, strata, overall);
  }

  private static Interval clopperPearson(double rate, double x, double n, double alpha) {
    double lower =
        x <= 0 ? 0 : BetaDistribution.of(x, n - x + 1).inverseCumulativeProbability(alpha / 2);
    double upper =
        x >= n ? 1 : BetaDistribution.of(x + 1, n - x).inverseCumulativeProbability(1 - alpha / 2);
    return new Interval(rate, lower, upper);
  }

  private static void checkConfidence(double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new InvalidValueException(
          "confidence", "valid values > 0 - 1 exclusive", String.valueOf(confidence));
    }
  }

  /**
   * What the inspection of one stratum found. Immutable.
   *
   * <p>Example: {@code new Observation(StratumKey.ofSubCenter("SC01"), 1000, 100, 4)}.
   *
   * @param key the stratum
   * @param volumes {@code N_h}, at least 1
   * @param inspected {@code n_h}, 1 to {@code N_h}
   * @param found {@code x_h}, the inspected volumes with a problem, 0 to {@code n_h}
   */
  public record Observation(StratumKey key, long volumes, long inspected, long found) {
    /**
     * Validates the counts.
     *
     * @param key the stratum
     * @param volumes {@code N_h}, at least 1
     * @param inspected {@code n_h}, 1 to {@code N_h}
     * @param found {@code x_h}, the inspected volumes with a problem, 0 to {@code n_h}
     */
    public Observation {
      Objects.requireNonNull(key, "key");
      if (volumes < 1 || inspected < 1 || inspected > volumes || found < 0 || found > inspected) {
        throw new InvalidValueException(
            "observed/" + key.id(),
            "volumes >= 1, inspected 1 - volumes, found 0 - inspected",
            String.format(
                Locale.ROOT, "volumes %d, inspected %d, found %d", volumes, inspected, found));
      }
    }
  }

  /**
   * A rate and its two-sided confidence interval. Immutable.
   *
   * <p>Example: {@code Interval[rate=0.04, lower=0.011, upper=0.099]}.
   *
   * @param rate the estimated problem rate
   * @param lower the lower limit, at most the rate
   * @param upper the upper limit, at least the rate
   */
  public record Interval(double rate, double lower, double upper) {}

  /**
   * One stratum's estimate. Immutable.
   *
   * <p>Example: {@code StratumEstimate[observation=SC01 1000/100/4, interval=0.04 [0.011, 0.099]]}.
   *
   * @param observation what was found
   * @param interval the rate and its interval
   */
  public record StratumEstimate(Observation observation, Interval interval) {
    /**
     * Validates the components.
     *
     * @param observation what was found
     * @param interval the rate and its interval
     */
    public StratumEstimate {
      Objects.requireNonNull(observation, "observation");
      Objects.requireNonNull(interval, "interval");
    }
  }
}
