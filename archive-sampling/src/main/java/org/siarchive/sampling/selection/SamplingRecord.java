package org.siarchive.sampling.selection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The audit record of a keyed draw: seed, population size, population digest ({@link
 * PopulationDigest}), {@code k} or {@code p}, and the selected ids in ascending key order. Anyone
 * holding the population re-derives it with {@link #verify}. Immutable and thread-safe.
 *
 * <pre>{@code
 * SamplingRecord r = SamplingRecord.draw("2024-Q1", ids, 5);
 * r.selected();              // the 5 ids with the smallest keys
 * r.verify(ids).isVerified() // true; any other population, seed or selection fails
 * }</pre>
 *
 * @param seed the seed
 * @param populationSize the number of ids in the population
 * @param populationDigest SHA-256 hex of the sorted ids, each followed by {@code \n}
 * @param size {@code k} of a bottom-k draw (exactly one of size and rate is present)
 * @param rate {@code p} of a Bernoulli draw
 * @param selected the selected ids in ascending key order
 */
public record SamplingRecord(
    String seed,
    long populationSize,
    String populationDigest,
    OptionalInt size,
    Optional<BigDecimal> rate,
    List<String> selected) {

  /** Validates and copies the components. */
  public SamplingRecord {
    Objects.requireNonNull(seed, "seed");
    Objects.requireNonNull(populationDigest, "populationDigest");
    Objects.requireNonNull(size, "size");
    Objects.requireNonNull(rate, "rate");
    selected = List.copyOf(selected);
    if (populationSize < 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "Invalid value for populationSize (valid values >= 0): %d", populationSize));
    }
    if (!populationDigest.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException(
          "Invalid value for populationDigest (64 lower-case hex digits): " + populationDigest);
    }
    if (size.isPresent() == rate.isPresent()) {
      throw new IllegalArgumentException("Invalid sampling record: exactly one of size and rate must be given");
    }
    if (selected.size() > populationSize) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "Invalid value for selected (at most populationSize %d ids): %d", populationSize, selected.size()));
    }
  }

  /**
   * Draws the {@code k} units with the smallest keys and records the draw.
   *
   * @param seed the seed
   * @param population the unit ids, no duplicates
   * @param size {@code k}, at least 0
   * @return the record
   */
  public static SamplingRecord draw(String seed, Collection<String> population, int size) {
    List<String> selected = KeyedDraw.ofSize(seed, size).offerAll(population).selected();
    return new SamplingRecord(seed, population.size(), PopulationDigest.of(population), OptionalInt.of(size),
        Optional.empty(), selected);
  }

  /**
   * Draws the units whose key is below {@code floor(p 2^64)} and records the draw.
   *
   * @param seed the seed
   * @param population the unit ids, no duplicates
   * @param rate {@code p}, in [0, 1]
   * @return the record
   */
  public static SamplingRecord drawAtRate(String seed, Collection<String> population, BigDecimal rate) {
    List<String> selected = KeyedDraw.ofRate(seed, rate).offerAll(population).selected();
    return new SamplingRecord(seed, population.size(), PopulationDigest.of(population), OptionalInt.empty(),
        Optional.of(rate), selected);
  }

  /**
   * Re-derives the draw from a population and compares every field.
   *
   * @param population the unit ids the draw claims to be from
   * @return verified, or the differences (population size, digest, selection)
   */
  public Verification verify(Collection<String> population) {
    Objects.requireNonNull(population, "population");
    List<String> problems = new ArrayList<>();
    if (population.size() != populationSize) {
      problems.add(String.format(Locale.ROOT, "populationSize: record %d, population %d",
          populationSize, population.size()));
    }
    String digest = PopulationDigest.of(population);
    if (!digest.equals(populationDigest)) {
      problems.add(String.format(Locale.ROOT, "populationDigest: record %s, population %s", populationDigest, digest));
    }
    KeyedDraw redraw = size.isPresent() ? KeyedDraw.ofSize(seed, size.getAsInt()) : KeyedDraw.ofRate(seed, rate.get());
    List<String> expected = redraw.offerAll(population).selected();
    if (!expected.equals(selected)) {
      int i = 0;
      while (i < expected.size() && i < selected.size() && expected.get(i).equals(selected.get(i))) {
        i++;
      }
      problems.add(String.format(Locale.ROOT,
          "selected: record lists %d ids, re-derived %d; first difference at position %d: record %s, re-derived %s",
          selected.size(), expected.size(), i + 1,
          i < selected.size() ? "\"" + selected.get(i) + "\"" : "nothing",
          i < expected.size() ? "\"" + expected.get(i) + "\"" : "nothing"));
    }
    return problems.isEmpty() ? new Verification.Verified() : new Verification.Failed(problems);
  }
}
