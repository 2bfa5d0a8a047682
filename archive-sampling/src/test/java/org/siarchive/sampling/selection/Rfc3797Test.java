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
  void keyOf_zeroIsANumber_andAnEmptySourceIsNamedByItsPosition() {
    // RFC 3797 section 4: each number in decimal followed by "."; 0 is a valid drawn number
    assertThat(Rfc3797.keyOf(List.of(List.of(0L, 7L), List.of(0L)))).isEqualTo("0.7./0./");
    assertThatThrownBy(() -> Rfc3797.keyOf(List.of(List.of(9319L), List.of())))
        .hasMessage("Invalid value for source 2 (at least one number): none");
    assertThatThrownBy(() -> Rfc3797.keyOf(List.of()))
        .hasMessage("Invalid value for sources (at least one): none");
  }

  @Test
  void select_countAtItsBounds_noneOrEveryCandidate() {
    List<String> pool =
        IntStream.rangeClosed(1, 25).mapToObj(String::valueOf).collect(Collectors.toList());
    assertThat(Rfc3797.select(KEY, pool, 0)).isEmpty();
    // every candidate: the published first ten, then the rest in the same procedure (computed
    // independently with Python's hashlib.md5)
    assertThat(Rfc3797.select(KEY, pool, 25))
        .containsExactly(
            "17", "7", "2", "16", "25", "23", "8", "24", "19", "13", "22", "5", "18", "9", "1", "4",
            "12", "15", "20", "14", "11", "3", "6", "21", "10");
    assertThatThrownBy(() -> Rfc3797.select(KEY, pool, -1))
        .hasMessage("Invalid value for count (valid values 0 - 25): -1");
  }

  @Test
  void select_pastTheFirst256Selections_theCounterUsesBothBytes() {
    // selection 256 hashes the bytes 01 00, not 00 00 (values from Python's hashlib.md5)
    assertThat(HexFormat.of().withUpperCase().formatHex(Rfc3797.digest(256, KEY)))
        .isEqualTo("2D1AA2FCC3E24AA3BF1798B06869ECFC");
    assertThat(HexFormat.of().withUpperCase().formatHex(Rfc3797.digest(511, KEY)))
        .isEqualTo("88366ADFD3A689A17F95A26739FB4AE8");
    List<String> pool =
        IntStream.rangeClosed(1, 300).mapToObj(String::valueOf).collect(Collectors.toList());
    List<String> selected = Rfc3797.select(KEY, pool, 300);
    assertThat(selected.subList(256, 264))
        .containsExactly("246", "225", "183", "232", "229", "43", "162", "86");
    assertThat(selected.get(299)).isEqualTo("39");
    assertThat(selected).doesNotHaveDuplicates().hasSize(300);
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
