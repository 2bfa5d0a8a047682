package org.siarchive.sampling.size;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.siarchive.sampling.InfeasibleRequestException;
import org.siarchive.sampling.internal.tail.ExactTail;
import org.siarchive.sampling.internal.tail.HypergeometricTail;
import org.siarchive.sampling.internal.tail.Rational;

/**
 * Exact attribute sample sizes: the smallest {@code n} such that a lot at the tolerable rate passes
 * (at most {@code c} nonconforming units in the sample) with probability at most {@code beta = 1 -
 * confidence}.
 *
 * <ul>
 *   <li>Hypergeometric (population {@code N} given): the lot holds {@code D = ceil(p_t N)}
 *       nonconforming units; {@code n <= N}; when {@code D <= c} no {@code n} exists.
 *   <li>Binomial: {@code n} independent trials at {@code p_t}.
 *   <li>With an expected rate {@code p_e} instead of {@code c}: {@code c = ceil(n p_e)} for each
 *       {@code n} tried (the rule behind the AICPA audit-sampling tables); the answer is the
 *       smallest such {@code n}, whose {@code c} is reported.
 * </ul>
 *
 * <p>Every decision "tail {@literal <=} beta" is exact: the double-precision tails (Commons
 * Statistics for the binomial, a product of ratios for the hypergeometric) decide when their value
 * lies outside a band of {@code max(1e-8 beta, 1e-14)} around {@code beta}; inside it the tail is
 * compared in integer arithmetic. So {@code n = 93, c = 1, p_t = 0.05} gives {@code 0.049976 <=
 * 0.05} and 93 is the binomial answer, exactly.
 *
 * <pre>{@code
 * SampleSize s = AttributeSampling.sampleSize(SampleSizeRequest.builder()
 *     .tolerableRate("0.05").confidence("0.95").acceptanceNumber(1).build());
 * // s.sampleSize() == 93, s.acceptanceNumber() == 1, s.model() == Model.BINOMIAL
 * }</pre>
 *
 * <p>Cost: a galloping then binary search over {@code n} (the tail decreases in {@code n} for a
 * fixed {@code c}), about {@code 2 log2 n} tail evaluations of cost {@code O(n)}; with an expected
 * rate, one interval of {@code n} per value of {@code c}. Thread-safe (stateless).
 *
 * @since 0.1.0
 */
public final class AttributeSampling {
  private AttributeSampling() {}

  /**
   * Computes the sample size for a request.
   *
   * @param request the tolerable rate, confidence, population, acceptance number or expected rate
   * @return the smallest sample size with its acceptance number, model and attained risk
   * @throws InfeasibleRequestException when no sample size exists (the lot holds no more than
   *     {@code c} nonconforming units, the expected rate is not below the tolerable rate, or the
   *     binomial size would exceed {@link Integer#MAX_VALUE}); the message names the numbers
   */
  public static SampleSize sampleSize(SampleSizeRequest request) {
    Objects.requireNonNull(request, "request");
    Criterion k = new Criterion(request);
    if (request.expectedRate().isPresent() && request.expectedRate().get().signum() > 0) {
      return withExpectedRate(request, k, request.expectedRate().get());
    }
    int c = request.acceptanceNumber().orElse(0);
    int n = smallestForFixedC(request, k, c);
    return new SampleSize(n, c, k.model, k.tail(n, c));
  }

