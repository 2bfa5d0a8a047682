package org.siarchive.sampling.selection;

import java.util.List;

/**
 * The outcome of re-deriving a {@link SamplingRecord}: verified, or the list of what differs.
 *
 * <pre>{@code
 * switch on record.verify(population):
 *   Verification.Verified v  -> accept the draw
 *   Verification.Failed f    -> f.problems(), e.g. "populationSize: record 10, population 11"
 * }</pre>
 *
 * @since 0.1.0
 */
public sealed interface Verification permits Verification.Verified, Verification.Failed {

  /** {@return whether the record re-derives exactly} */
  boolean isVerified();

  /**
   * The record re-derives exactly. Immutable.
   *
   * <p>Example: {@code new Verification.Verified()}.
   */
  record Verified() implements Verification {
    @Override
    public boolean isVerified() {
      return true;
    }
  }

  /**
   * The record does not re-derive. Immutable.
   *
   * <p>Example: {@code new Verification.Failed(List.of("populationDigest: record ab12...,
   * population cd34..."))}.
   *
   * @param problems what differs, each naming the field and both values; non-empty
   */
  record Failed(List<String> problems) implements Verification {
    /**
     * Copies and checks the problems.
     *
     * @param problems what differs, each naming the field and both values; non-empty
     */
    public Failed {
      problems = List.copyOf(problems);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("Invalid value for problems (at least one): none");
      }
    }

    @Override
    public boolean isVerified() {
      return false;
    }
  }
}
