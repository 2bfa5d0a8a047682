package org.siarchive.rules.simulation.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The wire form of a scenario file, format version {@value #FORMAT_VERSION}; bound strictly
 * (unknown properties, duplicate keys and trailing tokens refused). {@code ScenarioFile} checks the
 * rest, naming the pointer and the value.
 *
 * @param formatVersion {@value #FORMAT_VERSION}
 * @param scenarios the scenarios, in order
 */
public record ScenariosDocument(
    @JsonProperty(required = true) int formatVersion,
    @JsonProperty(required = true) List<ScenarioDocument> scenarios) {

  /** The format this code reads. */
  public static final int FORMAT_VERSION = 1;

  /**
   * One scenario.
   *
   * @param name its name
   * @param phase 1 or 2
   * @param auditPost whether an audit post checks images as they are made (default false)
   * @param flexibleRatios whether pre-acceptance ratios follow problem rates (default false)
   * @param storagePlanning whether collection follows storage pressure (default false)
   * @param staff people per site by role name (default none)
   */
  public record ScenarioDocument(
      @JsonProperty(required = true) String name,
      @JsonProperty(required = true) int phase,
      @Nullable Boolean auditPost,
      @Nullable Boolean flexibleRatios,
      @Nullable Boolean storagePlanning,
      @Nullable Map<String, Integer> staff) {}
}
