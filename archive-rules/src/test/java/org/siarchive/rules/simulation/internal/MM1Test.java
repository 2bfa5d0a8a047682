package org.siarchive.rules.simulation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.siarchive.rules.simulation.Interval;

/**
 * One post with Poisson arrivals (rate 0.5) and exponential service (rate 1) reproduces the M/M/1
 * mean wait in queue {@code Wq = rho / (mu - lambda) = 1} within the 95% interval over
 * replications.
 */
class MM1Test {

  @Test
  void meanWaitMatchesTheMM1Formula() {
    double lambda = 0.5;
    double mu = 1.0;
    int reps = 30;
    double[] means = new double[reps];
    for (int r = 0; r < reps; r++) {
      means[r] =
          meanWait(lambda, mu, 50_000, 2_000, new Streams(7, r).of(Streams.Purpose.SERVICE, 0, 0));
    }
    Interval i = Interval.of(means);
    double wq = lambda / mu / (mu - lambda);
    assertThat(i.contains(wq)).as("interval %s contains %s", i, wq).isTrue();
    assertThat(i.high() - i.low()).as("interval width").isLessThan(0.1);
  }

  /** Mean wait of the customers after the warm-up. */
  private static double meanWait(
      double lambda, double mu, int customers, int warmUp, SplittableRandom rnd) {
    EventQueue q = new EventQueue();
    Post<Integer> post = new Post<>(q);
    double[] sum = {0};
    int[] counted = {0};
    double t = 0;
    for (int k = 0; k < customers; k++) {
      t += -Math.log(1 - rnd.nextDouble()) / lambda;
      double service = -Math.log(1 - rnd.nextDouble()) / mu;
      int index = k;
      double arrival = t;
      q.at(
          t,
          () ->
              post.submit(
                  service,
                  service,
                  0,
                  done -> {
                    if (index >= warmUp) {
                      sum[0] += done - arrival - service;
                      counted[0]++;
                    }
                  }));
    }
    assertThat(q.runUntil(Double.MAX_VALUE)).isTrue();
    assertThat(post.jobs()).isEqualTo(customers);
    return sum[0] / counted[0];
  }
}
