package org.siarchive.sampling.allocation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An independent oracle for {@link Allocation}: 130-digit decimals, the quotas found by bisection
 * on {@code lambda} (not by the breakpoint sweep of the code under test), largest remainder by
 * repeated selection. Fractional parts within {@code 10^-100} count as tied; the inputs of the
 * tests (rates of at most a few digits, a few hundred units) put every other pair of quotas far
 * apart.
 */
final class AllocationOracle {
  private static final MathContext MC = new MathContext(130);
  private static final BigDecimal TIE = new BigDecimal("1e-100");

  /** The oracle's answer: sizes and quotas in canonical id order. */
  record Answer(Map<String, Long> sizes, Map<String, BigDecimal> quotas) {}

  private AllocationOracle() {}

  /**
   * @return the allocation, or empty when the request must be refused
   */
  static Optional<Answer> allocate(AllocationMethod method, long total, List<Stratum> strata) {
    List<Stratum> s = new ArrayList<>(strata);
    s.sort((a, b) -> compareUtf8(a.id(), b.id()));
    int h = s.size();
    BigDecimal[] lo = new BigDecimal[h];
    BigDecimal[] hi = new BigDecimal[h];
    BigDecimal[] w = new BigDecimal[h];
    BigDecimal sumLo = BigDecimal.ZERO;
    BigDecimal sumHi = BigDecimal.ZERO;
    BigDecimal reach = BigDecimal.ZERO;
    BigDecimal t = BigDecimal.valueOf(total);
    for (int i = 0; i < h; i++) {
      BigDecimal n = BigDecimal.valueOf(s.get(i).size());
      lo[i] = s.get(i).minRatio().multiply(n).setScale(0, RoundingMode.CEILING);
      hi[i] = s.get(i).maxRatio().multiply(n).setScale(0, RoundingMode.FLOOR);
      if (lo[i].compareTo(hi[i]) > 0) {
        return Optional.empty();
      }
      w[i] = weight(method, s.get(i));
      sumLo = sumLo.add(lo[i]);
      sumHi = sumHi.add(hi[i]);
      reach = reach.add(w[i].signum() == 0 ? lo[i] : hi[i]);
    }
    if (t.compareTo(sumLo) < 0 || t.compareTo(sumHi) > 0 || t.compareTo(reach) > 0) {
      return Optional.empty();
    }
    BigDecimal[] q = new BigDecimal[h];
    if (t.compareTo(sumLo) == 0) {
      System.arraycopy(lo, 0, q, 0, h);
    } else {
      BigDecimal a = BigDecimal.ZERO;
      BigDecimal b = BigDecimal.ZERO;
      for (int i = 0; i < h; i++) {
        if (w[i].signum() > 0) {
          b = b.max(hi[i].divide(w[i], MC));
        }
      }
      BigDecimal half = new BigDecimal("0.5");
      for (int iter = 0; iter < 450; iter++) {
        BigDecimal mid = a.add(b).multiply(half, MC);
        if (sum(mid, lo, hi, w).compareTo(t) < 0) {
          a = mid;
        } else {
          b = mid;
        }
      }
      for (int i = 0; i < h; i++) {
        q[i] = clamp(b.multiply(w[i], MC), lo[i], hi[i]);
      }
    }
    long[] n = new long[h];
    BigDecimal[] rem = new BigDecimal[h];
    long left = total;
    for (int i = 0; i < h; i++) {
      BigDecimal f = q[i].add(TIE).setScale(0, RoundingMode.FLOOR);
      n[i] = f.longValueExact();
      rem[i] = q[i].subtract(f).max(BigDecimal.ZERO);
      if (rem[i].compareTo(TIE) < 0) {
        rem[i] = BigDecimal.ZERO;
      }
      left -= n[i];
    }
    boolean[] taken = new boolean[h];
    for (; left > 0; left--) {
      int best = -1;
      for (int i = 0; i < h; i++) {
        if (!taken[i] && (best < 0 || rem[i].compareTo(rem[best].add(TIE)) > 0)) {
          best = i;
        }
      }
      taken[best] = true;
      n[best]++;
    }
    Map<String, Long> sizes = new LinkedHashMap<>();
    Map<String, BigDecimal> quotas = new LinkedHashMap<>();
    for (int i = 0; i < h; i++) {
      sizes.put(s.get(i).id(), n[i]);
      quotas.put(s.get(i).id(), q[i]);
    }
    return Optional.of(new Answer(sizes, quotas));
  }

  static BigDecimal weight(AllocationMethod method, Stratum s) {
    BigDecimal n = BigDecimal.valueOf(s.size());
    if (method == AllocationMethod.PROPORTIONAL) {
      return n;
    }
    Rate r = s.rate().orElseThrow();
    BigDecimal p = new BigDecimal(r.numerator()).divide(new BigDecimal(r.denominator()), MC);
    if (method == AllocationMethod.DEFECT_RATE) {
      return n.multiply(p, MC);
    }
    return n.multiply(p.multiply(BigDecimal.ONE.subtract(p), MC).sqrt(MC), MC);
  }

  private static BigDecimal sum(
      BigDecimal lambda, BigDecimal[] lo, BigDecimal[] hi, BigDecimal[] w) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < w.length; i++) {
      sum = sum.add(clamp(lambda.multiply(w[i], MC), lo[i], hi[i]), MC);
    }
    return sum;
  }

  private static BigDecimal clamp(BigDecimal x, BigDecimal lo, BigDecimal hi) {
    return x.max(lo).min(hi);
  }

  private static int compareUtf8(String a, String b) {
    byte[] x = a.getBytes(StandardCharsets.UTF_8);
    byte[] y = b.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = (x[i] & 0xFF) - (y[i] & 0xFF);
      if (c != 0) {
        return c;
      }
    }
    return x.length - y.length;
  }
}
