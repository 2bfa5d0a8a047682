package org.siarchive.rules.simulation;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.siarchive.core.InvalidValueException;
import org.siarchive.rules.quality.Stage;

/**
 * One volume of a {@link CityPool}: what the simulation needs of it (sub-centre, category, pages),
 * whether it is truly defective, and the stages whose suite finds a defect in it. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * new SimulatedVolume("SC01-2024-000001", "SC01", "PENSION/REGISTRATION", 8, true,
 *     Set.of(Stage.PRE_ACCEPTANCE, Stage.ALL));
 * }</pre>
 *
 * @param id the source volume's id
 * @param subCenterId its sub-centre
 * @param category its category (the business type)
 * @param pages its registered pages, 1 or more
 * @param defective whether something is truly wrong with it
 * @param foundAt the stages whose suite reports a defect in it
 * @since 0.1.0
 */
public record SimulatedVolume(
    String id,
    String subCenterId,
    String category,
    int pages,
    boolean defective,
    Set<Stage> foundAt) {

  /**
   * Validates and copies.
   *
   * @param id the source volume's id
   * @param subCenterId its sub-centre
   * @param category its category (the business type)
   * @param pages its registered pages, 1 or more
   * @param defective whether something is truly wrong with it
   * @param foundAt the stages whose suite reports a defect in it
   */
  public SimulatedVolume {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(subCenterId, "subCenterId");
    Objects.requireNonNull(category, "category");
    if (pages < 1) {
      throw new InvalidValueException("pages", "1 or more", Integer.toString(pages));
    }
    Objects.requireNonNull(foundAt, "foundAt");
    foundAt = foundAt.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(foundAt));
  }

  /**
   * {@return whether the suite of a stage finds a defect in it}
   *
   * @param stage the stage
   */
  public boolean isFoundAt(Stage stage) {
    return foundAt.contains(stage);
  }
}
