package org.siarchive.sampling.selection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The audit record of a keyed draw: seed, population size, population digest ({@link
 * PopulationDigest}), and the selected ids in ascending key order, with exactly one of {@code k}
 * ({@link BySize}, a bottom-k draw) or {@code p} ({@link ByRate}, a Bernoulli draw). Anyone holding
 * the population re-derives it with {@link #verify}. Implementations are immutable and thread-safe.
 *
 * <pre>{@code
 * SamplingRecord r = SamplingRecord.draw("2024-Q1", ids, 5);
 * r.selected();              // the 5 ids with the smallest keys
 * r.verify(ids).isVerified() // true; any other population, seed or selection fails
 * if (r instanceof SamplingRecord.BySize bySize) {
 *   bySize.size();           // 5
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public sealed interface SamplingRecord permits SamplingRecord.BySize, SamplingRecord.ByRate {

  /** {@return the seed} */
  String seed();

  /** {@return the number of ids in the population} */
  long populationSize();

  /** {@return SHA-256 hex of the sorted ids, each followed by {@code \n}} */
  String populationDigest();

  /** {@return the selected ids in ascending key order} */
  List<String> selected();

  /**
   * Draws the {@code k} units with the smallest keys and records the draw.
   *
   * @param seed the seed
   * @param population the unit ids, no duplicates
   * @param size {@code k}, at least 0
   * @return the record
   */
  static BySize draw(String seed, Collection<String> population, int size) {
    List<String> selected = KeyedDraw.ofSize(seed, size).offerAll(population).selected();
    return new BySize(seed, population.size(), PopulationDigest.of(population), size, selected);
  }

  /**
   * Draws the units whose key is below {@code floor(p 2^64)} and records the draw.
   *
   * @param seed the seed
   * @param population the unit ids, no duplicates
   * @param rate {@code p}, in [0, 1]
   * @return the record
   */
  static ByRate drawAtRate(String seed, Collection<String> population, BigDecimal rate) {
    List<String> selected = KeyedDraw.ofRate(seed, rate).offerAll(population).selected();
    return new ByRate(seed, population.size(), PopulationDigest.of(population), rate, selected);
  }

  /**
   * {@return the record as a JSON document, keys in this order: {@code seed}, {@code
   * populationSize}, {@code populationDigest}, {@code size} or {@code rate}, {@code selected}} It
   * is what {@code siarchive sample draw --json} prints and a cluster draw writes.
   *
   * <pre>{@code
   * String json = new ObjectMapper().writeValueAsString(record.document());
   * }</pre>
   */
  default Map<String, Object> document() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("seed", seed());
    doc.put("populationSize", populationSize());
    doc.put("populationDigest", populationDigest());
    if (this instanceof BySize k) {
      doc.put("size", k.size());
    } else {
      doc.put("rate", ((ByRate) this).rate());
    }
    doc.put("selected", selected());
    return doc;
  }

  /**
   * Re-derives the draw from a population and compares every field.
   *
   * @param population the unit ids the draw claims to be from
   * @return verified, or the differences (population size, digest, selection)
   */
  default Verification verify(Collection<String> population) {
    Objects.requireNonNull(population, "population");
    List<String> problems = new ArrayList<>();
    if (population.size() != populationSize()) {
      problems.add(
          String.format(
              Locale.ROOT,
              "populationSize: record %d, population %d",
              populationSize(),
              population.size()));
    }
    String digest = PopulationDigest.of(population);
    if (!digest.equals(populationDigest())) {
      problems.add(
          String.format(
              Locale.ROOT,
              "populationDigest: record %s, population %s",
              populationDigest(),
              digest));
    }
    KeyedDraw redraw =
        this instanceof BySize bySize
            ? KeyedDraw.ofSize(seed(), bySize.size())
            : KeyedDraw.ofRate(seed(), ((ByRate) this).rate());
    List<String> expected = redraw.offerAll(population).selected();
    List<String> selected = selected();
    if (!expected.equals(selected)) {
      int i = 0;
      while (i < expected.size()
          && i < selected.size()
          && expected.get(i).equals(selected.get(i))) {
        i++;
      }
      problems.add(
          String.format(
              Locale.ROOT,
              "selected: record lists %d ids, re-derived %d; first difference at position %d: record %s, re-derived %s",
              selected.size(),
              expected.size(),
              i + 1,
              i < selected.size() ? "\"" + selected.get(i) + "\"" : "nothing",
              i < expected.size() ? "\"" + expected.get(i) + "\"" : "nothing"));
    }
    return problems.isEmpty() ? new Verification.Verified() : new Verification.Failed(problems);
  }

  /**
   * The record of a bottom-{@code k} draw. Immutable and thread-safe.
   *
   * <p>Example: {@code SamplingRecord.draw("2024-Q1", ids, 5)}.
   *
   * @param seed the seed
   * @param populationSize the number of ids in the population, at least 0
   * @param populationDigest SHA-256 hex of the sorted ids, each followed by {@code \n}
   * @param size {@code k}, at least 0
   * @param selected the selected ids in ascending key order, at most {@code populationSize}
   */
  record BySize(
      String seed, long populationSize, String populationDigest, int size, List<String> selected)
      implements SamplingRecord {
    /**
     * Validates and copies the components.
     *
     * @param seed the seed
     * @param populationSize the number of ids in the population, at least 0
     * @param populationDigest SHA-256 hex of the sorted ids, each followed by {@code \n}
     * @param size {@code k}, at least 0
     * @param selected the selected ids in ascending key order, at most {@code populationSize}
     */
    public BySize {
      selected = RecordChecks.common(seed, populationSize, populationDigest, selected);
      if (size < 0) {
        throw new IllegalArgumentException(
            String.format(Locale.ROOT, "Invalid value for size (valid values >= 0): %d", size));
      }
    }
  }

  /**
   * The record of a Bernoulli draw at rate {@code p}. Immutable and thread-safe.
   *
   * <p>Example: {@code SamplingRecord.drawAtRate("2024-Q1", ids, new BigDecimal("0.05"))}.
   *
   * @param seed the seed
   * @param populationSize the number of ids in the population, at least 0
   * @param populationDigest SHA-256 hex of the sorted ids, each followed by {@code \n}
   * @param rate {@code p}, in [0, 1]
   * @param selected the selected ids in ascending key order, at most {@code populationSize}
   */
  record ByRate(
      String seed,
      long populationSize,
      String populationDigest,
      BigDecimal rate,
      List<String> selected)
      implements SamplingRecord {
    /**
     * Validates and copies the components.
     *
     * @param seed the seed
     * @param populationSize the number of ids in the population, at least 0
     * @param populationDigest SHA-256 hex of the sorted ids, each followed by {@code \n}
     * @param rate {@code p}, in [0, 1]
     * @param selected the selected ids in ascending key order, at most {@code populationSize}
     */
    public ByRate {
      selected = RecordChecks.common(seed, populationSize, populationDigest, selected);
      Objects.requireNonNull(rate, "rate");
      if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
        throw new IllegalArgumentException(
            "Invalid value for rate (valid values 0 - 1): " + rate.toPlainString());
      }
    }
  }
}
