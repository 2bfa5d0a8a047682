package org.siarchive.core.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/**
 * The flat store of a Merkle level gives back every hash it was given, across the first chunk's
 * doublings and the boundaries of the full chunks after it.
 */
class HashArrayTest {
  /** A hash that names its index in its first and last eight bytes. */
  private static byte[] hashOf(long i) {
    return ByteBuffer.allocate(Hasher.LENGTH).putLong(i).putLong(Hasher.LENGTH - 8, ~i).array();
  }

  @Test
  void everyHashAdded_isGivenBack_acrossTheFirstChunksGrowthAndLaterChunks() {
    HashArray array = new HashArray();
    int n = 3 * (1 << 15) + 5;
    for (int i = 0; i < n; i++) {
      array.add(hashOf(i));
      if (i < 70 || (i & (i + 1)) == 0) {
        // Just after each doubling of the first chunk, everything added so far is still there.
        for (int j = 0; j <= i; j++) {
          assertThat(array.get(j)).as("hash %d of %d", j, i + 1).isEqualTo(hashOf(j));
        }
      }
    }
    assertThat(array.size()).isEqualTo(n);
    for (int i = 0; i < n; i++) {
      assertThat(array.get(i)).as("hash %d", i).isEqualTo(hashOf(i));
    }
  }

  @Test
  void get_outsideTheHashesAdded_isRefusedNamingIndexAndSize() {
    HashArray array = new HashArray();
    array.add(hashOf(0));
    assertThatThrownBy(() -> array.get(1)).hasMessage("hash 1 of 1");
    assertThatThrownBy(() -> array.get(-1)).hasMessage("hash -1 of 1");
  }

  @Test
  void get_givesACopy_soTheStoreCannotBeChangedThroughIt() {
    HashArray array = new HashArray();
    array.add(hashOf(7));
    array.get(0)[0] = 1;
    assertThat(array.get(0)).isEqualTo(hashOf(7));
  }
}
