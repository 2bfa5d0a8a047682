package org.siarchive.rules.simulation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.siarchive.core.transfer.Role;

/**
 * A simulation's result as a JSON document (maps and lists a host serialises with any JSON library)
 * and as a text table.
 *
 * <pre>{@code
 * Map<String, Object> doc = SimulationReports.json(result);
 * // {"seed", "replications", "horizonDays", "definitions": {"<metric>": "..."},
 * //  "scenarios": [{"name", "metrics": {"<metric>": {"mean", "low", "high"}},
 * //                "versusPhase1": {"<metric>": {"mean", "low", "high"}}}]}
 * String table = SimulationReports.text(result);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SimulationReports {
  private SimulationReports() {}

  /** {@return what each metric name means, in {@link Simulation#metricNames()} order} */
  public static Map<String, String> definitions() {
    Map<String, String> d = new LinkedHashMap<>();
    for (Metric m : Metric.values()) {
      d.put(m.key(), m.description());
    }
    for (Role r : Role.values()) {
      d.put(
          Metric.STAFF_DAYS.key() + "." + r.name(),
          "person-days worked at the " + r.name() + " posts");
    }
    for (Role r : Role.values()) {
      d.put(
          Metric.WAITING_DAYS.key() + "." + r.name(),
          "mean wait of a job in the " + r.name() + " posts' queues (days)");
    }
    return d;
  }

  /**
   * {@return the JSON document of a result}
   *
   * @param result the simulation's result
   */
  public static Map<String, Object> json(SimulationResult result) {
    Objects.requireNonNull(result, "result");
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("seed", result.seed());
    doc.put("replications", result.replications());
    doc.put("horizonDays", result.horizonDays());
    doc.put("definitions", definitions());
    List<Map<String, Object>> scenarios =
        result.scenarios().stream()
            .map(
                s -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("name", s.name());
                  m.put("metrics", intervals(s.metrics()));
                  m.put("versusPhase1", intervals(s.versusPhase1()));
                  return m;
                })
            .toList();
    doc.put("scenarios", scenarios);
    return doc;
  }

  private static Map<String, Object> intervals(Map<String, Interval> in) {
    Map<String, Object> out = new LinkedHashMap<>();
    in.forEach(
        (k, i) -> {
          Map<String, Object> v = new LinkedHashMap<>();
          v.put("mean", i.mean());
          v.put("low", i.low());
          v.put("high", i.high());
          out.put(k, v);
        });
    return out;
  }

  /**
   * {@return the main metrics per scenario as a text table: mean and 95% interval}
   *
   * @param result the simulation's result
   */
  public static String text(SimulationResult result) {
    Objects.requireNonNull(result, "result");
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "Simulated city: seed %d, %d replications, %d working days of formation; mean [95%%"
                + " interval]%n",
            result.seed(),
            result.replications(),
            result.horizonDays()));
    b.append(String.format(Locale.ROOT, "%-26s", "metric"));
    for (ScenarioResult s : result.scenarios()) {
      b.append(String.format(Locale.ROOT, " %28s", s.name()));
    }
    b.append('\n');
    for (Metric m : Metric.values()) {
      b.append(String.format(Locale.ROOT, "%-26s", m.key()));
      for (ScenarioResult s : result.scenarios()) {
        b.append(String.format(Locale.ROOT, " %28s", cell(s.metric(m.key()))));
      }
      b.append('\n');
    }
    return b.toString();
  }

  /** A mean with its interval, e.g. {@code 312 [305, 319]}. */
  static String cell(Interval i) {
    return number(i.mean()) + " [" + number(i.low()) + ", " + number(i.high()) + "]";
  }

  /** A figure with 3 significant digits, or as an integer from 1000 on. */
  static String number(double v) {
    double a = Math.abs(v);
    if (a >= 1000) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    if (a >= 100) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    if (a >= 1) {
      return String.format(Locale.ROOT, "%.2f", v);
    }
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
