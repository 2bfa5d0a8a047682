package org.siarchive.rules.simulation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A scenario's figures over the replications: each metric's mean and 95% interval, the paired
 * difference of each against {@code phase-1} (this scenario's value minus phase 1's in the same
 * replication; empty when the run has no phase 1), and each replication's values. Immutable and
 * thread-safe.
 *
 * @param scenario the scenario
 * @param metrics each metric by name, in {@link Metric} order then per post
 * @param versusPhase1 the paired differences by name
 * @param values each metric's value per replication, in replication order
 * @since 0.1.0
 */
public record ScenarioResult(
    Scenario scenario,
    Map<String, Interval> metrics,
    Map<String, Interval> versusPhase1,
    Map<String, List<Double>> values) {

  /**
   * Copies, keeping the order.
   *
   * @param scenario the scenario
   * @param metrics each metric by name, in {@link Metric} order then per post
   * @param versusPhase1 the paired differences by name
   * @param values each metric's value per replication, in replication order
   */
  public ScenarioResult {
    Objects.requireNonNull(scenario, "scenario");
    metrics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    versusPhase1 = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(versusPhase1));
    Map<String, List<Double>> v = new LinkedHashMap<>();
    values.forEach((k, l) -> v.put(k, List.copyOf(l)));
    values = java.util.Collections.unmodifiableMap(v);
  }

  /** {@return the scenario's name} */
  public String name() {
    return scenario.name();
  }

  /**
   * {@return a metric's interval}
   *
   * @param name the metric's name
   * @throws IllegalArgumentException naming the metric when the result has not got it
   */
  public Interval metric(String name) {
    Interval i = metrics.get(name);
    if (i == null) {
      throw new IllegalArgumentException(
          "Invalid value for metric (one of " + metrics.keySet() + "): " + name);
    }
    return i;
  }
}
