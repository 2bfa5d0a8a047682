package org.siarchive.rules.storage;

import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.siarchive.rules.storage.internal.Args;

/**
 * The volumes that leave a room in a month because they reached their disposition date and were
 * appraised for destruction (the flow that frees space). The figures come from the retention
 * capability, not from the planner: a host counts, per room and month, the volumes whose
 * disposition falls due and whose destruction is approved, and passes the counts here (or its own
 * function). From a sub-centre store they leave its eligible volumes (they are old); from the
 * centre's stacks, the stacks.
 *
 * <pre>{@code
 * Disposals d = Disposals.of(Map.of("CENTRE", Map.of(YearMonth.of(2027, 1), 1_200L)));
 * d.count("CENTRE", YearMonth.of(2027, 1));   // 1200
 * Disposals.none().count("SC01-A", YearMonth.of(2027, 1));  // 0
 * }</pre>
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface Disposals {

  /**
   * The volumes leaving a room in a month.
   *
   * @param roomId the room's id
   * @param month the month
   * @return 0 or more
   */
  long count(String roomId, YearMonth month);

  /**
   * No disposals anywhere.
   *
   * @return disposals that are 0 for every room and month
   */
  static Disposals none() {
    return (room, month) -> 0;
  }

  /**
   * Disposals given as counts per room and month; months not given are 0.
   *
   * @param counts room id to month to volumes (each 0 or more)
   * @return disposals of those counts
   * @throws org.siarchive.core.InvalidValueException naming a negative count
   */
  static Counts of(Map<String, Map<YearMonth, Long>> counts) {
    return new Counts(counts);
  }

  /**
   * Disposals as counts per room and month (what a rooms file holds); months not given are 0.
   * Immutable and thread-safe; rooms and months are kept in order.
   *
   * @param counts room id to month to volumes, each 0 to {@value StorageNetwork#MAX_VOLUMES}
   */
  record Counts(Map<String, Map<YearMonth, Long>> counts) implements Disposals {
    /**
     * Checks and copies the counts.
     *
     * @param counts room id to month to volumes, each 0 to {@value StorageNetwork#MAX_VOLUMES}
     */
    public Counts {
      Objects.requireNonNull(counts, "counts");
      Map<String, Map<YearMonth, Long>> copy = new TreeMap<>();
      counts.forEach(
          (room, months) -> {
            Map<YearMonth, Long> m = new TreeMap<>();
            months.forEach(
                (month, n) ->
                    m.put(
                        Objects.requireNonNull(month, "month"),
                        Args.range(
                            Objects.requireNonNull(n, "count"),
                            0,
                            StorageNetwork.MAX_VOLUMES,
                            "disposals[" + room + "][" + month + "]")));
            copy.put(
                Objects.requireNonNull(room, "room"), java.util.Collections.unmodifiableMap(m));
          });
      counts = java.util.Collections.unmodifiableMap(copy);
    }

    @Override
    public long count(String roomId, YearMonth month) {
      return counts.getOrDefault(roomId, Map.of()).getOrDefault(month, 0L);
    }
  }
}
