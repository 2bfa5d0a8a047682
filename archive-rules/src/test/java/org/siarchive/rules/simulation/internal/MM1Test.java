package org.siarchive.rules.simulation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.siarchive.rules.simulation.Interval;

/**
 * One post with Poisson arrivals (rate lambda) and exponential service (rate mu = 1) against the
 * M/M/1 queue.
 *
 * <p>Two claims, each one that cannot pass by luck nor fail by design. First, exactly: every
 * customer's wait at the {@link Post} on the {@link EventQueue} equals Lindley's recursion {@code
 * W(k+1) = max(0, W(k) + S(k) - A(k+1))} over the same draws (an independent oracle, to 1e-9).
 * Second, statistically: the steady-state mean wait in queue is {@code Wq = rho / (mu - lambda)}.
 * Each replication discards a warm-up of {@value #WARM_UP} customers (the initial-empty-system
 * bias, which is negative, about -1% at rho = 0.8 over 5,000 customers from empty, is then far
 * below the standard error), then averages {@value #CUSTOMERS} customers; the replications are
 * independent streams, so their means are i.i.d. and the standard error is estimated from them. The
 * test asserts the estimate within 3.29 standard errors of {@code Wq} (a false alarm once in a
 * thousand seeds) and that the standard error is below 0.8% of {@code Wq} (about 0.5% and 0.6% at
 * rho = 0.5 and 0.8), so a bias of about 2% or more is found. The 1% gap once seen at rho = 0.8
 * (4.086 against 4.000 over 30 replications of 48,000 customers) was sampling noise: the standard
 * error there was 0.039 (1%), because the waits of an M/M/1 queue at rho = 0.8 are strongly
 * correlated (asymptotic variance constant of the mean wait about 1,976); 300 replications gave
 * 4.015 +- 0.012.
 */
class MM1Test {
  private static final int WARM_UP = 5_000;
  private static final int CUSTOMERS = 60_000;

  @ParameterizedTest(name = "lambda {0}, {1} replications")
  @CsvSource({"0.5, 20", "0.8, 60"})
  void meanWaitMatchesTheMM1FormulaAfterTheWarmUp(double lambda, int reps) {
    double mu = 1.0;
    double[] means = new double[reps];
    for (int r = 0; r < reps; r++) {
      means[r] = meanWait(lambda, mu, new Streams(7, r).of(Streams.Purpose.SERVICE, 0, 0));
    }
    Interval i = Interval.of(means);
    double wq = lambda / mu / (mu - lambda);
    double se = standardError(means);
    assertThat(se).as("standard error at lambda %s", lambda).isLessThan(0.008 * wq);
    assertThat(i.mean())
        .as("mean wait %s (se %s) against Wq %s", i.mean(), se, wq)
        .isCloseTo(wq, within(3.29 * se));
  }

  private static double standardError(double[] xs) {
    double m = 0;
    for (double x : xs) {
      m += x / xs.length;
    }
    double ss = 0;
    for (double x : xs) {
      ss += (x - m) * (x - m);
    }
    return Math.sqrt(ss / (xs.length - 1) / xs.length);
  }

  /**
   * Mean wait of the customers after the warm-up; asserts each customer's wait equals Lindley's
   * recursion over the same draws.
   */
  private static double meanWait(double lambda, double mu, SplittableRandom rnd) {
    int customers = WARM_UP + CUSTOMERS;
    EventQueue q = new EventQueue();
    Post<Integer> post = new Post<>(q);
    double[] waits = new double[customers];
    double[] lindley = new double[customers];
    double t = 0;
    double previousService = 0;
    for (int k = 0; k < customers; k++) {
      double gap = -Math.log(1 - rnd.nextDouble()) / lambda;
      t += gap;
      double service = -Math.log(1 - rnd.nextDouble()) / mu;
      lindley[k] = k == 0 ? 0 : Math.max(0, lindley[k - 1] + previousService - gap);
      previousService = service;
      int index = k;
      double arrival = t;
      q.at(
          t,
          () -> post.submit(service, service, 0, done -> waits[index] = done - arrival - service));
    }
    assertThat(q.runUntil(Double.MAX_VALUE)).isTrue();
    assertThat(post.jobs()).isEqualTo(customers);
    double sum = 0;
    int worst = 0;
    for (int k = 0; k < customers; k++) {
      if (Math.abs(waits[k] - lindley[k]) > Math.abs(waits[worst] - lindley[worst])) {
        worst = k;
      }
      if (k >= WARM_UP) {
        sum += waits[k];
      }
    }
    assertThat(waits[worst])
        .as("customer %d, the farthest from Lindley's recursion", worst)
        .isCloseTo(lindley[worst], within(1e-9 * (1 + t)));
    return sum / CUSTOMERS;
  }
}
