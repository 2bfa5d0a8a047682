package org.siarchive.rules.storage;

/**
 * The unit in which a rooms file states capacities and occupancy (库容). The planner works in volumes
 * (案卷); a file in boxes or shelf metres gives the whole number of volumes one unit holds ({@link
 * StorageNetwork#volumesPerUnit()}).
 *
 * @since 0.1.0
 */
public enum StorageUnit {
  /** Volumes (卷): one unit is one volume. */
  VOLUMES,
  /** Archive boxes (盒). */
  BOXES,
  /** Shelf metres (米): the length of shelving a room holds or fills. */
  SHELF_METRES
}
