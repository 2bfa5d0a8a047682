package org.siarchive.sampling.selection;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A stratified keyed draw: every stratum uses the same seed and takes its own {@code k_h} smallest
 * keys (DESIGN.md section 6). Streaming, {@code O(sum k_h)} memory. Mutable and not thread-safe.
 *
 * <pre>{@code
 * StratifiedDraw d = StratifiedDraw.ofSizes("2024-Q1", Map.of("sub-centre-1", 5, "sub-centre-2", 3));
 * d.offer("sub-centre-1", "DA-0001");
 * Map<String, List<String>> sample = d.selected();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class StratifiedDraw {
  private final Map<String, KeyedDraw> draws = new LinkedHashMap<>();

  private StratifiedDraw() {}

  /**
   * Starts a draw with a size per stratum (e.g. from an allocation).
   *
   * @param seed the one seed of all strata
   * @param sizes {@code k_h} by stratum id, each at least 0
   * @return the draw
   */
  public static StratifiedDraw ofSizes(String seed, Map<String, ? extends Number> sizes) {
    Objects.requireNonNull(seed, "seed");
    Objects.requireNonNull(sizes, "sizes");
    StratifiedDraw d = new StratifiedDraw();
    sizes.forEach(
        (stratum, k) -> {
          long v = k.longValue();
          if (v < 0 || v > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(
                String.format(
                    Locale.ROOT,
                    "Invalid value for size of stratum %s (valid values 0 - %d): %d",
                    stratum,
                    Integer.MAX_VALUE,
                    v));
          }
          d.draws.put(stratum, KeyedDraw.ofSize(seed, (int) v));
        });
    return d;
  }

  /**
   * Offers a unit of a stratum.
   *
   * @param stratum one of the strata given at the start
   * @param id the unit id
   * @return this draw
   * @throws IllegalArgumentException for an unknown stratum or an invalid id
   */
  public StratifiedDraw offer(String stratum, String id) {
    KeyedDraw d = draws.get(Objects.requireNonNull(stratum, "stratum"));
    if (d == null) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT, "Invalid value for stratum (one of %s): %s", draws.keySet(), stratum));
    }
    d.offer(id);
    return this;
  }

  /** {@return the sample of each stratum, in ascending key order} */
  public Map<String, List<String>> selected() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    draws.forEach((s, d) -> out.put(s, d.selected()));
    return Collections.unmodifiableMap(out);
  }
}
