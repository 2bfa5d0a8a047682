package org.siarchive.sampling.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeyedDrawTest {
  private static final List<String> IDS =
      IntStream.rangeClosed(1, 200)
          .mapToObj(i -> String.format("DA-%04d", i))
          .collect(Collectors.toList());

  @Test
  void draw_populationSmallerThanSample_returnsAll() {
    List<String> sample = KeyedDraw.ofSize("s", 10).offerAll(List.of("a", "b", "c")).selected();
    assertThat(sample)
        .containsExactlyElementsOf(KeyOracle.sortedByKey("s", List.of("a", "b", "c")));
  }

  @Test
  void draw_bottomK_equalsTheOracle() {
    assertThat(KeyedDraw.ofSize("2024-Q1", 12).offerAll(IDS).selected())
        .isEqualTo(KeyOracle.bottomK("2024-Q1", IDS, 12));
  }

  @Test
  void draw_sizeZero_selectsNothing() {
    assertThat(KeyedDraw.ofSize("s", 0).offerAll(IDS).selected()).isEmpty();
  }

  @Test
  void draw_rate_selectsKeysBelowFloorOfPTimes2To64() {
    BigDecimal rate = new BigDecimal("0.05");
    BigInteger threshold = KeyedDraw.thresholdOf(rate);
    assertThat(threshold).isEqualTo(BigInteger.ONE.shiftLeft(64).divide(BigInteger.valueOf(20)));
    List<String> expected =
        KeyOracle.sortedByKey("s", IDS).stream()
            .filter(id -> KeyOracle.key("s", id).compareTo(threshold) < 0)
            .collect(Collectors.toList());
    assertThat(KeyedDraw.ofRate("s", rate).offerAll(IDS).selected()).isEqualTo(expected);
    // a threshold of 64 bits (p >= 1/2): keys compared unsigned, not all units taken
    BigDecimal threeQuarters = new BigDecimal("0.75");
    BigInteger high = KeyedDraw.thresholdOf(threeQuarters);
    assertThat(high.bitLength()).isEqualTo(64);
    List<String> most =
        KeyOracle.sortedByKey("s", IDS).stream()
            .filter(id -> KeyOracle.key("s", id).compareTo(high) < 0)
            .collect(Collectors.toList());
    assertThat(most).hasSizeBetween(100, 199);
    assertThat(KeyedDraw.ofRate("s", threeQuarters).offerAll(IDS).selected()).isEqualTo(most);
    assertThat(KeyedDraw.ofRate("s", BigDecimal.ZERO).offerAll(IDS).selected()).isEmpty();
    assertThat(KeyedDraw.ofRate("s", BigDecimal.ONE).offerAll(IDS).selected()).hasSize(IDS.size());
  }

  @Test
  void draw_rateWhoseThresholdIsAUnitsKey_leavesThatUnitOut() {
    // p = key / 2^64 exactly: the threshold is the unit's key, and only keys below it are taken
    String id = IDS.get(17);
    BigInteger key = KeyOracle.key("s", id);
    BigDecimal twoTo64 = new BigDecimal(BigInteger.ONE.shiftLeft(64));
    BigDecimal atKey = new BigDecimal(key).divide(twoTo64);
    assertThat(KeyedDraw.thresholdOf(atKey)).isEqualTo(key);
    List<String> below =
        KeyOracle.sortedByKey("s", IDS).stream()
            .filter(u -> KeyOracle.key("s", u).compareTo(key) < 0)
            .collect(Collectors.toList());
    assertThat(KeyedDraw.ofRate("s", atKey).offerAll(IDS).selected())
        .isEqualTo(below)
        .doesNotContain(id);
    // one more unit of 2^-64 takes it too
    BigDecimal pastKey = new BigDecimal(key.add(BigInteger.ONE)).divide(twoTo64);
    List<String> withIt = new ArrayList<>(below);
    withIt.add(id);
    assertThat(KeyedDraw.ofRate("s", pastKey).offerAll(IDS).selected()).isEqualTo(withIt);
  }

  @Test
  void stratified_sizesZeroAndIntMax_accepted_pastThemRefused() {
    StratifiedDraw d =
        StratifiedDraw.ofSizes("seed", Map.of("A", 0, "B", Integer.MAX_VALUE, "C", 0L));
    List<String> b = IDS.subList(50, 120);
    IDS.subList(0, 50).forEach(id -> d.offer("A", id));
    b.forEach(id -> d.offer("B", id));
    assertThat(d.selected())
        .containsEntry("A", List.of())
        .containsEntry("B", KeyOracle.sortedByKey("seed", b))
        .containsEntry("C", List.of());
    assertThatThrownBy(() -> StratifiedDraw.ofSizes("seed", Map.of("A", -1)))
        .hasMessage("Invalid value for size of stratum A (valid values 0 - 2147483647): -1");
    assertThatThrownBy(
            () -> StratifiedDraw.ofSizes("seed", Map.of("A", (long) Integer.MAX_VALUE + 1)))
        .hasMessage(
            "Invalid value for size of stratum A (valid values 0 - 2147483647): 2147483648");
  }

  @Test
  void offer_theLargestKeptKeyAgain_isRefusedAsADuplicate() {
    KeyedDraw draw = KeyedDraw.ofSize("2024-Q1", 12).offerAll(IDS);
    List<String> kept = draw.selected();
    String largest = kept.get(kept.size() - 1);
    assertThatThrownBy(() -> draw.offer(largest))
        .hasMessage("Invalid population: id \"" + largest + "\" offered twice");
    assertThatThrownBy(() -> draw.offer(kept.get(0)))
        .hasMessage("Invalid population: id \"" + kept.get(0) + "\" offered twice");
    assertThat(draw.selected()).isEqualTo(kept);
  }

  @Test
  void order_equalKeys_byUnsignedUtf8BytesOfIds() {
    KeyedDraw.Keyed ascii = new KeyedDraw.Keyed(5, "z", "z".getBytes(StandardCharsets.UTF_8));
    KeyedDraw.Keyed accented = new KeyedDraw.Keyed(5, "é", "é".getBytes(StandardCharsets.UTF_8));
    KeyedDraw.Keyed high = new KeyedDraw.Keyed(-1L, "a", "a".getBytes(StandardCharsets.UTF_8));
    List<KeyedDraw.Keyed> list = new ArrayList<>(List.of(high, accented, ascii));
    list.sort(KeyedDraw.ORDER);
    // 0xC3 (é) sorts after 'z' unsigned; key -1 is 2^64 - 1, the largest unsigned key
    assertThat(list).containsExactly(ascii, accented, high);
  }

  @Test
  void stratified_eachStratumTakesItsOwnSmallestWithTheSameSeed() {
    StratifiedDraw d = StratifiedDraw.ofSizes("seed", Map.of("A", 3, "B", 2));
    List<String> a = IDS.subList(0, 50);
    List<String> b = IDS.subList(50, 120);
    a.forEach(id -> d.offer("A", id));
    b.forEach(id -> d.offer("B", id));
    assertThat(d.selected())
        .containsEntry("A", KeyOracle.bottomK("seed", a, 3))
        .containsEntry("B", KeyOracle.bottomK("seed", b, 2));
    assertThatThrownBy(() -> d.offer("C", "x"))
        .hasMessageStartingWith("Invalid value for stratum (one of ");
  }

  @Test
  void draw_invalidArguments_andDuplicates_named() {
    assertThatThrownBy(() -> KeyedDraw.ofSize("s", -1))
        .hasMessage("Invalid value for size (valid values >= 0): -1");
    assertThatThrownBy(() -> KeyedDraw.ofRate("s", new BigDecimal("1.5")))
        .hasMessage("Invalid value for rate (valid values 0 - 1): 1.5");
    assertThatThrownBy(() -> KeyedDraw.ofSize("s", 5).offerAll(List.of("a", "b", "a")))
        .hasMessage("Invalid population: id \"a\" offered twice");
  }
}
