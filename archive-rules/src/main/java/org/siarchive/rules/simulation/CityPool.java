package org.siarchive.rules.simulation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.model.CatalogEntry;
import org.siarchive.core.model.Volume;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.quality.Stage;
import org.siarchive.rules.quality.Suite;

/**
 * The volumes a simulated city forms, each already judged by the real suites: for every stage the
 * library knows ({@link Stage#values()}), the suite of that stage ({@link Suite#from}) is run once
 * on each source volume and records whether it finds a defect. The simulation then forms, each
 * working day and per sub-centre, volumes drawn from that sub-centre's part of the pool, so what an
 * inspection at a stage can find is what the library's checks find. Immutable and thread-safe.
 *
 * <pre>{@code
 * CityPool pool = CityPool.of(source, CheckContext.builder(rules).build(), 20_000);
 * pool.subCenters();            // [SC01, ..., SC16]
 * pool.volumesPerYear();        // 20000, shared among sub-centres as in the pool
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CityPool {
  private final List<SimulatedVolume> volumes;
  private final Map<String, int[]> bySubCenter;
  private final long volumesPerYear;

  private CityPool(List<SimulatedVolume> volumes, long volumesPerYear) {
    this.volumes = List.copyOf(volumes);
    this.volumesPerYear = volumesPerYear;
    Map<String, List<Integer>> lists = new TreeMap<>();
    for (int i = 0; i < this.volumes.size(); i++) {
      lists.computeIfAbsent(this.volumes.get(i).subCenterId(), k -> new ArrayList<>()).add(i);
    }
    Map<String, int[]> by = new LinkedHashMap<>();
    lists.forEach((k, v) -> by.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    this.bySubCenter = by;
  }

  /**
   * Judges a source's volumes by the suite of every stage, in parallel (the answer does not depend
   * on it).
   *
   * @param source the volumes and their truth
   * @param context the context whose rules and catalogue the suites use; its stage is ignored
   * @param volumesPerYear the volumes the city forms in a year, 1 or more, shared among the
   *     sub-centres in proportion to their volumes in the source
   * @return the pool of judged volumes and each sub-centre's share
   * @throws InvalidValueException naming the field for an empty source or a count below 1
   */
  public static CityPool of(VolumeSource source, CheckContext context, long volumesPerYear) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(context, "context");
    if (source.size() < 1) {
      throw new InvalidValueException("source.size", "1 or more", Integer.toString(source.size()));
    }
    Map<Stage, CheckContext> contexts = new EnumMap<>(Stage.class);
    Map<Stage, Suite> suites = new EnumMap<>(Stage.class);
    for (Stage s : Stage.values()) {
      CheckContext c = context.toBuilder().stage(s).build();
      contexts.put(s, c);
      suites.put(s, Suite.from(c));
    }
    List<SimulatedVolume> list =
        IntStream.range(0, source.size())
            .parallel()
            .mapToObj(
                i -> {
                  Volume v = source.volume(i);
                  Set<Stage> found = EnumSet.noneOf(Stage.class);
                  for (Stage s : Stage.values()) {
                    Suite suite = Objects.requireNonNull(suites.get(s));
                    if (!suite.check(v, Objects.requireNonNull(contexts.get(s))).isEmpty()) {
                      found.add(s);
                    }
                  }
                  return new SimulatedVolume(
                      v.id(),
                      v.subCenterId(),
                      v.businessType().toString(),
                      pages(v),
                      !source.defects(i).isEmpty(),
                      found);
                })
            .toList();
    return of(list, volumesPerYear);
  }

  /**
   * {@return a pool of volumes already judged (for tests and hosts that judged them elsewhere)}
   *
   * @param volumes 1 or more
   * @param volumesPerYear 1 or more
   */
  public static CityPool of(List<SimulatedVolume> volumes, long volumesPerYear) {
    Objects.requireNonNull(volumes, "volumes");
    if (volumes.isEmpty()) {
      throw new InvalidValueException("volumes", "1 or more", "none");
    }
    if (volumesPerYear < 1) {
      throw new InvalidValueException("volumesPerYear", "1 or more", Long.toString(volumesPerYear));
    }
    return new CityPool(volumes, volumesPerYear);
  }

  private static int pages(Volume v) {
    int registered = v.catalogue().stream().mapToInt(CatalogEntry::registeredPages).sum();
    return Math.max(1, Math.max(registered, v.images().size()));
  }

  /** {@return the volumes, in source order} */
  public List<SimulatedVolume> volumes() {
    return volumes;
  }

  /** {@return the sub-centres, in id order} */
  public List<String> subCenters() {
    return List.copyOf(bySubCenter.keySet());
  }

  /** The indexes of a sub-centre's volumes (a copy). */
  int[] indexesOf(String subCenter) {
    return Objects.requireNonNull(bySubCenter.get(subCenter), subCenter).clone();
  }

  /** {@return the volumes the city forms in a year} */
  public long volumesPerYear() {
    return volumesPerYear;
  }

  /**
   * {@return the share of the city's volumes a sub-centre forms: its share of the pool}
   *
   * @param subCenter the sub-centre's code, one of the pool's
   */
  public double share(String subCenter) {
    return (double) Objects.requireNonNull(bySubCenter.get(subCenter), subCenter).length
        / volumes.size();
  }

  /**
   * {@return the share of truly defective volumes that the suite of a stage finds}
   *
   * @param stage the stage
   */
  public double foundShare(Stage stage) {
    long defective = volumes.stream().filter(SimulatedVolume::defective).count();
    long found = volumes.stream().filter(v -> v.defective() && v.isFoundAt(stage)).count();
    return defective == 0 ? 0 : (double) found / defective;
  }
}
