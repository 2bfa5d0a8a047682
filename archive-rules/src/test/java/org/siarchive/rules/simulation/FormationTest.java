package org.siarchive.rules.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.statistics.distribution.PoissonDistribution;
import org.junit.jupiter.api.Test;
import org.siarchive.rules.simulation.internal.Streams;

/**
 * Formation against its contract: fixed arrivals form the rounded daily mean (at least 1) of each
 * sub-centre's pool volumes in turn, by day then sub-centre; Poisson counts are the inverse of the
 * Poisson distribution function (commons-statistics, an independent oracle) at the stream's first
 * uniform draw.
 */
class FormationTest {
  private static final Parameters FIXED = Parameters.defaults().withPoissonArrivals(false);

  /** A pool of {@code n} sound volumes at each given sub-centre, in that order. */
  private static CityPool pool(long perYear, Object... subCentresAndCounts) {
    List<SimulatedVolume> vols = new ArrayList<>();
    for (int i = 0; i < subCentresAndCounts.length; i += 2) {
      String sc = (String) subCentresAndCounts[i];
      for (int k = 0; k < (Integer) subCentresAndCounts[i + 1]; k++) {
        vols.add(TestCity.sound(sc, k, 1 + k));
      }
    }
    return CityPool.of(vols, perYear);
  }

  @Test
  void fixedArrivals_formTheRoundedMeanOfEachSubCentresVolumesInTurn() {
    // 1000 a year: SC01 has 3/4 of the pool (mean 3 a day), SC02 1/4 (mean 1). Pool indexes: SC01
    // 0, 1, 2; SC02 3. Volume k of day d at SC01 is pool volume (d + k) mod 3.
    CityPool pool = pool(1000, "SC01", 3, "SC02", 1);
    Formation f = Formation.of(pool, FIXED, new Streams(1, 0), 3);
    assertThat(f.size()).isEqualTo(12);
    assertThat(f.day).containsExactly(0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2);
    assertThat(f.subCenter).containsExactly(0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1);
    assertThat(f.poolIndex).containsExactly(0, 1, 2, 3, 1, 2, 0, 3, 2, 0, 1, 3);
  }

  @Test
  void fixedArrivals_roundHalfUpAndFormAtLeastOne() {
    // 1250 a year over two equal sub-centres: a mean of 2.5 a day rounds to 3.
    Formation half = Formation.of(pool(1250, "SC01", 1, "SC02", 1), FIXED, new Streams(1, 0), 1);
    assertThat(half.subCenter).containsExactly(0, 0, 0, 1, 1, 1);
    // 100 a year: a mean of 0.4 a day rounds to 0, and at least 1 is formed.
    Formation few = Formation.of(pool(100, "SC01", 1), FIXED, new Streams(1, 0), 4);
    assertThat(few.day).containsExactly(0, 1, 2, 3);
    // 2500 a year at one sub-centre: 10 a day.
    Formation ten = Formation.of(pool(2500, "SC01", 2), FIXED, new Streams(1, 0), 2);
    assertThat(ten.size()).isEqualTo(20);
  }

  @Test
  void formation_growsBeyondItsFirstGuessOfTheCount() {
    // One a year, yet at least one a day at each of 3 sub-centres: 3 x 200 = 600 volumes, far
    // beyond the first guess of 64.
    Formation f =
        Formation.of(pool(1, "SC01", 1, "SC02", 1, "SC03", 1), FIXED, new Streams(1, 0), 200);
    assertThat(f.size()).isEqualTo(600);
    for (int j = 0; j < 600; j++) {
      assertThat(f.day[j]).isEqualTo(j / 3);
      assertThat(f.subCenter[j]).isEqualTo(j % 3);
      assertThat(f.poolIndex[j]).isEqualTo(j % 3);
    }
  }

  @Test
  void poissonArrivals_countTheInverseDistributionFunctionOfEachDaysDraw() {
    // 2000 a year over SC01 (3/4) and SC02 (1/4): daily means 6 and 2.
    CityPool pool = pool(2000, "SC01", 3, "SC02", 1);
    Streams streams = new Streams(9, 1);
    int days = 30;
    Formation f = Formation.of(pool, Parameters.defaults(), streams, days);
    double[] mean = {6, 2};
    int j = 0;
    for (int d = 0; d < days; d++) {
      for (int c = 0; c < 2; c++) {
        double u = streams.of(Streams.Purpose.FORMATION, c, d).nextDouble();
        int count = PoissonDistribution.of(mean[c]).inverseCumulativeProbability(u);
        for (int k = 0; k < count; k++, j++) {
          assertThat(f.day[j]).as("volume %d", j).isEqualTo(d);
          assertThat(f.subCenter[j]).as("volume %d", j).isEqualTo(c);
          String sc = pool.volumes().get(f.poolIndex[j]).subCenterId();
          assertThat(sc).as("volume %d", j).isEqualTo(pool.subCenters().get(c));
        }
      }
    }
    assertThat(f.size()).isEqualTo(j);
    // Which of SC01's three volumes is drawn at random: each appears.
    assertThat(f.poolIndex).contains(0, 1, 2, 3);
  }

  @Test
  void poisson_isTheInverseOfTheDistributionFunction() {
    qt().withExamples(300)
        .forAll(doubles().between(0, 40), longs().all())
        .checkAssert(
            (mean, seed) -> {
              double u = new SplittableRandom(seed).nextDouble();
              int expected =
                  mean == 0 ? 0 : PoissonDistribution.of(mean).inverseCumulativeProbability(u);
              assertThat(Formation.poisson(mean, new SplittableRandom(seed)))
                  .as("mean %s, u %s", mean, u)
                  .isEqualTo(expected);
            });
    // Up to a mean of 500 the count is by inversion.
    for (long seed = 0; seed < 20; seed++) {
      double u = new SplittableRandom(seed).nextDouble();
      assertThat(Formation.poisson(500, new SplittableRandom(seed)))
          .isEqualTo(PoissonDistribution.of(500).inverseCumulativeProbability(u));
    }
  }

  @Test
  void poisson_ofALargeMeanHasThatMeanAndVariance() {
    // 400 draws at mean 10,000: the sample mean is within 4 standard errors (5) of the mean, and
    // the sample variance within 25% of it (its relative standard error is about 7%).
    SplittableRandom r = new SplittableRandom(17);
    int n = 400;
    double[] x = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      x[i] = Formation.poisson(10_000, r);
      sum += x[i];
    }
    double m = sum / n;
    double ss = 0;
    for (double v : x) {
      ss += (v - m) * (v - m);
    }
    assertThat(m).isBetween(10_000 - 20.0, 10_000 + 20.0);
    assertThat(ss / (n - 1)).isBetween(7_500.0, 12_500.0);
  }
}
