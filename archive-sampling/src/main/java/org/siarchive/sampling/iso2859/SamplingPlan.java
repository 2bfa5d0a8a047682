package org.siarchive.sampling.iso2859;

import java.util.Locale;
import java.util.Objects;

/**
 * The single sampling plan applied to one lot: the code letter from the lot size, the letter and
 * sample size of the plan actually used after arrows, its acceptance and rejection numbers, and
 * whether the lot must be inspected 100% (the plan's sample size reaches the lot size). Immutable
 * and thread-safe.
 *
 * <p>Example: lot 1000, level II, AQL 1.0, normal: {@code codeLetter J, planLetter J, sampleSize
 * 80, Ac 2, Re 3, fullInspection false}.
 *
 * @param codeLetter the code letter from the lot-size table
 * @param planLetter the code letter of the plan used after arrows
 * @param inspection the inspection whose table gave the plan
 * @param aql the AQL
 * @param lotSize {@code N}, at least 2
 * @param sampleSize the plan's {@code n} (may exceed the lot size: then every unit is inspected)
 * @param acceptanceNumber {@code Ac}
 * @param rejectionNumber {@code Re}, above {@code Ac}
 * @param acceptsBetweenAcceptanceAndRejection whether {@code Ac < d < Re} accepts the lot (and
 *     returns inspection to normal), as in the ANSI reduced table
 * @param tableId the id of the table that gave the plan
 * @since 0.1.0
 */
public record SamplingPlan(
    CodeLetter codeLetter,
    CodeLetter planLetter,
    InspectionSeverity inspection,
    Aql aql,
    long lotSize,
    int sampleSize,
    int acceptanceNumber,
    int rejectionNumber,
    boolean acceptsBetweenAcceptanceAndRejection,
    String tableId) {

  /**
   * Validates the components.
   *
   * @param codeLetter the code letter from the lot-size table
   * @param planLetter the code letter of the plan used after arrows
   * @param inspection the inspection whose table gave the plan
   * @param aql the AQL
   * @param lotSize {@code N}, at least 2
   * @param sampleSize the plan's {@code n} (may exceed the lot size: then every unit is inspected)
   * @param acceptanceNumber {@code Ac}
   * @param rejectionNumber {@code Re}, above {@code Ac}
   * @param acceptsBetweenAcceptanceAndRejection whether {@code Ac < d < Re} accepts the lot (and
   *     returns inspection to normal), as in the ANSI reduced table
   * @param tableId the id of the table that gave the plan
   */
  public SamplingPlan {
    Objects.requireNonNull(codeLetter, "codeLetter");
    Objects.requireNonNull(planLetter, "planLetter");
    Objects.requireNonNull(inspection, "inspection");
    Objects.requireNonNull(aql, "aql");
    Objects.requireNonNull(tableId, "tableId");
    if (lotSize < 2) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "Invalid value for lotSize (valid values >= 2): %d", lotSize));
    }
    if (sampleSize < 1 || acceptanceNumber < 0 || rejectionNumber <= acceptanceNumber) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Invalid plan (valid: n >= 1, 0 <= Ac < Re): n=%d Ac=%d Re=%d",
              sampleSize,
              acceptanceNumber,
              rejectionNumber));
    }
  }

  /**
   * Tells whether every unit of the lot must be inspected: the plan's sample size is at least the
   * lot size.
   *
   * @return {@code sampleSize >= lotSize}
   */
  public boolean isFullInspection() {
    return sampleSize >= lotSize;
  }

  /**
   * Returns the number of units actually inspected.
   *
   * @return {@code min(sampleSize, lotSize)}
   */
  public long unitsToInspect() {
    return Math.min(sampleSize, lotSize);
  }

  /**
   * Tells whether a lot with {@code nonconforming} units in the sample is accepted.
   *
   * @param nonconforming {@code d}, 0 to {@link #unitsToInspect()}
   * @return {@code d <= Ac}, or {@code d < Re} when the table accepts between Ac and Re
   * @throws IllegalArgumentException naming {@code nonconforming}, its range and value
   */
  public boolean isAccepted(int nonconforming) {
    if (nonconforming < 0 || nonconforming > unitsToInspect()) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Invalid value for nonconforming (valid values 0 - %d): %d",
              unitsToInspect(),
              nonconforming));
    }
    return acceptsBetweenAcceptanceAndRejection
        ? nonconforming < rejectionNumber
        : nonconforming <= acceptanceNumber;
  }
}
