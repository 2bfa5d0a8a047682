package org.siarchive.sampling.selection;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The checks that both kinds of {@link SamplingRecord} make on their shared components. */
final class RecordChecks {
  private RecordChecks() {}

  /** Checks seed, population size, digest and selection; returns the selection copied. */
  static List<String> common(
      String seed, long populationSize, String populationDigest, List<String> selected) {
    Objects.requireNonNull(seed, "seed");
    Objects.requireNonNull(populationDigest, "populationDigest");
    List<String> copy = List.copyOf(Objects.requireNonNull(selected, "selected"));
    if (populationSize < 0) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Invalid value for populationSize (valid values >= 0): %d",
              populationSize));
    }
    if (!populationDigest.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException(
          "Invalid value for populationDigest (64 lower-case hex digits): " + populationDigest);
    }
    if (copy.size() > populationSize) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Invalid value for selected (at most populationSize %d ids): %d",
              populationSize,
              copy.size()));
    }
    return copy;
  }
}
