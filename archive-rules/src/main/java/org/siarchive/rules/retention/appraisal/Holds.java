package org.siarchive.rules.retention.appraisal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A set of holds, indexed by record.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Holds holds = Holds.of(List.of(hold));
 * holds.holding("SC01-2010-000123", ArchiveTime.today(clock));  // Optional[hold]
 * Holds more = holds.with(anotherHold);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Holds {
  private static final Holds NONE = new Holds(List.of());

  private final List<Hold> holds;
  private final Map<String, List<Hold>> byRecord;

  private Holds(List<Hold> holds) {
    this.holds = List.copyOf(holds);
    Map<String, List<Hold>> index = new HashMap<>();
    for (Hold h : this.holds) {
      for (String r : h.recordIds()) {
        index.computeIfAbsent(r, k -> new ArrayList<>()).add(h);
      }
    }
    this.byRecord = index;
  }

  /**
   * No holds.
   *
   * @return the empty set of holds
   */
  public static Holds none() {
    return NONE;
  }

  /**
   * {@return these holds}
   *
   * @param holds the holds, in the order {@link #holding} looks at them
   */
  public static Holds of(Collection<Hold> holds) {
    return new Holds(new ArrayList<>(Objects.requireNonNull(holds, "holds")));
  }

  /**
   * {@return these holds and one more}
   *
   * @param hold the hold, looked at after the others
   */
  public Holds with(Hold hold) {
    List<Hold> more = new ArrayList<>(holds);
    more.add(Objects.requireNonNull(hold, "hold"));
    return new Holds(more);
  }

  /** {@return the holds, in the order given} */
  public List<Hold> all() {
    return holds;
  }

  /**
   * {@return the first hold (in the order given) covering the record on the date}
   *
   * @param recordId the record's id
   * @param date the day
   */
  public Optional<Hold> holding(String recordId, LocalDate date) {
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(date, "date");
    return byRecord.getOrDefault(recordId, List.of()).stream()
        .filter(h -> h.covers(recordId, date))
        .findFirst();
  }

  /**
   * {@return true when some hold covers the record on the date}
   *
   * @param recordId the record's id
   * @param date the day
   */
  public boolean isHeld(String recordId, LocalDate date) {
    return holding(recordId, date).isPresent();
  }
}
