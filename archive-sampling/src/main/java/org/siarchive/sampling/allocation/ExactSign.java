package org.siarchive.sampling.allocation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact sign of a linear form {@code sum c_i x w_i} in stratum weights ({@link Surd}s) with
 * whole coefficients: the one primitive behind every decision of {@link Allocation} that the double
 * filter could not settle.
 *
 * <p>Design: the terms are grouped by radicand into {@code sum C_r sqrt(r)} with rational {@code
 * C_r}. The sign is first read from a decimal approximation whose error is bounded ({@code |value|
 * > sum |terms| x 10^-P} decides). When it cannot decide, radicands whose product is a perfect
 * square are merged ({@code sqrt(s) = sqrt(r s) / r x sqrt(r)}); the square roots of the remaining
 * radicands, pairwise not a rational square apart, are linearly independent over the rationals
 * (Besicovitch), so the form is zero exactly when every merged coefficient is zero. A non-zero form
 * is bounded away from zero, so doubling the precision ends.
 */
final class ExactSign {
  private static final int FIRST_DIGITS = 40;

  /** Coefficient {numerator, denominator} by radicand. */
  private final Map<BigInteger, BigInteger[]> terms = new HashMap<>();

  /** A form holding {@code factor x base}. */
  static ExactSign scaled(ExactSign base, BigInteger factor) {
    ExactSign out = new ExactSign();
    if (factor.signum() != 0) {
      base.terms.forEach(
          (rad, c) -> out.terms.put(rad, new BigInteger[] {c[0].multiply(factor), c[1]}));
    }
    return out;
  }

  /** Adds {@code c x w}. */
  ExactSign add(BigInteger c, Surd w) {
    if (c.signum() != 0 && !w.isZero()) {
      addCoefficient(w.rad, c.multiply(w.num), w.den);
    }
    return this;
  }

  /** Adds {@code c x w}. */
  ExactSign add(long c, Surd w) {
    return add(BigInteger.valueOf(c), w);
  }

  private void addCoefficient(BigInteger rad, BigInteger num, BigInteger den) {
    BigInteger[] old = terms.get(rad);
    if (old == null) {
      terms.put(rad, new BigInteger[] {num, den});
      return;
    }
    BigInteger n = old[0].multiply(den).add(num.multiply(old[1]));
    BigInteger d = old[1].multiply(den);
    BigInteger g = n.gcd(d);
    if (g.signum() > 0 && !g.equals(BigInteger.ONE)) {
      n = n.divide(g);
      d = d.divide(g);
    }
    old[0] = n;
    old[1] = d;
  }

  /** Returns -1, 0 or 1. */
  int sign() {
    for (int digits = FIRST_DIGITS; ; digits *= 2) {
      MathContext mc = new MathContext(digits + 10);
      BigDecimal value = BigDecimal.ZERO;
      BigDecimal abs = BigDecimal.ZERO;
      for (Map.Entry<BigInteger, BigInteger[]> t : terms.entrySet()) {
        BigInteger[] c = t.getValue();
        if (c[0].signum() == 0) {
          continue;
        }
        BigDecimal term = new BigDecimal(c[0]).divide(new BigDecimal(c[1]), mc);
        if (!t.getKey().equals(BigInteger.ONE)) {
          term = term.multiply(new BigDecimal(t.getKey()).sqrt(mc), mc);
        }
        value = value.add(term, mc);
        abs = abs.add(term.abs(), mc);
      }
      if (abs.signum() == 0) {
        return 0;
      }
      if (value.abs().compareTo(abs.movePointLeft(digits)) > 0) {
        return value.signum();
      }
      if (digits == FIRST_DIGITS && isZero()) {
        return 0;
      }
    }
  }

  /** Exact zero test: merge radicands a rational square apart, then every coefficient is zero. */
  private boolean isZero() {
    List<BigInteger> reps = new ArrayList<>();
    List<BigInteger[]> coefficients = new ArrayList<>();
    for (Map.Entry<BigInteger, BigInteger[]> t : terms.entrySet()) {
      BigInteger r = t.getKey();
      BigInteger[] c = t.getValue();
      boolean merged = false;
      for (int i = 0; i < reps.size() && !merged; i++) {
        BigInteger rep = reps.get(i);
        BigInteger[] root = rep.multiply(r).sqrtAndRemainder();
        if (root[1].signum() == 0) {
          // c sqrt(r) = c x sqrt(rep r) / rep x sqrt(rep)
          BigInteger[] into = coefficients.get(i);
          BigInteger num = c[0].multiply(root[0]);
          BigInteger den = c[1].multiply(rep);
          into[0] = into[0].multiply(den).add(num.multiply(into[1]));
          into[1] = into[1].multiply(den);
          merged = true;
        }
      }
      if (!merged) {
        reps.add(r);
        coefficients.add(new BigInteger[] {c[0], c[1]});
      }
    }
    for (BigInteger[] c : coefficients) {
      if (c[0].signum() != 0) {
        return false;
      }
    }
    return true;
  }
}