  /**
   * Tells whether a plan of {@code n} units with acceptance number {@code c} meets the request's
   * risk, exactly: {@code P(X <= c) <= 1 - confidence} at the tolerable rate.
   *
   * <p>Example: for {@code p_t = 0.05, confidence = 0.95} (binomial), {@code meetsRisk(r, 93, 1)}
   * is true and {@code meetsRisk(r, 92, 1)} is false.
   *
   * @param request the request (its acceptance number or expected rate are ignored)
   * @param sampleSize {@code n}, at least 1 (and at most {@code N} for the hypergeometric model)
   * @param acceptanceNumber {@code c}, at least 0
   * @return whether the tail is at most beta
   */
  public static boolean meetsRisk(SampleSizeRequest request, int sampleSize, int acceptanceNumber) {
    Objects.requireNonNull(request, "request");
    Criterion k = new Criterion(request);
    int max = k.model == Model.HYPERGEOMETRIC ? k.population : Integer.MAX_VALUE;
    if (sampleSize < 1 || sampleSize > max) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Invalid value for sampleSize (valid values 1 - %d): %d",
              max,
              sampleSize));
    }
    if (acceptanceNumber < 0) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Invalid value for acceptanceNumber (valid values >= 0): %d",
              acceptanceNumber));
    }
    return k.meets(sampleSize, acceptanceNumber);
  }

  private static int smallestForFixedC(SampleSizeRequest request, Criterion k, int c) {
    if (k.model == Model.HYPERGEOMETRIC && k.defectives <= c) {
      throw noSizeForLot(request, k, c);
    }
    long limit = k.model == Model.HYPERGEOMETRIC ? k.population : Integer.MAX_VALUE;
    long lo = c + 1L;
    if (lo > limit) {
      throw tooLarge(request);
    }
    // Gallop upward so that no tail is evaluated far beyond the answer (the hypergeometric tail
    // costs O(n)); the population itself always meets the risk when D > c.
    long hi = lo;
    while (!k.meets((int) hi, c)) {
      if (hi == limit) {
        throw tooLarge(request);
      }
      lo = hi + 1;
      hi = Math.min(limit, hi * 2);
    }
    return search(k, c, (int) lo, (int) hi);
  }

  /**
   * The smallest n in [lo, hi] meeting the risk, given that hi meets it and the tail falls in n.
   */
  private static int search(Criterion k, int c, int lo, int hi) {
    while (lo < hi) {
      int mid = lo + (hi - lo) / 2;
      if (k.meets(mid, c)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  private static SampleSize withExpectedRate(
      SampleSizeRequest request, Criterion k, BigDecimal pe) {
    if (pe.compareTo(request.tolerableRate()) >= 0) {
      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("expectedRate", pe);
      figures.put("tolerableRate", request.tolerableRate());
      throw new InfeasibleRequestException(
          String.format(
              Locale.ROOT,
              "No sample size exists: expectedRate %s is not below tolerableRate %s",
              pe.toPlainString(),
              request.tolerableRate().toPlainString()),
          figures);
    }
    long limit = k.model == Model.HYPERGEOMETRIC ? k.population : Integer.MAX_VALUE;
    // c = ceil(n pe) takes the value c exactly for n in ((c-1)/pe, c/pe]; within that interval the
    // tail falls in n, so the first interval whose last n meets the risk holds the answer.
    for (long c = 1; ; c++) {
      long nLo = BigDecimal.valueOf(c - 1).divide(pe, 0, RoundingMode.FLOOR).longValueExact() + 1;
      long nHi = BigDecimal.valueOf(c).divide(pe, 0, RoundingMode.FLOOR).longValueExact();
      nLo = Math.max(nLo, c + 1);
      nHi = Math.min(nHi, limit);
      if (nLo > limit || (k.model == Model.HYPERGEOMETRIC && c >= k.defectives)) {
        throw k.model == Model.HYPERGEOMETRIC
            ? noSizeForLot(request, k, (int) Math.min(c, Integer.MAX_VALUE))
            : tooLarge(request);
      }
      if (nLo > nHi || !k.meets((int) nHi, (int) c)) {
        continue;
      }
      int n = search(k, (int) c, (int) nLo, (int) nHi);
      return new SampleSize(n, (int) c, k.model, k.tail(n, (int) c));
    }
  }

  private static InfeasibleRequestException noSizeForLot(SampleSizeRequest r, Criterion k, int c) {
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("population", k.population);
    figures.put("tolerableRate", r.tolerableRate());
    figures.put("defectives", k.defectives);
    figures.put("acceptanceNumber", c);
    return new InfeasibleRequestException(
        String.format(
            Locale.ROOT,
            "No sample size exists: a lot of N = %d at tolerableRate %s holds D = ceil(%s x %d) = %d"
                + " nonconforming units, not more than the acceptance number %d",
            k.population,
            r.tolerableRate().toPlainString(),
            r.tolerableRate().toPlainString(),
            k.population,
            k.defectives,
            c),
        figures);
  }

  private static InfeasibleRequestException tooLarge(SampleSizeRequest r) {
    return new InfeasibleRequestException(
        String.format(Locale.ROOT, "No sample size up to %d meets %s", Integer.MAX_VALUE, r),
        Map.of("limit", Integer.MAX_VALUE));
  }

  /** The tail of one request, with its fast double evaluation and exact fallback. */
  private static final class Criterion {
    final Model model;
    final int population;
    final int defectives;
    final double rate;
    final double beta;
    final double band;
    final Rational exactRate;
    final Rational exactBeta;

    Criterion(SampleSizeRequest r) {
      this.model = r.model();
      this.rate = r.tolerableRate().doubleValue();
      this.beta = r.beta().doubleValue();
      this.band = Math.max(1e-8 * beta, 1e-14);
      this.exactRate = Rational.of(r.tolerableRate());
      this.exactBeta = Rational.of(r.beta());
      if (model == Model.HYPERGEOMETRIC) {
        this.population = r.population().orElseThrow();
        this.defectives =
            r.tolerableRate()
                .multiply(BigDecimal.valueOf(population))
                .setScale(0, RoundingMode.CEILING)
                .intValueExact();
      } else {
        this.population = 0;
        this.defectives = 0;
      }
    }

    double tail(int n, int c) {
      if (model == Model.HYPERGEOMETRIC) {
        return HypergeometricTail.lowerTail(population, defectives, n, c);
      }
      return BinomialDistribution.of(n, rate).cumulativeProbability(c);
    }

    boolean meets(int n, int c) {
      double d = tail(n, c);
      if (d < beta - band) {
        return true;
      }
      if (d > beta + band) {
        return false;
      }
      int cmp =
          model == Model.HYPERGEOMETRIC
              ? ExactTail.compareHypergeometric(population, defectives, n, c, exactBeta)
              : ExactTail.compareBinomial(n, c, exactRate, exactBeta);
      return cmp <= 0;
    }
  }
}
