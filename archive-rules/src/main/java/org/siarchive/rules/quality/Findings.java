package org.siarchive.rules.quality;

import java.util.Map;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.defect.Location;

/**
 * Where a check reports what it found. The suite running the check turns each report into a {@link
 * org.siarchive.core.defect.Defect} with the severity of the code's catalogue row, and drops codes
 * the suite does not look for.
 *
 * <p>Not thread-safe: one instance per volume being checked.
 *
 * <pre>{@code
 * findings.report(DefectCodes.PAGE_COUNT_MISMATCH, Location.item(volume.id(), 3),
 *     ImmutableMap.of("registered", "4", "paper", "3"));
 * }</pre>
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface Findings {
  /**
   * Reports one defect.
   *
   * @param code a code the check declares in {@link Check#codes()}
   * @param location where it is
   * @param arguments the message arguments, named as the catalogue row declares them, in order;
   *     values must not hold personal identifiers unmasked
   */
  void report(DefectCode code, Location location, Map<String, String> arguments);

  /**
   * Reports one defect without arguments.
   *
   * @param code a code the check declares in {@link Check#codes()}
   * @param location where it is
   */
  default void report(DefectCode code, Location location) {
    report(code, location, Map.of());
  }
}
