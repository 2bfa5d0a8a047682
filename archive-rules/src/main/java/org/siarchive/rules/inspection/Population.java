package org.siarchive.rules.inspection;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.model.Volume;

/**
 * The volumes a policy chooses from, as ids grouped into strata (a batch, or the city), strata in
 * key order, each stratum's ids in the order given. An id appears once in the whole population.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Population batch = Population.of(Map.of(StratumKey.ofSubCenter("SC01"), ids));
 * Population city = Population.builder(Strata.SUB_CENTER_AND_CATEGORY).addAll(volumes).build();
 * city.size();   // the number of volumes
 * }</pre>
 *
 * @param strata the ids of each stratum, non-empty lists, ids non-empty and unique
 * @since 0.1.0
 */
public record Population(Map<StratumKey, List<String>> strata) {

  /**
   * Validates the ids and copies the strata into key order.
   *
   * @param strata the ids of each stratum, non-empty lists, ids non-empty and unique
   */
  public Population {
    Objects.requireNonNull(strata, "strata");
    if (strata.isEmpty()) {
      throw new InvalidValueException("strata", "at least one stratum", "none");
    }
    Set<String> seen = new HashSet<>();
    ImmutableMap.Builder<StratumKey, List<String>> copy = ImmutableMap.builder();
    for (Map.Entry<StratumKey, List<String>> e : new TreeMap<>(strata).entrySet()) {
      List<String> ids = ImmutableList.copyOf(e.getValue());
      if (ids.isEmpty()) {
        throw new InvalidValueException(
            "strata/" + e.getKey().id(), "at least one volume id", "none");
      }
      for (String id : ids) {
        if (id.isEmpty() || id.indexOf('\n') >= 0) {
          throw new InvalidValueException(
              "strata/" + e.getKey().id(), "ids non-empty, without line feed", "\"" + id + "\"");
        }
        if (!seen.add(id)) {
          throw new InvalidValueException(
              "strata/" + e.getKey().id(), "each id once in the population", "\"" + id + "\"");
        }
      }
      copy.put(e.getKey(), ids);
    }
    strata = copy.buildOrThrow();
  }

  /**
   * Obtains a population from ids grouped by stratum.
   *
   * @param strata the ids of each stratum
   * @return the population
   * @throws InvalidValueException naming the stratum and the id when an id is empty or repeated
   */
  public static Population of(Map<StratumKey, ? extends List<String>> strata) {
    return new Population(Map.copyOf(strata));
  }

  /**
   * Starts a population built volume by volume.
   *
   * @param by how volumes are grouped
   * @return an empty builder
   */
  public static Builder builder(Strata by) {
    return new Builder(by);
  }

  /** {@return the number of volumes} */
  public long size() {
    return strata.values().stream().mapToLong(List::size).sum();
  }

  /** {@return the keys of the strata, in key order} */
  public Set<StratumKey> keys() {
    return strata.keySet();
  }

  /**
   * Returns the ids of a stratum.
   *
   * @param key a key of this population
   * @return its ids
   * @throws InvalidValueException when the key is not a stratum of this population
   */
  public List<String> ids(StratumKey key) {
    List<String> ids = strata.get(Objects.requireNonNull(key, "key"));
    if (ids == null) {
      throw new InvalidValueException("key", "a stratum of the population " + keys(), key.id());
    }
    return ids;
  }

  /** Gathers volumes into strata. Mutable and not thread-safe. */
  public static final class Builder {
    private final Strata by;
    private final Map<StratumKey, List<String>> strata = new TreeMap<>();

    private Builder(Strata by) {
      this.by = Objects.requireNonNull(by, "by");
    }

    /**
     * Adds a volume to its stratum.
     *
     * @param volume the volume
     * @return this builder
     */
    public Builder add(Volume volume) {
      return add(by.keyOf(volume), volume.id());
    }

    /**
     * Adds volumes.
     *
     * @param volumes the volumes
     * @return this builder
     */
    public Builder addAll(Iterable<Volume> volumes) {
      Objects.requireNonNull(volumes, "volumes").forEach(this::add);
      return this;
    }

    /**
     * Adds an id to a stratum.
     *
     * @param key the stratum
     * @param id the volume id
     * @return this builder
     */
    public Builder add(StratumKey key, String id) {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(id, "id");
      strata.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
      return this;
    }

    /**
     * Builds the population.
     *
     * @return the population
     * @throws InvalidValueException when nothing was added or an id was added twice
     */
    public Population build() {
      return new Population(strata);
    }
  }
}
