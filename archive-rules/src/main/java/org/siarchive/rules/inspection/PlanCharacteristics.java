package org.siarchive.rules.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.statistics.distribution.HypergeometricDistribution;
import org.siarchive.core.InvalidValueException;

/**
 * What a sampling plan buys on one lot, so that a director sees what a ratio costs and protects:
 * the operating characteristic (OC), the average outgoing quality (AOQ) and its limit (AOQL), and
 * the average total inspection (ATI). Immutable and thread-safe.
 *
 * <p>The model, exact for a finite lot: a lot of {@code N} volumes holding {@code D} with a
 * problem; a sample of {@code n} drawn without replacement, so the problems found {@code X} are
 * hypergeometric; the lot is accepted when {@code X <= c}. Inspection is rectifying: the problems
 * found in the sample are put right, and a lot not accepted is returned, inspected in full and put
 * right. Hence, with {@code P(x) = P(X = x)}:
 *
 * <ul>
 *   <li>{@code Pa(D) = sum_{x <= c} P(x)};
 *   <li>{@code AOQ(D) = sum_{x <= c} (D - x) P(x) / N}, the expected share of problem volumes left
 *       in the lot after inspection (only an accepted lot keeps its {@code D - x});
 *   <li>{@code AOQL = max_D AOQ(D)}, over every {@code D} from 0 to {@code N};
 *   <li>{@code ATI(D) = n + (N - n)(1 - Pa(D))}, between {@code n} and {@code N}.
 * </ul>
 *
 * <pre>{@code
 * PlanCharacteristics pc = PlanCharacteristics.of(1000, 80, 2);   // ISO J 80 2/3 on 1000
 * pc.acceptanceProbability(10);      // 0.9608: a lot with 1% problems is accepted
 * pc.averageTotalInspection(50);     // 798.8 volumes inspected on average at 5%
 * pc.aoql().value();                 // 0.01625, at D = 28: the worst outgoing share
 * }</pre>
 *
 * @param lotSize {@code N}, 1 to {@link Integer#MAX_VALUE}
 * @param sampleSize {@code n}, 0 to {@code N}
 * @param acceptanceLimit {@code c}, the most problems found that still accept the lot, at least 0
 * @since 0.1.0
 */
public record PlanCharacteristics(long lotSize, long sampleSize, int acceptanceLimit) {

  /**
   * Validates the components.
   *
   * @param lotSize {@code N}, 1 to {@link Integer#MAX_VALUE}
   * @param sampleSize {@code n}, 0 to {@code N}
   * @param acceptanceLimit {@code c}, the most problems found that still accept the lot, at least 0
   */
  public PlanCharacteristics {
    if (lotSize < 1 || lotSize > Integer.MAX_VALUE) {
      throw new InvalidValueException(
          "lotSize",
          "valid values 1 - " + Integer.MAX_VALUE,
          String.format(Locale.ROOT, "%d", lotSize));
    }
    if (sampleSize < 0 || sampleSize > lotSize) {
      throw new InvalidValueException(
          "sampleSize",
          String.format(Locale.ROOT, "valid values 0 - %d", lotSize),
          String.format(Locale.ROOT, "%d", sampleSize));
    }
    if (acceptanceLimit < 0) {
      throw new InvalidValueException(
          "acceptanceLimit",
          "valid values >= 0",
          String.format(Locale.ROOT, "%d", acceptanceLimit));
    }
  }

  /**
   * Obtains the characteristics of a plan on a lot.
   *
   * @param lotSize {@code N}
   * @param sampleSize {@code n}
   * @param acceptanceLimit {@code c}
   * @return the characteristics
   */
  public static PlanCharacteristics of(long lotSize, long sampleSize, int acceptanceLimit) {
    return new PlanCharacteristics(lotSize, sampleSize, acceptanceLimit);
  }

  /**
   * Returns the probability of accepting a lot holding {@code defectives} problem volumes.
   *
   * @param defectives {@code D}, 0 to {@code N}
   * @return {@code Pa(D)}
   * @throws InvalidValueException naming {@code defectives}, its range and value
   */
  public double acceptanceProbability(long defectives) {
    checkDefectives(defectives);
    if (acceptanceLimit >= sampleSize) {
      return 1.0;
    }
    return distribution(defectives).cumulativeProbability(acceptanceLimit);
  }

