package org.siarchive.core.ledger;

import java.util.ArrayList;
import java.util.List;

/** The in-memory store: a list under a lock. */
final class MemoryLedgerStore implements LedgerStore {
  private final List<byte[]> events = new ArrayList<>();

  @Override
  public synchronized long size() {
    return events.size();
  }

  @Override
  public synchronized List<byte[]> read(long from, int max) {
    Events.checkRead(from, max, events.size());
    List<byte[]> out = new ArrayList<>();
    for (int i = (int) from; i < events.size() && out.size() < max; i++) {
      out.add(events.get(i).clone());
    }
    return out;
  }

  @Override
  public synchronized boolean tryAppend(long index, byte[] event) {
    Events.checkEvent(event);
    if (index != events.size()) {
      return false;
    }
    events.add(event.clone());
    return true;
  }

  @Override
  public String describe() {
    return "memory";
  }

  @Override
  public void close() {}
}
