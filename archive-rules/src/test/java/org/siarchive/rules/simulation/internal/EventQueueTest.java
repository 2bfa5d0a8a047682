package org.siarchive.rules.simulation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The event queue's contract: time order, ties in the order scheduled, a run up to and including
 * its limit, and no event in the past.
 */
class EventQueueTest {

  @Test
  void eventsRunInTimeOrderAndTiesInTheOrderScheduled() {
    EventQueue q = new EventQueue();
    List<String> ran = new ArrayList<>();
    q.at(2, () -> ran.add("b1"));
    q.at(1, () -> ran.add("a"));
    q.at(2, () -> ran.add("b2"));
    q.at(2, () -> ran.add("b3"));
    assertThat(q.runUntil(10)).isTrue();
    assertThat(ran).containsExactly("a", "b1", "b2", "b3");
    assertThat(q.processed()).isEqualTo(4);
    assertThat(q.now()).isEqualTo(2);
  }

  @Test
  void runUntilRunsAnEventAtTheLimitAndStopsBeforeOneAfterIt() {
    EventQueue q = new EventQueue();
    List<Double> ran = new ArrayList<>();
    q.at(5, () -> ran.add(q.now()));
    q.at(Math.nextUp(5.0), () -> ran.add(q.now()));
    assertThat(q.runUntil(5)).isFalse();
    assertThat(ran).containsExactly(5.0);
    assertThat(q.processed()).isEqualTo(1);
    assertThat(q.runUntil(6)).isTrue();
    assertThat(ran).containsExactly(5.0, Math.nextUp(5.0));
  }

  @Test
  void anEventInThePastOrNotFiniteIsRefused() {
    EventQueue q = new EventQueue();
    q.at(3, () -> {});
    q.runUntil(3);
    q.at(3, () -> {});
    for (double bad : new double[] {2.5, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> q.at(bad, () -> {}))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Invalid value for time (valid values 3.0 - finite): " + bad);
    }
  }
}
