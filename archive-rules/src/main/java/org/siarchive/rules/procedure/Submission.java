package org.siarchive.rules.procedure;

import java.util.List;
import java.util.Objects;
import org.siarchive.core.model.Volume;

/**
 * A batch as a sub-centre submits it to a procedure that runs several ({@link Phase2#runAll}): what
 * {@link Phase2#run} takes for one, none null.
 *
 * <pre>{@code
 * new Submission("SC01-2024-P2", "SC01", sc01Volumes);
 * }</pre>
 *
 * @param batchId the batch's id
 * @param subCenter the sub-centre whose batch it is
 * @param volumes the batch's volumes, in order, all of that sub-centre (a copy is kept)
 * @since 0.1.0
 */
public record Submission(String batchId, String subCenter, List<Volume> volumes) {
  /**
   * Refuses a null, and keeps a copy of the list.
   *
   * @param batchId the batch's id
   * @param subCenter the sub-centre whose batch it is
   * @param volumes the batch's volumes, in order
   */
  public Submission {
    Objects.requireNonNull(batchId, "batchId");
    Objects.requireNonNull(subCenter, "subCenter");
    volumes = List.copyOf(Objects.requireNonNull(volumes, "volumes"));
  }
}
