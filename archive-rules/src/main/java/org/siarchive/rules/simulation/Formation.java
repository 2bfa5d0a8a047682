package org.siarchive.rules.simulation;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.siarchive.rules.simulation.internal.Streams;

/**
 * The volumes a replication forms: for each working day of the horizon and each sub-centre, a count
 * (Poisson with the sub-centre's daily mean, or that mean rounded, at least 1) and which pool
 * volumes they are like, from the formation stream of that sub-centre and day. Shared by every
 * scenario of the replication: the same volumes with the same defects (common random numbers).
 * Volume {@code j} is the {@code j}-th formed, by day then sub-centre.
 */
final class Formation {
  final int[] day;
  final int[] subCenter;
  final int[] poolIndex;

  private Formation(int[] day, int[] subCenter, int[] poolIndex) {
    this.day = day;
    this.subCenter = subCenter;
    this.poolIndex = poolIndex;
  }

  int size() {
    return day.length;
  }

  static Formation of(CityPool pool, Parameters p, Streams streams, int horizonDays) {
    List<String> scs = pool.subCenters();
    int[][] indexes = new int[scs.size()][];
    double[] mean = new double[scs.size()];
    for (int c = 0; c < scs.size(); c++) {
      indexes[c] = pool.indexesOf(scs.get(c));
      mean[c] = pool.volumesPerYear() * pool.share(scs.get(c)) / Parameters.WORKING_DAYS_PER_YEAR;
    }
    int cap =
        (int) Math.min(Integer.MAX_VALUE - 8, pool.volumesPerYear() * 2L * horizonDays / 250 + 64);
    int[] day = new int[cap];
    int[] sc = new int[cap];
    int[] idx = new int[cap];
    int n = 0;
    for (int d = 0; d < horizonDays; d++) {
      for (int c = 0; c < scs.size(); c++) {
        SplittableRandom r = streams.of(Streams.Purpose.FORMATION, c, d);
        int count =
            p.poissonArrivals() ? poisson(mean[c], r) : Math.max(1, (int) Math.round(mean[c]));
        for (int k = 0; k < count; k++) {
          if (n == day.length) {
            int grown = day.length * 2;
            day = Arrays.copyOf(day, grown);
            sc = Arrays.copyOf(sc, grown);
            idx = Arrays.copyOf(idx, grown);
          }
          day[n] = d;
          sc[n] = c;
          idx[n] =
              p.poissonArrivals()
                  ? indexes[c][r.nextInt(indexes[c].length)]
                  : indexes[c][(d + k) % indexes[c].length];
          n++;
        }
      }
    }
    return new Formation(Arrays.copyOf(day, n), Arrays.copyOf(sc, n), Arrays.copyOf(idx, n));
  }

  /** A Poisson draw by inversion (Devroye 1986, X.3.1); the daily means are small. */
  static int poisson(double mean, SplittableRandom r) {
    if (mean > 500) {
      return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * r.nextGaussian()));
    }
    double u = r.nextDouble();
    double p = Math.exp(-mean);
    double f = p;
    int x = 0;
    while (u > f && x < 10_000) {
      x++;
      p *= mean / x;
      f += p;
    }
    return x;
  }
}
