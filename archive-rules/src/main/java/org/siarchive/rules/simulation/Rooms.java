package org.siarchive.rules.simulation;

import java.util.ArrayList;
import java.util.List;
import org.siarchive.core.InvalidValueException;
import org.siarchive.rules.storage.StorageNetwork;
import org.siarchive.rules.storage.SubCenterStore;

/**
 * The sub-centres' stores as the simulation sees them: per pool sub-centre the summed capacity and
 * occupancy of its stores and the generation history of its first store, from the host's {@link
 * StorageNetwork}.
 */
final class Rooms {
  private final StorageNetwork network;
  private final long[] capacity;
  private final long[] base;
  private final List<List<Long>> history;

  private Rooms(StorageNetwork network, long[] capacity, long[] base, List<List<Long>> history) {
    this.network = network;
    this.capacity = capacity;
    this.base = base;
    this.history = history;
  }

  StorageNetwork network() {
    return network;
  }

  /** Per sub-centre; callers do not write to it. */
  long[] capacity() {
    return capacity;
  }

  long[] base() {
    return base.clone();
  }

  List<List<Long>> history() {
    return history;
  }

  static Rooms of(StorageNetwork network, List<String> subCenters) {
    long[] cap = new long[subCenters.size()];
    long[] base = new long[subCenters.size()];
    List<List<Long>> history = new ArrayList<>();
    for (int c = 0; c < subCenters.size(); c++) {
      String sc = subCenters.get(c);
      List<SubCenterStore> stores =
          network.stores().stream().filter(s -> s.subCenterId().equals(sc)).toList();
      if (stores.isEmpty()) {
        throw new InvalidValueException(
            "rooms", "a store for every sub-centre of the pool", "none for " + sc);
      }
      for (SubCenterStore s : stores) {
        cap[c] += s.capacity();
        base[c] += s.occupied();
      }
      history.add(stores.get(0).history().volumes());
    }
    return new Rooms(network, cap, base, List.copyOf(history));
  }
}
