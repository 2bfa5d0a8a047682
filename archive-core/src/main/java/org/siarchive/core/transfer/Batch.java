package org.siarchive.core.transfer;

import java.util.Objects;
import org.siarchive.core.InvalidValueException;

/**
 * A transfer batch (移交批次) as the replay of its ledger events: its id, sub-centre, phase, volumes,
 * state and how many events it has. Immutable and thread-safe.
 *
 * @param id the batch id
 * @param subCenter the sub-centre that forms it
 * @param phase the phase whose lifecycle it follows (1 or 2 in the bundled table)
 * @param volumes the volumes it holds
 * @param state its current state
 * @param events how many ledger events it has, 1 or more
 * @since 0.1.0
 */
public record Batch(
    String id, String subCenter, int phase, VolumeSet volumes, String state, long events) {
  /**
   * Validates the record.
   *
   * @param id the batch id
   * @param subCenter the sub-centre that forms it
   * @param phase the phase whose lifecycle it follows (1 or 2 in the bundled table)
   * @param volumes the volumes it holds
   * @param state its current state
   * @param events how many ledger events it has, 1 or more
   */
  public Batch {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(subCenter, "subCenter");
    Objects.requireNonNull(volumes, "volumes");
    Objects.requireNonNull(state, "state");
    if (events < 1) {
      throw new InvalidValueException("events", "1 or more", Long.toString(events));
    }
  }
}
