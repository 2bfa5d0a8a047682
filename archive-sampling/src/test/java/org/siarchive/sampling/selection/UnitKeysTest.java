package org.siarchive.sampling.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UnitKeysTest {

  @Test
  void keyOf_matchesSha256sumByHand() {
    // printf 'seed\0id' | sha256sum -> 10fa208d9d8c5e19dedd11148756dcb9...
    assertThat(UnitKeys.forSeed("seed").keyOf("id")).isEqualTo(0x10fa208d9d8c5e19L);
    // printf '2024-Q1\0DA-0001' | sha256sum -> 33fdf8b06f3d409e6759ec5583e6d17f...
    assertThat(UnitKeys.forSeed("2024-Q1").keyOf("DA-0001")).isEqualTo(0x33fdf8b06f3d409eL);
  }

  @Test
  void keyOf_isRepeatable() {
    UnitKeys keys = UnitKeys.forSeed("seed");
    long first = keys.keyOf("id");
    keys.keyOf("other");
    assertThat(keys.keyOf("id")).isEqualTo(first);
    assertThat(keys.seed()).as("the seed a record names").isEqualTo("seed");
  }

  @Test
  void keyOf_invalidIds_named() {
    assertThatThrownBy(() -> UnitKeys.forSeed("s").keyOf(""))
        .hasMessage("Invalid value for id (non-empty, no line feed): \"\"");
    assertThatThrownBy(() -> UnitKeys.forSeed("s").keyOf("a\nb"))
        .hasMessage("Invalid value for id (non-empty, no line feed): \"a\\nb\"");
    // a line feed in the first position, and alone
    assertThatThrownBy(() -> UnitKeys.forSeed("s").keyOf("\nDA-0001"))
        .hasMessage("Invalid value for id (non-empty, no line feed): \"\\nDA-0001\"");
    assertThatThrownBy(() -> UnitKeys.forSeed("s").keyOf("\n"))
        .hasMessage("Invalid value for id (non-empty, no line feed): \"\\n\"");
  }
}
