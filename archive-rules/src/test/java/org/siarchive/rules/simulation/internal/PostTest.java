package org.siarchive.rules.simulation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A post's queue discipline by hand: first in, first out; with a priority the lowest key first and
 * ties first in, also when only two jobs wait; a job of no service time is done at once; a service
 * time that is negative or not finite is refused with its value.
 */
class PostTest {

  /** Submits jobs of service 1 at t = 0 with these tags; returns the tags in completion order. */
  private static List<Integer> order(boolean prioritised, int... tags) {
    EventQueue q = new EventQueue();
    Post<Integer> post = new Post<>(q);
    if (prioritised) {
      post.prioritise(t -> t);
    }
    List<Integer> done = new ArrayList<>();
    List<Double> at = new ArrayList<>();
    for (int tag : tags) {
      post.submit(
          1,
          1,
          tag,
          t -> {
            done.add(tag);
            at.add(t);
          });
    }
    assertThat(q.runUntil(Double.MAX_VALUE)).isTrue();
    assertThat(post.jobs()).isEqualTo(tags.length);
    // One job at a time, each of service 1, no idle time: done at 1, 2, 3, ...
    for (int i = 0; i < at.size(); i++) {
      assertThat(at.get(i)).isEqualTo(i + 1.0);
    }
    // Waits 0 + 1 + 2 + ...
    assertThat(post.waited()).isEqualTo(tags.length * (tags.length - 1) / 2.0);
    assertThat(post.personDays()).isEqualTo(tags.length);
    return done;
  }

  @Test
  void withoutAPriorityJobsAreTakenFirstInFirstOut() {
    assertThat(order(false, 9, 5, 2, 7)).containsExactly(9, 5, 2, 7);
  }

  @Test
  void withAPriorityTheLowestKeyIsTakenFirstAndTiesFirstIn() {
    // 9 is served at once (nothing waits); then 1 of {3, 1, 3, 2}, then 2, then the first 3.
    List<Integer> tags = new ArrayList<>();
    EventQueue q = new EventQueue();
    Post<Integer> post = new Post<>(q);
    post.prioritise(t -> t / 10);
    int[] submitted = {90, 31, 10, 32, 20};
    for (int tag : submitted) {
      post.submit(1, 1, tag, t -> tags.add(tag));
    }
    assertThat(q.runUntil(Double.MAX_VALUE)).isTrue();
    assertThat(tags).containsExactly(90, 10, 20, 31, 32);
  }

  @Test
  void withAPriorityTwoWaitingJobsAreTakenByPriorityToo() {
    assertThat(order(true, 9, 5, 2)).containsExactly(9, 2, 5);
  }

  @Test
  void aJobOfNoServiceTimeIsDoneAtOnce() {
    EventQueue q = new EventQueue();
    Post<Integer> post = new Post<>(q);
    double[] done = {-1};
    q.at(3, () -> post.submit(0, 0.5, 0, t -> done[0] = t));
    assertThat(q.runUntil(Double.MAX_VALUE)).isTrue();
    assertThat(done[0]).isEqualTo(3);
    assertThat(post.personDays()).isEqualTo(0.5);
    assertThat(post.waited()).isZero();
  }

  @Test
  void aServiceTimeNegativeOrNotFiniteIsRefused() {
    Post<Integer> post = new Post<>(new EventQueue());
    for (double bad : new double[] {-0.001, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> post.submit(bad, 1, 0, t -> {}))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Invalid value for service (0 or more): " + bad);
    }
    assertThat(post.jobs()).isZero();
    assertThat(post.personDays()).isZero();
  }
}
