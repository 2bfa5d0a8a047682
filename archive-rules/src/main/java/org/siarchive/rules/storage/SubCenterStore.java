package org.siarchive.rules.storage;

import java.util.Objects;
import org.siarchive.core.model.SubCenter;
import org.siarchive.rules.storage.internal.Args;

/**
 * A sub-centre's store (分中心档案库房): its capacity and occupancy in volumes, when its volumes may be
 * transferred, and the volumes it formed month by month.
 *
 * <pre>{@code
 * SubCenterStore s = new SubCenterStore("SC01-A", "SC01", 12_000, 9_500,
 *     Eligibility.afterSupervision(2), history);
 * s.fill();  // 9500/12000
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the store's id, unique among the network's rooms ({@link SubCenter#ID_PATTERN})
 * @param subCenterId the sub-centre it belongs to ({@link SubCenter#ID_PATTERN})
 * @param capacity the volumes it holds, 1 to {@value StorageNetwork#MAX_VOLUMES}
 * @param occupied the volumes it holds at the network's as-of month, 0 to {@value
 *     StorageNetwork#MAX_VOLUMES} (more than the capacity is an overflow already)
 * @param eligibility when its volumes may be transferred
 * @param history the volumes formed per month, ending at the network's as-of month
 * @since 0.1.0
 */
public record SubCenterStore(
    String id,
    String subCenterId,
    long capacity,
    long occupied,
    Eligibility eligibility,
    GenerationHistory history) {

  /**
   * Checks the fields.
   *
   * @param id the store's id, unique among the network's rooms ({@link SubCenter#ID_PATTERN})
   * @param subCenterId the sub-centre it belongs to ({@link SubCenter#ID_PATTERN})
   * @param capacity the volumes it holds, 1 to {@value StorageNetwork#MAX_VOLUMES}
   * @param occupied the volumes it holds at the network's as-of month, 0 to {@value
   *     StorageNetwork#MAX_VOLUMES} (more than the capacity is an overflow already)
   * @param eligibility when its volumes may be transferred
   * @param history the volumes formed per month, ending at the network's as-of month
   */
  public SubCenterStore {
    StorageNetwork.checkId(id, "id");
    StorageNetwork.checkId(subCenterId, "subCenterId");
    Args.range(capacity, 1, StorageNetwork.MAX_VOLUMES, "capacity");
    Args.range(occupied, 0, StorageNetwork.MAX_VOLUMES, "occupied");
    Objects.requireNonNull(eligibility, "eligibility");
    Objects.requireNonNull(history, "history");
  }

  /** {@return the fill ratio at the as-of month} */
  public FillRatio fill() {
    return FillRatio.of(occupied, capacity);
  }
}