  /**
   * Returns the average outgoing quality of lots holding {@code defectives} problem volumes.
   *
   * @param defectives {@code D}, 0 to {@code N}
   * @return {@code AOQ(D)}, a share of the lot in [0, D/N]
   */
  public double averageOutgoingQuality(long defectives) {
    checkDefectives(defectives);
    if (sampleSize == 0) {
      return (double) defectives / lotSize;
    }
    HypergeometricDistribution h = distribution(defectives);
    long top = Math.min(acceptanceLimit, Math.min(sampleSize, defectives));
    double left = 0;
    for (int x = 0; x <= top; x++) {
      left += (defectives - x) * h.probability(x);
    }
    return left / lotSize;
  }

  /**
   * Returns the average outgoing quality limit: the largest AOQ over every lot quality.
   *
   * @return the AOQL and the {@code D} that reaches it (the smallest, when several do)
   */
  public Aoql aoql() {
    long worst = 0;
    double max = 0;
    for (long d = 0; d <= lotSize; d++) {
      double aoq = averageOutgoingQuality(d);
      if (aoq > max) {
        max = aoq;
        worst = d;
      }
    }
    return new Aoql(worst, (double) worst / lotSize, max);
  }

  /**
   * Returns the average total inspection of lots holding {@code defectives} problem volumes.
   *
   * @param defectives {@code D}, 0 to {@code N}
   * @return {@code ATI(D)}, volumes, between {@code n} and {@code N}
   */
  public double averageTotalInspection(long defectives) {
    double pa = acceptanceProbability(defectives);
    return sampleSize + (lotSize - sampleSize) * (1 - pa);
  }

  /**
   * Returns the curve at {@code points} lot qualities from 0 to {@code maxDefectives} problem
   * volumes, equally spaced (rounded down to whole volumes, repeats dropped).
   *
   * @param maxDefectives the largest {@code D}, 1 to {@code N}
   * @param points at least 2
   * @return the points in increasing {@code D}
   */
  public List<Point> curve(long maxDefectives, int points) {
    if (maxDefectives < 1 || maxDefectives > lotSize) {
      throw new InvalidValueException(
          "maxDefectives",
          String.format(Locale.ROOT, "valid values 1 - %d", lotSize),
          String.format(Locale.ROOT, "%d", maxDefectives));
    }
    if (points < 2) {
      throw new InvalidValueException(
          "points", "valid values >= 2", String.format(Locale.ROOT, "%d", points));
    }
    List<Point> out = new ArrayList<>(points);
    long previous = -1;
    for (int i = 0; i < points; i++) {
      long d = Math.multiplyExact(maxDefectives, (long) i) / (points - 1);
      if (d != previous) {
        out.add(point(d));
        previous = d;
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns every figure at one lot quality.
   *
   * @param defectives {@code D}, 0 to {@code N}
   * @return the point
   */
  public Point point(long defectives) {
    return new Point(
        defectives,
        (double) defectives / lotSize,
        acceptanceProbability(defectives),
        averageOutgoingQuality(defectives),
        averageTotalInspection(defectives));
  }

  private HypergeometricDistribution distribution(long defectives) {
    return HypergeometricDistribution.of((int) lotSize, (int) defectives, (int) sampleSize);
  }

  private void checkDefectives(long defectives) {
    if (defectives < 0 || defectives > lotSize) {
      throw new InvalidValueException(
          "defectives",
          String.format(Locale.ROOT, "valid values 0 - %d", lotSize),
          String.format(Locale.ROOT, "%d", defectives));
    }
  }

  /**
   * The figures of a plan at one lot quality. Immutable.
   *
   * <p>Example (N 1000, n 80, c 2): {@code Point[defectives=10, rate=0.01,
   * acceptanceProbability=0.9608, averageOutgoingQuality=0.00893, averageTotalInspection=116.1]}.
   *
   * @param defectives {@code D}
   * @param rate {@code D / N}
   * @param acceptanceProbability {@code Pa(D)}
   * @param averageOutgoingQuality {@code AOQ(D)}
   * @param averageTotalInspection {@code ATI(D)}
   */
  public record Point(
      long defectives,
      double rate,
      double acceptanceProbability,
      double averageOutgoingQuality,
      double averageTotalInspection) {}

  /**
   * The average outgoing quality limit. Immutable.
   *
   * <p>Example (N 1000, n 80, c 2): {@code Aoql[defectives=28, rate=0.028, value=0.01625]}.
   *
   * @param defectives the {@code D} where the AOQ is largest
   * @param rate {@code D / N}
   * @param value the AOQL, a share of the lot
   */
  public record Aoql(long defectives, double rate, double value) {}
}
