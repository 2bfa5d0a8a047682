package org.siarchive.rules.storage;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.siarchive.rules.storage.internal.Args;
import org.siarchive.rules.storage.internal.NaiveSchedule;
import org.siarchive.rules.storage.internal.PeakSearch;
import org.siarchive.rules.storage.internal.Problem;

/**
 * Storage-pressure planning (article §3.5, 因容施策): the stores' status and pressure ranking, and the
 * transfer schedule that is provably the best the archive centre's intake allows.
 *
 * <p><b>The plan.</b> Over months {@code 1..h} after the as-of month, each store forms its forecast
 * volumes, loses its disposals and sends transfers; a volume may be transferred only once its
 * store's eligibility lag has passed; at most the intake moves per month in all; the centre's
 * stacks (less their own disposals) must hold what arrives. Among all such schedules, {@link #plan}
 * returns one minimising the highest fill ratio {@code occupied / capacity} any store reaches at
 * the end of a month, with the exact optimum. It is not a heuristic:
 *
 * <ol>
 *   <li>holding every store at or below a ratio {@code θ} is a set of unit transfer jobs with
 *       release months (eligibility) and deadlines (the month a store would pass {@code θ});
 *       whether they fit the intake and the stacks is decided exactly by earliest-deadline-first
 *       run backwards in time, which also gives the schedule that transfers as late as possible and
 *       so uses the centre's stacks least, month by month;
 *   <li>the answer changes only at fractions {@code k / capacity}, and is monotone in {@code θ}, so
 *       the optimal peak is the least such fraction that can be held. It is searched between exact
 *       bounds: below, what a store holds even when all it may send has left, raised by Hall's
 *       condition on each window of months (the least fraction a window allows is found by
 *       counting, without a test); above, the naive plan's peak. Usually the raised lower bound
 *       already passes the test; otherwise a binary search over the sorted fractions between the
 *       bounds finishes.
 * </ol>
 *
 * <p>The least intake is searched the same way, upward from the largest jobs-per-month any window
 * of months demands.
 *
 * <p>The schedule transfers no more than the optimal peak needs, each volume as late as it can: a
 * host that wants stores emptier than the peak sends more within the same limits. The proofs are in
 * the design comments of the implementation; an independent max-flow formulation checks the optimum
 * on thousands of random instances in the tests. Fill ratios are compared as exact fractions;
 * nothing a double could round decides anything.
 *
 * <pre>{@code
 * StorageNetwork city = StorageFile.read(Path.of("rooms.json"));
 * StoragePlan plan = StoragePlanner.plan(city, 24);
 * plan.optimal().peak().toDecimal(4);   // 0.8731
 * plan.naive().peak().toDecimal(4);     // 0.9412
 * plan.minimalIntake();                 // OptionalLong[1850]
 * StorageStatus now = StoragePlanner.status(city, city.asOf());
 * now.rooms().get(0).reason();          // BOTH
 * }</pre>
 *
 * <p>Thread-safe (it has no state).
 *
 * @since 0.1.0
 */
public final class StoragePlanner {

  /** The longest horizon planned, in months. */
  public static final int MAX_HORIZON = 1200;

  /** How far ahead {@link RoomStatus#monthsUntilFull()} looks, in months (50 years). */
  public static final int LOOK_AHEAD = 600;

  private StoragePlanner() {}

  /**
   * {@return the stores at a month with the default pressure policy}
   *
   * @param network the rooms, their histories, intake and disposals
   * @param asOf the month, the network's as-of month or later (later months are projected from the
   *     forecast and the disposals, without transfers)
   * @throws org.siarchive.core.InvalidValueException naming {@code asOf} when it is before the
   *     network's month, or a disposal that exceeds what a room holds
   */
  public static StorageStatus status(StorageNetwork network, YearMonth asOf) {
    return status(network, asOf, PressurePolicy.DEFAULT);
  }

