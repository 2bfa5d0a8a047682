package org.siarchive.rules.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The exact pieces the optimal search stands on, against brute force: selecting a candidate
 * fraction by rank without listing the candidates, and products beyond {@code long}.
 */
class PeakSearchTest {

  @Test
  void select_everyRank_matchesTheSortedListOfAllCandidates() {
    SplittableRandom r = new SplittableRandom(11);
    for (int round = 0; round < 300; round++) {
      int n = 1 + r.nextInt(6);
      long[] cap = new long[n];
      long[] from = new long[n];
      long[] to = new long[n];
      List<long[]> all = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        cap[i] = 1 + r.nextInt(r.nextBoolean() ? 5 : 40);
        from[i] = r.nextInt(30);
        to[i] = from[i] + (r.nextInt(3) == 0 ? 0 : r.nextInt(25));
        for (long k = from[i] + 1; k <= to[i]; k++) {
          all.add(new long[] {k, cap[i]});
        }
      }
      all.sort(
          (a, b) ->
              BigInteger.valueOf(a[0])
                  .multiply(BigInteger.valueOf(b[1]))
                  .compareTo(BigInteger.valueOf(b[0]).multiply(BigInteger.valueOf(a[1]))));
      for (int rank = 1; rank <= all.size(); rank++) {
        long[] got = PeakSearch.select(cap, from, to, rank);
        long[] want = all.get(rank - 1);
        assertThat(PeakSearch.compare(got[0], got[1], want[0], want[1]))
            .as(
                "round %d rank %d: %d/%d, want %d/%d",
                round, rank, got[0], got[1], want[0], want[1])
            .isZero();
      }
    }
  }

  @Test
  void mulDivAndCompare_productsBeyondLong_areExact() {
    SplittableRandom r = new SplittableRandom(12);
    for (int k = 0; k < 2000; k++) {
      long a = r.nextLong(1, 2_000_000_000_000L);
      long b = r.nextLong(1, 2_000_000_000_000L);
      long c = r.nextLong(1, 2_000_000_000_000L);
      BigInteger[] qr =
          BigInteger.valueOf(a)
              .multiply(BigInteger.valueOf(b))
              .divideAndRemainder(BigInteger.valueOf(c));
      BigInteger up = qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE);
      if (up.bitLength() < 63) {
        assertThat(PeakSearch.mulDiv(a, b, c, false))
            .as("%d*%d/%d", a, b, c)
            .isEqualTo(qr[0].longValueExact());
        assertThat(PeakSearch.mulDiv(a, b, c, true))
            .as("ceil %d*%d/%d", a, b, c)
            .isEqualTo(up.longValueExact());
      }
      long d = r.nextLong(1, 2_000_000_000_000L);
      int want =
          BigInteger.valueOf(a)
              .multiply(BigInteger.valueOf(d))
              .compareTo(BigInteger.valueOf(c).multiply(BigInteger.valueOf(b)));
      assertThat(PeakSearch.compare(a, b, c, d)).as("%d/%d vs %d/%d", a, b, c, d).isEqualTo(want);
    }
    assertThat(PeakSearch.compare(3_000_000_000_000L, 2_000_000_000_000L, 3, 2)).isZero();
  }

  @Test
  void mulDivAndCompare_whereOnlyTheSignBitOrOnlyOneProductOverflows_areExact() {
    long a = 1L << 32;
    long b = (1L << 31) + 1; // a * b = 2^63 + 2^32: no high word, but negative as a signed long
    assertThat(PeakSearch.mulDiv(a, b, a, false)).isEqualTo(b);
    assertThat(PeakSearch.mulDiv(a, b, 3, true))
        .isEqualTo(
            BigInteger.valueOf(a)
                .multiply(BigInteger.valueOf(b))
                .add(BigInteger.TWO)
                .divide(BigInteger.valueOf(3))
                .longValueExact());
    // 2^32/1 against 1/2^32: one cross product is 2^64 (0 in a long), the other 1.
    assertThat(PeakSearch.compare(a, 1, 1, a)).isPositive();
    assertThat(PeakSearch.compare(1, a, a, 1)).isNegative();
  }
}
