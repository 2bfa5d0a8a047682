package org.siarchive.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A torn tail's ranges, at their lowest values and one below. */
class TornTailTest {
  @Test
  void lowestValues_areAccepted_andOneBelowRefusedNamingTheField() {
    assertThat(new TornTail(1, 0, 1).describe())
        .isEqualTo("line 1 is torn: 1 bytes at offset 0 without a line feed");
    assertThatThrownBy(() -> new TornTail(0, 0, 1))
        .hasMessage("Invalid value for line (1 or more): 0");
    assertThatThrownBy(() -> new TornTail(1, -1, 1))
        .hasMessage("Invalid value for offset (0 or more): -1");
    assertThatThrownBy(() -> new TornTail(1, 0, 0))
        .hasMessage("Invalid value for length (1 or more): 0");
  }
}
