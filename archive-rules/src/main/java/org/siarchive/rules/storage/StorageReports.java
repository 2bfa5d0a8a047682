package org.siarchive.rules.storage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Storage status and plans as documents a host prints: ordered maps of the command-line JSON
 * contract ({@code siarchive storage status|plan --json}) and plain text for people. Fill ratios
 * are shown as decimals rounded half-even to {@value #SCALE} places; the exact fractions stay in
 * the results.
 *
 * <pre>{@code
 * Map<String, Object> doc = StorageReports.json(StoragePlanner.plan(city, 24));
 * new ObjectMapper().writeValueAsString(doc);
 * // {"feasible":true,"peakFill":0.9670,"minimalIntake":100,"naivePeakFill":1.0050,"months":[...],...}
 * }</pre>
 *
 * @since 0.1.0
 */
public final class StorageReports {
  /** The decimals a fill ratio is shown with. */
  public static final int SCALE = 4;

  private StorageReports() {}

  /**
   * {@code {"rooms": [{"id", "subCenter", "capacity", "occupied", "fill", "monthsUntilFull",
   * "rank", "reason"}]}}, rooms in rank order, capacity and occupancy in volumes, {@code
   * monthsUntilFull} null when not within the look-ahead.
   *
   * @param status the stores' status at a month
   * @return the JSON document, as maps and lists in that order
   */
  public static Map<String, Object> json(StorageStatus status) {
    Objects.requireNonNull(status, "status");
    List<Map<String, Object>> rooms = new ArrayList<>();
    for (RoomStatus r : status.rooms()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", r.id());
      m.put("subCenter", r.subCenterId());
      m.put("capacity", r.capacity());
      m.put("occupied", r.occupied());
      m.put("fill", r.fill().toDecimal(SCALE));
      m.put(
          "monthsUntilFull",
          r.monthsUntilFull().isPresent() ? r.monthsUntilFull().getAsInt() : null);
      m.put("rank", r.rank());
      m.put("reason", r.reason().label());
      rooms.add(m);
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("rooms", rooms);
    return doc;
  }

  /**
   * {@code {"feasible", "peakFill", "minimalIntake", "naivePeakFill", "months": [{"month",
   * "transfers": {"ROOM": n}, "fill": {"ROOM": f}}], "overflows": [{"room", "month", "excess"}]}}:
   * the months and overflows of the optimal plan; {@code transfers} lists the stores that send
   * volumes that month, {@code fill} every store and then the centre's stacks; {@code
   * minimalIntake} null when no intake avoids overflow.
   *
   * @param plan the plan
   * @return the JSON document, as maps and lists in that order
   */
  public static Map<String, Object> json(StoragePlan plan) {
    Objects.requireNonNull(plan, "plan");
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("feasible", plan.isFeasible());
    doc.put("peakFill", plan.optimal().peak().toDecimal(SCALE));
    doc.put(
        "minimalIntake",
        plan.minimalIntake().isPresent() ? plan.minimalIntake().getAsLong() : null);
    doc.put("naivePeakFill", plan.naive().peak().toDecimal(SCALE));
    List<Map<String, Object>> months = new ArrayList<>();
    for (MonthPlan m : plan.optimal().months()) {
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("month", m.month().toString());
      j.put("transfers", m.transfers());
      Map<String, BigDecimal> fill = new LinkedHashMap<>();
      m.fill().forEach((room, f) -> fill.put(room, f.toDecimal(SCALE)));
      j.put("fill", fill);
      months.add(j);
    }
    doc.put("months", months);
    List<Map<String, Object>> overflows = new ArrayList<>();
    for (Overflow o : plan.optimal().overflows()) {
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("room", o.roomId());
      j.put("month", o.month().toString());
      j.put("excess", o.excess());
      overflows.add(j);
    }
    doc.put("overflows", overflows);
    return doc;
  }

  /**
   * {@return the status as a table, most pressed first, with each forecast method's held-out error}
   *
   * @param status the stores' status at a month
   */
  public static String text(StorageStatus status) {
    Objects.requireNonNull(status, "status");
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "storage status at the end of %s (forecast %s); centre's stacks %s full%n",
            status.asOf(),
            status.forecast(),
            percent(status.stacks())));
    b.append(
        String.format(
            Locale.ROOT,
            "%4s  %-12s %-8s %10s %10s %7s %8s %11s  %-6s %s%n",
            "rank",
            "store",
            "sub-ctr",
            "capacity",
            "occupied",
            "fill",
            "full in",
            "next 12 mo",
            "reason",
            "held-out MAE (mean-12 / seasonal)"));
    for (RoomStatus r : status.rooms()) {
      b.append(
          String.format(
              Locale.ROOT,
              "%4d  %-12s %-8s %10d %10d %7s %8s %11d  %-6s %s / %s%n",
              r.rank(),
              r.id(),
              r.subCenterId(),
              r.capacity(),
              r.occupied(),
              percent(r.fill()),
              r.monthsUntilFull().isPresent() ? r.monthsUntilFull().getAsInt() + " mo" : "-",
              r.next12Months(),
              r.reason().label(),
              error(r, ForecastMethod.MEAN_12),
              error(r, ForecastMethod.SEASONAL)));
    }
    return b.toString();
  }

  /**
   * {@return the plan in a few lines: optimal against naive, least intake, overflows, when the
   * stacks fill}
   *
   * @param plan the plan
   */
  public static String text(StoragePlan plan) {
    Objects.requireNonNull(plan, "plan");
    TransferPlan o = plan.optimal();
    TransferPlan n = plan.naive();
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "transfer plan for %d months after %s, intake %d volumes a month%n",
            plan.horizon(),
            plan.asOf(),
            plan.intake().volumesPerMonth()));
    b.append(
        String.format(
            Locale.ROOT,
            "  optimal: peak fill %s (%s), %d volumes transferred, %d store-months over capacity%n",
            percent(o.peak()),
            o.peakRoom(),
            o.transferred(),
            o.overflows().size()));
    b.append(
        String.format(
            Locale.ROOT,
            "  naive (fullest store first): peak fill %s (%s), %d volumes transferred, %d store-months over capacity%n",
            percent(n.peak()),
            n.peakRoom(),
            n.transferred(),
            n.overflows().size()));
    b.append(
        String.format(
            Locale.ROOT,
            "  planning lowers the worst store's peak by %s points%n",
            n.peak()
                .toDecimal(SCALE + 2)
                .subtract(o.peak().toDecimal(SCALE + 2))
                .movePointRight(2)
                .setScale(2, java.math.RoundingMode.HALF_EVEN)));
    b.append(
        plan.minimalIntake().isPresent()
            ? String.format(
                Locale.ROOT,
                "  least intake with no store over capacity: %d volumes a month%n",
                plan.minimalIntake().getAsLong())
            : String.format(
                Locale.ROOT,
                "  no intake keeps every store within capacity: transferable volumes or the centre's stacks run short%n"));
    b.append(
        String.format(
            Locale.ROOT,
            "  centre's stacks full from: %s (optimal), %s (naive)%n",
            o.stacksFull().map(Object::toString).orElse("not within the horizon"),
            n.stacksFull().map(Object::toString).orElse("not within the horizon")));
    for (Overflow f : o.overflows()) {
      b.append(
          String.format(
              Locale.ROOT,
              "  overflow: %s in %s by %d volumes%n",
              f.roomId(),
              f.month(),
              f.excess()));
    }
    return b.toString();
  }

  private static String percent(FillRatio f) {
    return f.toDecimal(SCALE).movePointRight(2).setScale(1, java.math.RoundingMode.HALF_EVEN) + "%";
  }

  private static String error(RoomStatus r, ForecastMethod m) {
    BigDecimal e = r.heldOutErrors().get(m);
    return e == null ? "-" : e.toPlainString();
  }
}
