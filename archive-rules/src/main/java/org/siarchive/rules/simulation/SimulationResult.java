package org.siarchive.rules.simulation;

import java.util.List;
import java.util.Objects;

/**
 * What a run gives: its seed, replications and horizon, and each scenario's figures in the order
 * the scenarios were given. Identical for the same inputs whatever the number of threads. Immutable
 * and thread-safe.
 *
 * @param seed the seed
 * @param replications the replications, 2 or more
 * @param horizonDays the working days of formation
 * @param scenarios the scenarios' figures
 * @since 0.1.0
 */
public record SimulationResult(
    long seed, int replications, int horizonDays, List<ScenarioResult> scenarios) {
  /**
   * Copies.
   *
   * @param seed the seed
   * @param replications the replications, 2 or more
   * @param horizonDays the working days of formation
   * @param scenarios the scenarios' figures
   */
  public SimulationResult {
    scenarios = List.copyOf(Objects.requireNonNull(scenarios, "scenarios"));
  }

  /**
   * {@return a scenario's figures by name}
   *
   * @param name the scenario's name
   * @throws IllegalArgumentException naming the scenarios and the name
   */
  public ScenarioResult scenario(String name) {
    return scenarios.stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Invalid value for scenario (one of "
                        + scenarios.stream().map(ScenarioResult::name).toList()
                        + "): "
                        + name));
  }
}
