package org.siarchive.rules.storage;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.siarchive.core.model.SubCenter;
import org.siarchive.rules.storage.internal.Args;

/**
 * Everything the storage planner knows about a city's rooms at one month: the sub-centres' stores,
 * the archive centre's stacks and intake, how generation is forecast, and the disposals that free
 * space. All quantities are in volumes; {@link #unit} and {@link #volumesPerUnit} say how the rooms
 * file stated capacities and occupancy ({@link StorageFile}).
 *
 * <pre>{@code
 * StorageNetwork city = StorageFile.read(Path.of("rooms.json"));
 * StorageStatus now = StoragePlanner.status(city, city.asOf());
 * StoragePlan plan = StoragePlanner.plan(city, 24);
 * }</pre>
 *
 * <p>Immutable and thread-safe when {@code disposals} is.
 *
 * @param asOf the month whose end the occupancy figures describe; every history ends here
 * @param unit the unit the rooms file stated capacities in
 * @param volumesPerUnit the volumes one unit holds, 1 to 100,000 (1 for {@link
 *     StorageUnit#VOLUMES})
 * @param forecast how each store's future generation is forecast
 * @param intake the centre's intake capacity
 * @param stacks the centre's stacks
 * @param stores the sub-centres' stores, 1 to {@value #MAX_STORES}, ids unique (also against the
 *     stacks); each history ends at {@code asOf} and covers at least {@value
 *     ForecastMethod#MIN_HISTORY} months and the store's eligibility lag; each store holds at least
 *     the volumes it formed within its lag (they cannot have left yet)
 * @param disposals the volumes leaving each room per month
 * @since 0.1.0
 */
public record StorageNetwork(
    YearMonth asOf,
    StorageUnit unit,
    int volumesPerUnit,
    ForecastMethod forecast,
    Intake intake,
    CentreStacks stacks,
    List<SubCenterStore> stores,
    Disposals disposals) {

  /** The largest volume figure accepted anywhere (10^12). */
  public static final long MAX_VOLUMES = 1_000_000_000_000L;

  /** The most stores a network may hold. */
  public static final int MAX_STORES = 100_000;

  private static final Pattern ID = Pattern.compile(SubCenter.ID_PATTERN);

  /**
   * Checks the fields and the stores against each other.
   *
   * @param asOf the month whose end the occupancy figures describe; every history ends here
   * @param unit the unit the rooms file stated capacities in
   * @param volumesPerUnit the volumes one unit holds, 1 to 100,000 (1 for {@link
   *     StorageUnit#VOLUMES})
   * @param forecast how each store's future generation is forecast
   * @param intake the centre's intake capacity
   * @param stacks the centre's stacks
   * @param stores the sub-centres' stores, 1 to {@value #MAX_STORES}, ids unique (also against the
   *     stacks); each history ends at {@code asOf} and covers at least {@value
   *     ForecastMethod#MIN_HISTORY} months and the store's eligibility lag; each store holds at
   *     least the volumes it formed within its lag (they cannot have left yet)
   * @param disposals the volumes leaving each room per month
   */
  public StorageNetwork {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(unit, "unit");
    Args.range(volumesPerUnit, 1, 100_000, "volumesPerUnit");
    if (unit == StorageUnit.VOLUMES && volumesPerUnit != 1) {
      throw Args.invalid("volumesPerUnit", "1 when the unit is VOLUMES", volumesPerUnit);
    }
    Objects.requireNonNull(forecast, "forecast");
    Objects.requireNonNull(intake, "intake");
    Objects.requireNonNull(stacks, "stacks");
    stores = List.copyOf(Objects.requireNonNull(stores, "stores"));
    Args.range(stores.size(), 1, MAX_STORES, "stores (count)");
    Objects.requireNonNull(disposals, "disposals");
    Set<String> ids = new HashSet<>();
    ids.add(stacks.id());
    for (int i = 0; i < stores.size(); i++) {
      SubCenterStore s = stores.get(i);
      String at = "stores[" + i + "]";
      if (!ids.add(s.id())) {
        throw Args.invalid(at + ".id", "unique among the rooms", s.id());
      }
      if (!s.history().last().equals(asOf)) {
        throw Args.invalid(
            at + ".history", "ending at the as-of month " + asOf, s.history().last());
      }
      int need = Math.max(ForecastMethod.MIN_HISTORY, s.eligibility().lagMonths());
      if (s.history().size() < need) {
        throw Args.invalid(at + ".history (months)", "at least " + need, s.history().size());
      }
      long recent = recentVolumes(s);
      if (s.occupied() < recent) {
        throw Args.invalid(
            at + ".occupied",
            String.format(
                Locale.ROOT,
                "at least the %d volumes formed in the last %d months, which cannot have been transferred yet",
                recent,
                s.eligibility().lagMonths()),
            s.occupied());
      }
    }
  }

  /** The volumes a store formed within its eligibility lag, up to the as-of month. */
  static long recentVolumes(SubCenterStore s) {
    List<Long> v = s.history().volumes();
    long sum = 0;
    for (int i = v.size() - s.eligibility().lagMonths(); i < v.size(); i++) {
      sum += v.get(i);
    }
    return sum;
  }

  /**
   * {@return a store by id}
   *
   * @param id the store's id
   */
  public java.util.Optional<SubCenterStore> store(String id) {
    return stores.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * {@return this network with another intake}
   *
   * @param intake the centre's intake capacity
   */
  public StorageNetwork withIntake(Intake intake) {
    return new StorageNetwork(
        asOf, unit, volumesPerUnit, forecast, intake, stacks, stores, disposals);
  }

  static void checkId(String id, String field) {
    Objects.requireNonNull(id, field);
    if (!ID.matcher(id).matches()) {
      throw Args.invalid(
          field, "form " + SubCenter.ID_PATTERN, org.siarchive.core.id.Masking.quoted(id));
    }
  }
}
