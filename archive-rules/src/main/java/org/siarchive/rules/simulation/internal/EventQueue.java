package org.siarchive.rules.simulation.internal;

import java.util.PriorityQueue;

/**
 * The future events of one simulated run, taken in time order; events at the same time run in the
 * order they were scheduled, so a run is a pure function of its inputs. Not thread-safe: one run,
 * one thread.
 */
public final class EventQueue {
  private record Event(double time, long seq, Runnable action) {}

  private final PriorityQueue<Event> events =
      new PriorityQueue<>(
          (a, b) -> a.time != b.time ? Double.compare(a.time, b.time) : Long.compare(a.seq, b.seq));
  private long seq;
  private double now;
  private long processed;

  /** The time of the event being run (0 before the first). */
  public double now() {
    return now;
  }

  /** The events run so far. */
  public long processed() {
    return processed;
  }

  /**
   * Schedules an action.
   *
   * @param time when, not before {@link #now()}
   * @throws IllegalArgumentException for a time in the past or not finite
   */
  public void at(double time, Runnable action) {
    if (!(time >= now) || Double.isInfinite(time)) {
      throw new IllegalArgumentException(
          "Invalid value for time (valid values " + now + " - finite): " + time);
    }
    events.add(new Event(time, seq++, action));
  }

  /**
   * Runs events in time order until none is left or the next is after {@code until}.
   *
   * @return true when every event ran, false when the run stopped at {@code until}
   */
  public boolean runUntil(double until) {
    while (!events.isEmpty()) {
      Event e = events.peek();
      if (e.time > until) {
        return false;
      }
      events.poll();
      now = e.time;
      processed++;
      e.action.run();
    }
    return true;
  }
}
