package org.siarchive.rules.procedure;

import java.util.List;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.model.Volume;

/**
 * How a person at a manual step examines a volume: of the defects the step's suite finds, the ones
 * the person reports. People overlook things; the phase-1 re-check exists to measure how often the
 * acceptance post does (article §1), so a procedure lets the host (or a simulation) say what each
 * examination reported. A report may only leave defects out, never add one.
 *
 * <pre>{@code
 * Examiner tired = (person, volume, found) -> volume.id().endsWith("7") ? List.of() : found;
 * Phase1.builder(transfers, context, rectifier, staffing).acceptance(tired);
 * }</pre>
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface Examiner {
  /**
   * What a person reports of a volume.
   *
   * @param person the id of the person examining
   * @param volume the volume
   * @param found the defects the step's suite finds in it, at least one
   * @return the defects reported, a subset of {@code found}
   */
  List<Defect> report(String person, Volume volume, List<Defect> found);

  /** {@return the examiner who reports everything the suite finds} */
  static Examiner thorough() {
    return (person, volume, found) -> found;
  }
}
