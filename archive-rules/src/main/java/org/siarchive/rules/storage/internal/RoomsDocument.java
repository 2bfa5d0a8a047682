package org.siarchive.rules.storage.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The wire form of a rooms file, format version {@value #FORMAT_VERSION}, exactly as {@code
 * archive-rules/STORAGE-SCHEMA.md} documents it. Bound with the core codec's strict mapper (unknown
 * properties, duplicate keys, trailing tokens, wrong types and missing required properties fail at
 * their JSON pointer); {@code StorageFile} checks the rest, naming the pointer and the value.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoomsDocument(
    @JsonProperty(required = true) int formatVersion,
    @JsonProperty(required = true) YearMonth asOf,
    @JsonProperty(required = true) String unit,
    @JsonProperty(required = true) int volumesPerUnit,
    @JsonProperty(required = true) String forecast,
    @JsonProperty(required = true) IntakeDocument intake,
    @JsonProperty(required = true) StacksDocument stacks,
    @JsonProperty(required = true) List<StoreDocument> stores) {

  /** The format version this library reads and writes. */
  public static final int FORMAT_VERSION = 1;

  /**
   * The centre's intake: {@code volumesPerMonth}, or {@code tripsPerMonth} and {@code
   * volumesPerTrip}.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record IntakeDocument(
      @Nullable Long volumesPerMonth,
      @Nullable Integer tripsPerMonth,
      @Nullable Integer volumesPerTrip) {}

  /** The centre's stacks; capacity and occupancy in the file's unit. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record StacksDocument(
      @JsonProperty(required = true) String id,
      @JsonProperty(required = true) long capacity,
      @JsonProperty(required = true) long occupied,
      Map<String, Long> disposals) {}

  /** A sub-centre's store; capacity and occupancy in the file's unit. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record StoreDocument(
      @JsonProperty(required = true) String id,
      @JsonProperty(required = true) String subCenter,
      @JsonProperty(required = true) long capacity,
      @JsonProperty(required = true) long occupied,
      @JsonProperty(required = true) EligibilityDocument eligibility,
      @JsonProperty(required = true) HistoryDocument history,
      Map<String, Long> disposals) {}

  /** {@code {"phase": 1}} or {@code {"phase": 2, "supervisionMonths": m}}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record EligibilityDocument(
      @JsonProperty(required = true) int phase, @Nullable Integer supervisionMonths) {}

  /** Monthly volumes formed, from a month on. */
  public record HistoryDocument(
      @JsonProperty(required = true) YearMonth from,
      @JsonProperty(required = true) List<Long> volumes) {}
}
