package org.siarchive.core.ledger;

/** The store contract in memory (other writers share the one store). */
class MemoryLedgerStoreTest extends LedgerStoreContract {
  @Override
  LedgerStore newStore() {
    return LedgerStore.inMemory();
  }

  @Override
  LedgerStore sameStore(LedgerStore store) {
    return new LedgerStore() {
      @Override
      public long size() {
        return store.size();
      }

      @Override
      public java.util.List<byte[]> read(long from, int max) {
        return store.read(from, max);
      }

      @Override
      public boolean tryAppend(long index, byte[] event) {
        return store.tryAppend(index, event);
      }

      @Override
      public String describe() {
        return store.describe();
      }

      @Override
      public void close() {}
    };
  }

  @org.junit.jupiter.api.Test
  void read_fromOutsideTheEventsOrOfNoEvents_isRefusedNamingTheArgument() {
    readsFromOutsideTheEvents_areRefusedNamingTheArgument();
  }
}
