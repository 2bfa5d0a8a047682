package org.siarchive.sampling;

import java.util.Map;
import java.util.Objects;

/**
 * A request whose arguments are each valid but that cannot be met together: no sample size reaches
 * the confidence, or stratum bounds that cannot add up to the total. The message states the
 * numbers; {@link #figures()} carries them as data.
 *
 * <p>Example: allocating a total of 50 when the maximum ratios allow at most 40 units fails with
 * {@code figures()} containing {@code total=50} and {@code maximum=40}.
 *
 * @since 0.1.0
 */
public final class InfeasibleRequestException extends SamplingException {
  private static final long serialVersionUID = 1L;

  private final transient Map<String, Object> figures;

  /**
   * Creates the exception.
   *
   * @param message the refusal, naming the numbers
   * @param figures the numbers by name, copied (insertion order kept)
   */
  public InfeasibleRequestException(String message, Map<String, ?> figures) {
    super(Objects.requireNonNull(message, "message"));
    this.figures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(figures));
  }

  /**
   * Returns the figures that make the request infeasible, by name.
   *
   * @return an unmodifiable map, in the order the message names them
   */
  public Map<String, Object> figures() {
    return figures;
  }
}
