package org.siarchive.sampling.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SamplingRecordTest {
  private static final List<String> IDS =
      List.of("DA-0003", "DA-0001", "DA-0002", "DA-0005", "DA-0004");

  @Test
  void populationDigest_isSha256OfSortedIdsEachFollowedByLineFeed() {
    // printf 'a\nb\n' | sha256sum
    assertThat(PopulationDigest.of(List.of("b", "a")))
        .isEqualTo("911169ddaaf146aff539f58c26c489af3b892dff0fe283c1c264c65ae5aa59a2");
    assertThatThrownBy(() -> PopulationDigest.of(List.of("a", "b", "a")))
        .hasMessage("Invalid population: duplicate id \"a\"");
  }

  @Test
  void populationDigest_ofSorted_isTheSameDigest_andRefusesDisorder() {
    assertThat(PopulationDigest.ofSorted(List.of("a", "b").iterator()))
        .isEqualTo("911169ddaaf146aff539f58c26c489af3b892dff0fe283c1c264c65ae5aa59a2");
    List<String> sorted = new ArrayList<>(IDS);
    sorted.sort(null);
    assertThat(PopulationDigest.ofSorted(sorted.iterator())).isEqualTo(PopulationDigest.of(IDS));
    // unsigned UTF-8 order: "Z" (0x5A) before "a" before "é" (0xC3 0xA9)
    assertThat(PopulationDigest.ofSorted(List.of("Z", "a", "\u00e9").iterator()))
        .isEqualTo(PopulationDigest.of(List.of("\u00e9", "a", "Z")));
    // printf '' | sha256sum
    assertThat(PopulationDigest.ofSorted(List.<String>of().iterator()))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThatThrownBy(() -> PopulationDigest.ofSorted(List.of("a", "b", "b").iterator()))
        .hasMessage("Invalid population: duplicate id \"b\"");
    assertThatThrownBy(() -> PopulationDigest.ofSorted(List.of("a", "c", "b").iterator()))
        .hasMessage("Invalid population: ids not in order at \"b\"");
  }

  @Test
  void draw_recordsEverything_andVerifies() {
    SamplingRecord.BySize r = SamplingRecord.draw("2024-Q1", IDS, 2);
    assertThat(r.seed()).isEqualTo("2024-Q1");
    assertThat(r.populationSize()).isEqualTo(5);
    assertThat(r.populationDigest()).isEqualTo(PopulationDigest.of(IDS));
    assertThat(r.size()).isEqualTo(2);
    assertThat(r.selected()).isEqualTo(KeyOracle.bottomK("2024-Q1", IDS, 2));
    assertThat(r.verify(new ArrayList<>(IDS).subList(0, 5)))
        .isInstanceOf(Verification.Verified.class);
    SamplingRecord.ByRate rated = SamplingRecord.drawAtRate("2024-Q1", IDS, new BigDecimal("0.5"));
    assertThat(rated.rate()).isEqualByComparingTo("0.5");
    assertThat(rated.verify(IDS).isVerified()).isTrue();
    assertThat(rated.selected()).isNotEmpty();
    SamplingRecord.ByRate rateZero =
        new SamplingRecord.ByRate(
            rated.seed(),
            rated.populationSize(),
            rated.populationDigest(),
            BigDecimal.ZERO,
            rated.selected());
    assertThat(rateZero.verify(IDS).isVerified()).as("the rate is part of the record").isFalse();
  }

  @Test
  void document_listsTheFieldsInOrder_sizeOrRate() {
    SamplingRecord.BySize bySize = SamplingRecord.draw("2024-Q1", IDS, 2);
    assertThat(bySize.document())
        .containsExactly(
            org.assertj.core.api.Assertions.entry("seed", "2024-Q1"),
            org.assertj.core.api.Assertions.entry("populationSize", 5L),
            org.assertj.core.api.Assertions.entry("populationDigest", PopulationDigest.of(IDS)),
            org.assertj.core.api.Assertions.entry("size", 2),
            org.assertj.core.api.Assertions.entry("selected", bySize.selected()));
    SamplingRecord.ByRate byRate = SamplingRecord.drawAtRate("2024-Q1", IDS, new BigDecimal("0.5"));
    assertThat(byRate.document().keySet())
        .containsExactly("seed", "populationSize", "populationDigest", "rate", "selected");
    assertThat(byRate.document().get("rate")).isEqualTo(byRate.rate());
    assertThat(byRate.document().get("selected")).isEqualTo(byRate.selected());
  }

  @Test
  void verify_tamperedSelection_failsNamingTheDifference() {
    SamplingRecord.BySize r = SamplingRecord.draw("2024-Q1", IDS, 2);
    List<String> other = new ArrayList<>(IDS);
    other.removeAll(r.selected());
    SamplingRecord forged =
        new SamplingRecord.BySize(
            r.seed(),
            r.populationSize(),
            r.populationDigest(),
            r.size(),
            List.of(other.get(0), r.selected().get(1)));
    Verification v = forged.verify(IDS);
    assertThat(v)
        .isInstanceOfSatisfying(
            Verification.Failed.class,
            f ->
                assertThat(f.problems())
                    .containsExactly(
                        "selected: record lists 2 ids, re-derived 2; first difference at position 1: record \""
                            + other.get(0)
                            + "\", re-derived \""
                            + r.selected().get(0)
                            + "\""));
  }

  @Test
  void verify_recordMissingItsLastIds_namesTheFirstIdItLacks() {
    SamplingRecord.BySize r = SamplingRecord.draw("2024-Q1", IDS, 3);
    List<String> drawn = r.selected();
    SamplingRecord forged =
        new SamplingRecord.BySize(
            r.seed(), r.populationSize(), r.populationDigest(), 3, drawn.subList(0, 1));
    assertThat(forged.verify(IDS))
        .isInstanceOfSatisfying(
            Verification.Failed.class,
            f ->
                assertThat(f.problems())
                    .containsExactly(
                        "selected: record lists 1 ids, re-derived 3; first difference at position 2: record nothing, re-derived \""
                            + drawn.get(1)
                            + "\""));
  }

  @Test
  void verify_recordWithAnExtraId_namesItAgainstNothing() {
    SamplingRecord.BySize r = SamplingRecord.draw("2024-Q1", IDS, 2);
    List<String> padded = new ArrayList<>(r.selected());
    String extra = IDS.stream().filter(id -> !padded.contains(id)).findFirst().orElseThrow();
    padded.add(extra);
    SamplingRecord forged =
        new SamplingRecord.BySize(r.seed(), r.populationSize(), r.populationDigest(), 2, padded);
    assertThat(forged.verify(IDS))
        .isInstanceOfSatisfying(
            Verification.Failed.class,
            f ->
                assertThat(f.problems())
                    .containsExactly(
                        "selected: record lists 3 ids, re-derived 2; first difference at position 3: record \""
                            + extra
                            + "\", re-derived nothing"));
  }

  @Test
  void draw_atTheBounds_emptyPopulationSizeZeroRateZeroAndOne_recordAndVerify() {
    // an empty population: size 0 and the SHA-256 of nothing
    SamplingRecord.BySize empty = SamplingRecord.draw("2024-Q1", List.of(), 3);
    assertThat(empty.populationSize()).isZero();
    assertThat(empty.populationDigest())
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(empty.selected()).isEmpty();
    assertThat(empty.verify(List.of()).isVerified()).isTrue();
    // a sample of size 0
    SamplingRecord.BySize none = SamplingRecord.draw("2024-Q1", IDS, 0);
    assertThat(none.size()).isZero();
    assertThat(none.selected()).isEmpty();
    assertThat(none.verify(IDS).isVerified()).isTrue();
    // rates 0 and 1: nothing, and every id in key order
    SamplingRecord.ByRate nothing = SamplingRecord.drawAtRate("2024-Q1", IDS, BigDecimal.ZERO);
    assertThat(nothing.selected()).isEmpty();
    assertThat(nothing.verify(IDS).isVerified()).isTrue();
    SamplingRecord.ByRate everything = SamplingRecord.drawAtRate("2024-Q1", IDS, BigDecimal.ONE);
    assertThat(everything.selected()).isEqualTo(KeyOracle.sortedByKey("2024-Q1", IDS));
    assertThat(everything.verify(IDS).isVerified()).isTrue();
  }

  @Test
  void verify_otherPopulation_failsOnSizeAndDigest() {
    SamplingRecord r = SamplingRecord.draw("2024-Q1", IDS, 2);
    List<String> more = new ArrayList<>(IDS);
    more.add("DA-0006");
    Verification v = r.verify(more);
    assertThat(v.isVerified()).isFalse();
    assertThat(((Verification.Failed) v).problems().get(0))
        .isEqualTo("populationSize: record 5, population 6");
    assertThat(((Verification.Failed) v).problems().get(1)).startsWith("populationDigest: record ");
  }

  @Test
  void record_invalidComponents_named() {
    String digest = PopulationDigest.of(IDS);
    assertThatThrownBy(() -> new SamplingRecord.BySize("s", 5, "XYZ", 1, List.of()))
        .hasMessage("Invalid value for populationDigest (64 lower-case hex digits): XYZ");
    assertThatThrownBy(() -> new SamplingRecord.BySize("s", 1, digest, 2, List.of("a", "b")))
        .hasMessage("Invalid value for selected (at most populationSize 1 ids): 2");
    assertThatThrownBy(() -> new SamplingRecord.BySize("s", 5, digest, -1, List.of()))
        .hasMessage("Invalid value for size (valid values >= 0): -1");
    assertThatThrownBy(
            () -> new SamplingRecord.ByRate("s", 5, digest, new BigDecimal("1.5"), List.of()))
        .hasMessage("Invalid value for rate (valid values 0 - 1): 1.5");
    assertThatThrownBy(() -> new SamplingRecord.ByRate("s", -1, digest, BigDecimal.ONE, List.of()))
        .hasMessage("Invalid value for populationSize (valid values >= 0): -1");
  }
}
