package org.siarchive.sampling.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The fully worked example of RFC 3797 section 6: its sources, key string, MD5 values and
 * selection.
 */
class Rfc3797Test {
  private static final String KEY = "9319./2.5.8.10.12./9.18.26.34.41.45./";

  @Test
  void keyOf_rfcSources_givesThePublishedKeyString() {
    assertThat(
            Rfc3797.keyOf(
                List.of(
                    List.of(9319L),
                    List.of(2L, 5L, 12L, 8L, 10L),
                    List.of(9L, 18L, 26L, 34L, 41L, 45L))))
        .isEqualTo(KEY);
  }

  @Test
  void digest_matchesThePublishedMd5Values() {
    assertThat(HexFormat.of().withUpperCase().formatHex(Rfc3797.digest(0, KEY)))
        .isEqualTo("990DD0A5692A029A98B5E01AA28F3459");
    assertThat(HexFormat.of().withUpperCase().formatHex(Rfc3797.digest(1, KEY)))
        .isEqualTo("3691E55CB63FCC37914430B2F70B5EC6");
    assertThat(HexFormat.of().withUpperCase().formatHex(Rfc3797.digest(9, KEY)))
        .isEqualTo("31CB111C4A4EBE9287CEAE16FE51B909");
  }

  @Test
  void select_rfcExample_reproducesThePublishedSelection() {
    List<String> pool =
        IntStream.rangeClosed(1, 25).mapToObj(String::valueOf).collect(Collectors.toList());
    assertThat(Rfc3797.select(KEY, pool, 10))
        .containsExactly("17", "7", "2", "16", "25", "23", "8", "24", "19", "13");
    List<String> names =
        List.of(
            "John",
            "Mary",
            "Bashful",
            "Dopey",
            "Sleepy",
            "Grouchy",
            "Doc",
            "Sneazy",
            "Handsome",
            "Cassandra",
            "Pollyanna",
            "Pendragon",
            "Pandora",
            "Faith",
            "Hope",
            "Charity",
            "Lee",
            "Longsuffering",
            "Chastity",
            "Smith",
            "Pride",
            "Sloth",
            "Envy",
            "Anger",
            "Kasczynski");
    assertThat(Rfc3797.select(KEY, names, 10))
        .containsExactly(
            "Lee",
            "Doc",
            "Mary",
            "Charity",
            "Kasczynski",
            "Envy",
            "Sneazy",
            "Anger",
            "Chastity",
            "Pandora");
  }

  @Test
  void select_invalidArguments_named() {
    assertThatThrownBy(() -> Rfc3797.select(KEY, List.of("a", "b"), 3))
        .hasMessage("Invalid value for count (valid values 0 - 2): 3");
    assertThatThrownBy(() -> Rfc3797.select(KEY, List.of("a", "b", "a"), 1))
        .hasMessage("Invalid value for candidates (no duplicates): \"a\" is candidate 1 and 3");
    assertThatThrownBy(() -> Rfc3797.keyOf(List.of(List.of(-1L))))
        .hasMessage("Invalid value in source 1 (valid values >= 0): -1");
  }
}
