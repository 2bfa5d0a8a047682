package org.siarchive.core.defect;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.siarchive.core.internal.Checks;

/**
 * A defect found in an archive: what kind ({@link DefectCode}), how severe, where, and the values
 * that explain it (message arguments, in the order a message shows them). A defect is a result,
 * never an exception.
 *
 * <p>Immutable and thread-safe; the arguments are an unmodifiable, insertion-ordered copy.
 *
 * <pre>{@code
 * Defect d = new Defect(DefectCode.of("ITEM_COUNT_MISMATCH"), Severity.MAJOR,
 *     Location.volume("SC01-2024-000001"), Map.of("paper", "7", "catalogue", "8"));
 * }</pre>
 *
 * @param code the kind of defect
 * @param severity how much it matters
 * @param location where it was found
 * @param arguments named values that explain it
 * @since 0.1.0
 */
public record Defect(
    DefectCode code, Severity severity, Location location, Map<String, String> arguments) {

  /**
   * Checks the fields and copies the arguments, keeping their order.
   *
   * @param code the kind of defect
   * @param severity how much it matters
   * @param location where it was found
   * @param arguments named values that explain it
   */
  public Defect {
    Checks.required(code, "code");
    Checks.required(severity, "severity");
    Checks.required(location, "location");
    Checks.required(arguments, "arguments");
    Map<String, String> copy = new LinkedHashMap<>();
    arguments.forEach(
        (k, v) -> copy.put(Checks.required(k, "arguments"), Checks.required(v, "arguments/" + k)));
    arguments = Collections.unmodifiableMap(copy);
  }

  /**
   * {@return a defect without arguments}
   *
   * @param code the kind of defect
   * @param severity how much it matters
   * @param location where it was found
   */
  public static Defect of(DefectCode code, Severity severity, Location location) {
    return new Defect(code, severity, location, Map.of());
  }
}
