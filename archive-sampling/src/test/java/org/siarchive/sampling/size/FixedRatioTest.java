package org.siarchive.sampling.size;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FixedRatioTest {

  @ParameterizedTest(name = "{0} x {1} -> {2}")
  @CsvSource({
    "0.07, 100, 7",
    "0.10, 1000, 100",
    "0.3, 7, 3",
    "0.05, 3, 1",
    "0.05, 1, 1",
    "1, 5, 5",
    "0.05, 0, 0",
    "0.10, 101, 11",
    "0.000001, 9000000000, 9000"
  })
  void sampleSize_isExactCeiling(String ratio, long population, long expected) {
    assertThat(FixedRatio.parse(ratio).sampleSize(population)).isEqualTo(expected);
  }

  @Test
  void sampleSize_matchesIntegerOracle_betweenOneAndN() {
    qt().withFixedSeed(5L)
        .withExamples(300)
        .forAll(integers().between(1, 10_000), longs().between(1, 10_000_000_000L))
        .checkAssert(
            (perTenThousand, bigN) -> {
              long n = FixedRatio.of(BigDecimal.valueOf(perTenThousand, 4)).sampleSize(bigN);
              BigInteger[] qr =
                  BigInteger.valueOf(perTenThousand)
                      .multiply(BigInteger.valueOf(bigN))
                      .divideAndRemainder(BigInteger.valueOf(10_000));
              long ceil = qr[0].longValueExact() + (qr[1].signum() > 0 ? 1 : 0);
              assertThat(n).isEqualTo(Math.min(bigN, Math.max(1, ceil))).isBetween(1L, bigN);
            });
  }

  @Test
  void invalidArguments_nameFieldAndValue() {
    assertThatThrownBy(() -> FixedRatio.parse("0"))
        .hasMessage("Invalid value for ratio (valid values > 0 - 1): 0");
    assertThatThrownBy(() -> FixedRatio.parse("1.5"))
        .hasMessage("Invalid value for ratio (valid values > 0 - 1): 1.5");
    assertThatThrownBy(() -> FixedRatio.parse("7%"))
        .hasMessage("Invalid value for ratio (a decimal number): 7%");
    assertThatThrownBy(() -> FixedRatio.parse("0.1").sampleSize(-1))
        .hasMessage("Invalid value for population (valid values >= 0): -1");
  }
}
