package org.siarchive.rules.simulation.internal;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.function.DoubleConsumer;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * A post (岗位): its people work together on one job at a time, jobs wait in a queue taken first in,
 * first out, or by a priority when one is set (lowest first, ties first in). A job's service time
 * is given when it is submitted (its work in person-days over the people, times the run's noise),
 * so a post with more people serves the same jobs faster. It records each job's wait and the
 * person-days worked. Not thread-safe.
 *
 * @param <T> what a job carries for the priority
 */
public final class Post<T> {
  private record Job<T>(long seq, double arrival, double service, T tag, DoubleConsumer done) {}

  private final EventQueue events;
  private final ArrayDeque<Job<T>> queue = new ArrayDeque<>();
  private @Nullable ToIntFunction<T> priority;
  private boolean busy;
  private long submitted;
  private double waited;
  private long jobs;
  private double personDays;

  /** A post on a run's event queue. */
  public Post(EventQueue events) {
    this.events = events;
  }

  /** Takes waiting jobs by this priority (lowest first) instead of first in, first out. */
  public void prioritise(ToIntFunction<T> priority) {
    this.priority = priority;
  }

  /**
   * Submits a job now.
   *
   * @param service its service time in days, 0 or more
   * @param personDays the person-days it costs, for the staff figures
   * @param tag what the priority reads
   * @param done called with the completion time
   */
  public void submit(double service, double personDays, T tag, DoubleConsumer done) {
    if (!(service >= 0) || Double.isInfinite(service)) {
      throw new IllegalArgumentException("Invalid value for service (0 or more): " + service);
    }
    this.personDays += personDays;
    queue.addLast(new Job<>(submitted++, events.now(), service, tag, done));
    if (!busy) {
      startNext();
    }
  }

  private void startNext() {
    Job<T> next = take();
    if (next == null) {
      busy = false;
      return;
    }
    busy = true;
    double start = events.now();
    waited += start - next.arrival;
    jobs++;
    events.at(
        start + next.service,
        () -> {
          next.done.accept(events.now());
          startNext();
        });
  }

  private @Nullable Job<T> take() {
    ToIntFunction<T> p = priority;
    if (p == null || queue.size() < 2) {
      return queue.pollFirst();
    }
    Job<T> best = queue.getFirst();
    int bestKey = p.applyAsInt(best.tag);
    for (Job<T> j : queue) {
      int key = p.applyAsInt(j.tag);
      if (key < bestKey) {
        best = j;
        bestKey = key;
      }
    }
    long seq = best.seq;
    for (Iterator<Job<T>> it = queue.iterator(); it.hasNext(); ) {
      if (it.next().seq == seq) {
        it.remove();
        break;
      }
    }
    return best;
  }

  /** The jobs started so far. */
  public long jobs() {
    return jobs;
  }

  /** The total time jobs waited before service, in days. */
  public double waited() {
    return waited;
  }

  /** The person-days of the jobs submitted. */
  public double personDays() {
    return personDays;
  }
}
