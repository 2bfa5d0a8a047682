package org.siarchive.rules.storage;

import org.siarchive.rules.storage.internal.Args;

/**
 * The archive centre's stacks (档案馆库房): the capacity that receives the sub-centres' transfers.
 *
 * <pre>{@code
 * CentreStacks c = new CentreStacks("CENTRE", 400_000, 310_000);
 * c.free();  // 90000
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the room's id, unique among the network's rooms
 * @param capacity the volumes the stacks hold, 1 to {@value StorageNetwork#MAX_VOLUMES}
 * @param occupied the volumes they hold at the as-of month, 0 to {@code capacity}
 * @since 0.1.0
 */
public record CentreStacks(String id, long capacity, long occupied) {

  /**
   * Checks the fields.
   *
   * @param id the room's id, unique among the network's rooms
   * @param capacity the volumes the stacks hold, 1 to {@value StorageNetwork#MAX_VOLUMES}
   * @param occupied the volumes they hold at the as-of month, 0 to {@code capacity}
   */
  public CentreStacks {
    StorageNetwork.checkId(id, "id");
    Args.range(capacity, 1, StorageNetwork.MAX_VOLUMES, "capacity");
    Args.range(occupied, 0, capacity, "occupied");
  }

  /** {@return the free capacity at the as-of month} */
  public long free() {
    return capacity - occupied;
  }

  /** {@return the fill ratio at the as-of month} */
  public FillRatio fill() {
    return FillRatio.of(occupied, capacity);
  }
}