  /**
   * {@return the stores at a month, ranked by pressure}
   *
   * @param network the rooms, their histories, intake and disposals
   * @param asOf the month, the network's as-of month or later (later months are projected from the
   *     forecast and the disposals, without transfers)
   * @param policy how pressure ranks the stores
   * @see #status(StorageNetwork, YearMonth)
   */
  public static StorageStatus status(
      StorageNetwork network, YearMonth asOf, PressurePolicy policy) {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(policy, "policy");
    long j = network.asOf().until(asOf, ChronoUnit.MONTHS);
    if (j < 0 || j > MAX_HORIZON) {
      throw Args.invalid(
          "asOf", "from " + network.asOf() + " to " + network.asOf().plusMonths(MAX_HORIZON), asOf);
    }
    int offset = (int) j;
    Problem p = problem(network, offset + LOOK_AHEAD + 12);
    List<SubCenterStore> stores = network.stores();
    record Row(
        SubCenterStore store, long occupied, long next12, OptionalInt full, Pressure reason) {}
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < stores.size(); i++) {
      SubCenterStore s = stores.get(i);
      long occ = p.base(i, offset);
      long[] f = network.forecast().forecast(s.history(), offset + 12);
      long next12 = 0;
      for (int k = offset; k < offset + 12; k++) {
        next12 += f[k];
      }
      OptionalInt full = OptionalInt.empty();
      for (int k = 0; k <= LOOK_AHEAD; k++) {
        if (p.base(i, offset + k) >= s.capacity()) {
          full = OptionalInt.of(k);
          break;
        }
      }
      rows.add(new Row(s, occ, next12, full, policy.reason(occ, s.capacity(), next12)));
    }
    Comparator<Row> order =
        Comparator.<Row>comparingInt(r -> r.full().orElse(Integer.MAX_VALUE))
            .thenComparing(
                (Row r) -> FillRatio.of(r.occupied(), r.store().capacity()),
                Comparator.reverseOrder())
            .thenComparing(
                (Row r) -> FillRatio.of(r.next12(), r.store().capacity()),
                Comparator.reverseOrder())
            .thenComparing(r -> r.store().id());
    rows.sort(order);
    List<RoomStatus> out = new ArrayList<>();
    for (int k = 0; k < rows.size(); k++) {
      Row r = rows.get(k);
      Map<ForecastMethod, BigDecimal> errors = new EnumMap<>(ForecastMethod.class);
      for (ForecastMethod m : ForecastMethod.values()) {
        m.heldOutError(r.store().history()).ifPresent(e -> errors.put(m, e));
      }
      out.add(
          new RoomStatus(
              r.store().id(),
              r.store().subCenterId(),
              FillRatio.of(r.occupied(), r.store().capacity()),
              r.next12(),
              r.full(),
              k + 1,
              r.reason(),
              errors));
    }
    CentreStacks c = network.stacks();
    FillRatio stacks = FillRatio.of(p.stacksOccupied(offset, 0), c.capacity());
    return new StorageStatus(asOf, network.forecast(), out, stacks);
  }

  /**
   * {@return the optimal plan over a horizon at the network's intake, beside the naive plan}
   *
   * @param network the rooms, their histories, intake and disposals
   * @param horizon months, 1 to {@value #MAX_HORIZON}
   * @throws org.siarchive.core.InvalidValueException naming {@code horizon}, or a disposal that
   *     exceeds what a room holds
   */
  public static StoragePlan plan(StorageNetwork network, int horizon) {
    Objects.requireNonNull(network, "network");
    Args.range(horizon, 1, MAX_HORIZON, "horizon");
    Problem p = problem(network, horizon);
    long intake = network.intake().volumesPerMonth();
    long[][] naive = NaiveSchedule.of(p, intake);
    PeakSearch.Optimum best = PeakSearch.optimum(p, intake, naive);
    long minimal = PeakSearch.minimalIntake(p);
    return new StoragePlan(
        network.asOf(),
        network.intake(),
        transferPlan(network, p, best.schedule()),
        transferPlan(network, p, naive),
        minimal < 0 ? OptionalLong.empty() : OptionalLong.of(minimal));
  }

  /**
   * {@return whether some schedule keeps every store within its capacity over the horizon at an
   * intake: the exact test {@link StoragePlan#minimalIntake()} is the least answer of}
   *
   * @param network the rooms, their histories, intake and disposals
   * @param horizon months, 1 to {@value #MAX_HORIZON}
   * @param intake the volumes per month
   */
  public static boolean avoidsOverflow(StorageNetwork network, int horizon, Intake intake) {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(intake, "intake");
    Args.range(horizon, 1, MAX_HORIZON, "horizon");
    return PeakSearch.holdsCapacity(problem(network, horizon), intake.volumesPerMonth());
  }

  private static TransferPlan transferPlan(StorageNetwork network, Problem p, long[][] x) {
    List<SubCenterStore> stores = network.stores();
    int n = stores.size();
    long[] sentBy = new long[n];
    long sent = 0;
    @Nullable FillRatio peak = null;
    @Nullable String peakRoom = null;
    List<MonthPlan> months = new ArrayList<>();
    List<Overflow> overflows = new ArrayList<>();
    Optional<YearMonth> stacksFull = Optional.empty();
    for (int t = 1; t <= p.months(); t++) {
      YearMonth month = network.asOf().plusMonths(t);
      Map<String, Long> transfers = new LinkedHashMap<>();
      Map<String, FillRatio> fill = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        SubCenterStore s = stores.get(i);
        if (x[i][t] > 0) {
          transfers.put(s.id(), x[i][t]);
        }
        sentBy[i] += x[i][t];
        sent += x[i][t];
        long occ = p.base(i, t) - sentBy[i];
        FillRatio f = FillRatio.of(occ, s.capacity());
        fill.put(s.id(), f);
        if (peak == null || f.compareTo(peak) > 0) {
          peak = f;
          peakRoom = s.id();
        }
        if (occ > s.capacity()) {
          overflows.add(new Overflow(s.id(), month, occ - s.capacity()));
        }
      }
      long stacksOcc = p.stacksOccupied(t, sent);
      fill.put(network.stacks().id(), FillRatio.of(stacksOcc, network.stacks().capacity()));
      if (stacksFull.isEmpty() && stacksOcc >= network.stacks().capacity()) {
        stacksFull = Optional.of(month);
      }
      months.add(new MonthPlan(month, transfers, fill));
    }
    // A plan has at least one month and a network at least one store, so a peak was found.
    return new TransferPlan(
        months,
        Objects.requireNonNull(peak, "peak"),
        Objects.requireNonNull(peakRoom, "peakRoom"),
        overflows,
        stacksFull);
  }

  /** The network as arrays over months 1..h. */
  static Problem problem(StorageNetwork network, int h) {
    List<SubCenterStore> stores = network.stores();
    int n = stores.size();
    String[] ids = new String[n];
    long[] cap = new long[n];
    long[] occ0 = new long[n];
    long[][] recent = new long[n][];
    long[][] gen = new long[n][];
    long[][] disp = new long[n][h];
    for (int i = 0; i < n; i++) {
      SubCenterStore s = stores.get(i);
      ids[i] = s.id();
      cap[i] = s.capacity();
      occ0[i] = s.occupied();
      List<Long> v = s.history().volumes();
      int lag = s.eligibility().lagMonths();
      recent[i] = v.subList(v.size() - lag, v.size()).stream().mapToLong(Long::longValue).toArray();
      gen[i] = network.forecast().forecast(s.history(), h);
      for (int t = 1; t <= h; t++) {
        disp[i][t - 1] = network.disposals().count(s.id(), network.asOf().plusMonths(t));
      }
    }
    long[] stacksDisp = new long[h];
    for (int t = 1; t <= h; t++) {
      stacksDisp[t - 1] =
          network.disposals().count(network.stacks().id(), network.asOf().plusMonths(t));
    }
    checkDisposals(disp, stacksDisp, ids, network);
    return new Problem(
        network.asOf(),
        ids,
        cap,
        occ0,
        recent,
        gen,
        disp,
        network.stacks().capacity(),
        network.stacks().occupied(),
        stacksDisp,
        network.stacks().id());
  }

  private static void checkDisposals(
      long[][] disp, long[] stacksDisp, String[] ids, StorageNetwork network) {
    for (int i = 0; i < disp.length; i++) {
      for (int t = 0; t < disp[i].length; t++) {
        Args.range(
            disp[i][t],
            0,
            StorageNetwork.MAX_VOLUMES,
            "disposals[" + ids[i] + "][" + network.asOf().plusMonths(t + 1L) + "]");
      }
    }
    for (int t = 0; t < stacksDisp.length; t++) {
      Args.range(
          stacksDisp[t],
          0,
          StorageNetwork.MAX_VOLUMES,
          "disposals[" + network.stacks().id() + "][" + network.asOf().plusMonths(t + 1L) + "]");
    }
  }
}
