package org.siarchive.sampling.size;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.siarchive.sampling.InfeasibleRequestException;

class AttributeSamplingTest {

  private static SampleSizeRequest.Builder request(String pt, String confidence) {
    return SampleSizeRequest.builder().tolerableRate(pt).confidence(confidence);
  }

  @Test
  void sampleSize_issueExample_n93c1At5Percent_isExactlyAtTheBoundary() {
    SampleSize s =
        AttributeSampling.sampleSize(request("0.05", "0.95").acceptanceNumber(1).build());
    assertThat(s.sampleSize()).isEqualTo(93);
    assertThat(s.acceptanceNumber()).isEqualTo(1);
    assertThat(s.model()).isEqualTo(Model.BINOMIAL);
    assertThat(s.risk()).isBetween(0.049975, 0.049976);
    // the exact oracle agrees: 0.049976 <= 0.05 at 93, 0.052136 > 0.05 at 92
    assertThat(ExactOracle.binomialMeets(93, 1, new BigDecimal("0.05"), new BigDecimal("0.05")))
        .isTrue();
    assertThat(ExactOracle.binomialMeets(92, 1, new BigDecimal("0.05"), new BigDecimal("0.05")))
        .isFalse();
  }

  @Test
  void meetsRisk_n93AndN92_decidedExactly() {
    SampleSizeRequest r = request("0.05", "0.95").build();
    assertThat(AttributeSampling.meetsRisk(r, 93, 1)).isTrue();
    assertThat(AttributeSampling.meetsRisk(r, 92, 1)).isFalse();
  }

  @Test
  void request_toString_namesEveryField() {
    assertThat(request("0.05", "0.95").build().toString())
        .isEqualTo(
            "SampleSizeRequest[tolerableRate=0.05, confidence=0.95, population=-,"
                + " acceptanceNumber=-, expectedRate=-, model=binomial]");
    assertThat(request("0.05", "0.95").population(40).acceptanceNumber(1).build().toString())
        .isEqualTo(
            "SampleSizeRequest[tolerableRate=0.05, confidence=0.95, population=40,"
                + " acceptanceNumber=1, expectedRate=-, model=hypergeometric]");
    assertThat(request("0.05", "0.95").expectedRate("0.01").build().toString())
        .contains("expectedRate=0.01");
  }

  @Test
  void meetsRisk_edgesOfTheRanges() {
    SampleSizeRequest lot = request("0.05", "0.95").population(40).build();
    // the whole lot: D = 2 units are always found, P(X <= 1) = 0
    assertThat(AttributeSampling.meetsRisk(lot, 40, 1)).isTrue();
    assertThatThrownBy(() -> AttributeSampling.meetsRisk(lot, 41, 1))
        .hasMessage("Invalid value for sampleSize (valid values 1 - 40): 41");
    assertThatThrownBy(() -> AttributeSampling.meetsRisk(lot, 0, 1))
        .hasMessage("Invalid value for sampleSize (valid values 1 - 40): 0");
    SampleSizeRequest r = request("0.05", "0.95").build();
    assertThatThrownBy(() -> AttributeSampling.meetsRisk(r, 0, 0))
        .hasMessage("Invalid value for sampleSize (valid values 1 - 2147483647): 0");
    assertThatThrownBy(() -> AttributeSampling.meetsRisk(r, 59, -1))
        .hasMessage("Invalid value for acceptanceNumber (valid values >= 0): -1");
    // 0.95^59 = 0.0485 <= 0.05 < 0.95^58 = 0.0510
    assertThat(AttributeSampling.meetsRisk(r, 59, 0)).isTrue();
    assertThat(AttributeSampling.meetsRisk(r, 58, 0)).isFalse();
  }

  @Test
  void meetsRisk_tailJustAboveBeta_withinTheDoubleBand_isRefused() {
    // P(X = 0) = 0.5^2 = 0.25 against beta = 0.25 - 10^-12 and 0.25 + 10^-12
    assertThat(AttributeSampling.meetsRisk(request("0.5", "0.750000000001").build(), 2, 0))
        .isFalse();
    assertThat(AttributeSampling.meetsRisk(request("0.5", "0.75").build(), 2, 0)).isTrue();
    assertThat(AttributeSampling.meetsRisk(request("0.5", "0.749999999999").build(), 2, 0))
        .isTrue();
    // hypergeometric: N = 4, D = 2, n = 1: P(X = 0) = 1/2
    assertThat(
            AttributeSampling.meetsRisk(
                request("0.5", "0.500000000001").population(4).build(), 1, 0))
        .isFalse();
    assertThat(AttributeSampling.meetsRisk(request("0.5", "0.5").population(4).build(), 1, 0))
        .isTrue();
  }

  @Test
  void sampleSize_expectedRate_lotTooSmall_refusedWithTheNumbers() {
    assertThatThrownBy(
            () ->
                AttributeSampling.sampleSize(
                    request("0.05", "0.95").population(20).expectedRate("0.04").build()))
        .isInstanceOf(InfeasibleRequestException.class)
        .hasMessage(
            "No sample size exists: a lot of N = 20 at tolerableRate 0.05 holds D = ceil(0.05 x 20)"
                + " = 1 nonconforming units, not more than the acceptance number 1")
        .satisfies(
            e ->
                assertThat(((InfeasibleRequestException) e).figures())
                    .containsEntry("defectives", 1)
                    .containsEntry("acceptanceNumber", 1));
  }

  @Test
  void sampleSize_expectedRateAboveOneHalf_answerInAOneSizeInterval() {
    // p_e = 0.6: c = ceil(0.6 n) is 1, 2, 2, 3, 3 for n = 1..5, so c = 2 holds n = 3 alone.
    // P(X <= 2) at n = 3, p_t = 0.9 is 1 - 0.9^3 = 0.271 <= 0.3: the answer is 3 with c = 2
    SampleSize s = AttributeSampling.sampleSize(request("0.9", "0.7").expectedRate("0.6").build());
    assertThat(s.sampleSize()).isEqualTo(3);
    assertThat(s.acceptanceNumber()).isEqualTo(2);
    assertThat(s.risk()).isCloseTo(0.271, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(
            ExactOracle.sampleSize(
                new BigDecimal("0.9"), new BigDecimal("0.3"), null, 0, new BigDecimal("0.6"), 100))
        .isEqualTo(3);
  }

  @Test
  void sampleSize_expectedRate_lotOfTwo_answerIsTheWholeLot() {
    // N = 2, p_t = 0.6: D = ceil(1.2) = 2. p_e = 0.3 gives c = 1 for n = 1 and 2; one unit
    // leaves P(X <= 1) = 1, both units P(X <= 1) = 0 <= 0.05: inspect the whole lot with c = 1
    SampleSize s =
        AttributeSampling.sampleSize(
            request("0.6", "0.95").population(2).expectedRate("0.3").build());
    assertThat(s.sampleSize()).isEqualTo(2);
    assertThat(s.acceptanceNumber()).isEqualTo(1);
    assertThat(s.model()).isEqualTo(Model.HYPERGEOMETRIC);
    assertThat(s.risk()).isZero();
    assertThat(
            ExactOracle.sampleSize(
                new BigDecimal("0.6"), new BigDecimal("0.05"), 2, 0, new BigDecimal("0.3"), 2))
        .isEqualTo(2);
  }

  @Test
  void sampleSize_tailEqualToBeta_isAccepted() {
    // P(X = 0) = 0.5^2 = 0.25 exactly: the boundary case "<=" must accept n = 2
    SampleSize s = AttributeSampling.sampleSize(request("0.5", "0.75").build());
    assertThat(s.sampleSize()).isEqualTo(2);
    // hypergeometric: N = 4, D = 2, n = 1: P(X = 0) = 2/4 = 0.5 exactly
    SampleSize h = AttributeSampling.sampleSize(request("0.5", "0.5").population(4).build());
    assertThat(h.sampleSize()).isEqualTo(1);
  }

  @ParameterizedTest(name = "N={0}, c={1} -> n={2}")
  @CsvSource({
    "40, 1, 39",
    "100, 1, 65",
    "1000, 1, 90",
    "5000, 1, 93",
    "10000000, 1, 93",
    "20, 0, 19",
    "21, 0, 16"
  })
  void sampleSize_hypergeometric_matchesHandComputedValues(int population, int c, int expected) {
    SampleSize s =
        AttributeSampling.sampleSize(
            request("0.05", "0.95").population(population).acceptanceNumber(c).build());
    assertThat(s.sampleSize()).isEqualTo(expected);
    assertThat(s.model()).isEqualTo(Model.HYPERGEOMETRIC);
  }

  @Test
  void sampleSize_ceilOfDefectives_makesNNotMonotoneInNInGeneral() {
    // N = 20 holds D = 1 nonconforming unit, N = 21 holds D = ceil(1.05) = 2: the larger lot needs
    // fewer units. Monotonicity in N holds where p_t N is an integer (see the properties).
    int n20 =
        AttributeSampling.sampleSize(request("0.05", "0.95").population(20).build()).sampleSize();
    int n21 =
        AttributeSampling.sampleSize(request("0.05", "0.95").population(21).build()).sampleSize();
    assertThat(n20).isGreaterThan(n21);
  }

  @Test
  void sampleSize_expectedRate_aicpaTableValue() {
    // AICPA table (5% tolerable, 1% expected, 95% confidence): 93 with 1 allowed deviation
    SampleSize s =
        AttributeSampling.sampleSize(request("0.05", "0.95").expectedRate("0.01").build());
    assertThat(s.sampleSize()).isEqualTo(93);
    assertThat(s.acceptanceNumber()).isEqualTo(1);
    SampleSize zero =
        AttributeSampling.sampleSize(request("0.05", "0.95").expectedRate("0").build());
    assertThat(zero.sampleSize()).isEqualTo(59);
    assertThat(zero.acceptanceNumber()).isZero();
  }

  @Test
  void sampleSize_defectivesNotAboveC_refusedWithTheNumbers() {
    assertThatThrownBy(
            () ->
                AttributeSampling.sampleSize(
                    request("0.05", "0.95").population(20).acceptanceNumber(1).build()))
        .isInstanceOf(InfeasibleRequestException.class)
        .hasMessageContaining("N = 20")
        .hasMessageContaining("D = ceil(0.05 x 20) = 1")
        .hasMessageContaining("acceptance number 1")
        .satisfies(
            e ->
                assertThat(((InfeasibleRequestException) e).figures())
                    .containsEntry("defectives", 1)
                    .containsEntry("population", 20));
  }

  @Test
  void sampleSize_expectedRateNotBelowTolerable_refused() {
    assertThatThrownBy(
            () ->
                AttributeSampling.sampleSize(request("0.05", "0.95").expectedRate("0.05").build()))
        .isInstanceOf(InfeasibleRequestException.class)
        .hasMessage("No sample size exists: expectedRate 0.05 is not below tolerableRate 0.05");
  }

  @Test
  void sampleSize_population10Million_hypergeometricAtTheBinomialBoundary() {
    // the speed of this case is SamplingSizeBenchmark's (JMH), not a unit test's
    SampleSize s =
        AttributeSampling.sampleSize(
            request("0.05", "0.95").population(10_000_000).acceptanceNumber(1).build());
    assertThat(s.model()).isEqualTo(Model.HYPERGEOMETRIC);
    assertThat(s.sampleSize()).isEqualTo(93);
    assertThat(s.risk()).isBetween(0.0499, 0.05);
  }

  @Test
  void sampleSize_binomialBeyondTheIntRange_refusedNamingTheLimitAndTheRequest() {
    // (1 - 10^-12)^(2^31 - 1) is about 0.998: no n up to Integer.MAX_VALUE reaches beta = 0.05
    SampleSizeRequest tiny = request("0.000000000001", "0.95").build();
    assertThatThrownBy(() -> AttributeSampling.sampleSize(tiny))
        .isInstanceOf(InfeasibleRequestException.class)
        .hasMessage("No sample size up to 2147483647 meets " + tiny)
        .satisfies(
            e ->
                assertThat(((InfeasibleRequestException) e).figures())
                    .containsExactly(org.assertj.core.api.Assertions.entry("limit", 2147483647)));
    // with c = Integer.MAX_VALUE even the smallest candidate, c + 1, is past the limit
    SampleSizeRequest most = request("0.5", "0.95").acceptanceNumber(Integer.MAX_VALUE).build();
    assertThatThrownBy(() -> AttributeSampling.sampleSize(most))
        .isInstanceOf(InfeasibleRequestException.class)
        .hasMessage("No sample size up to 2147483647 meets " + most);
    // with an expected rate of 5 x 10^-10 at p_t = 10^-9: c = 1 and 2 fail up to their last n,
    // and c = 3 starts past 4 x 10^9
    SampleSizeRequest expected =
        request("0.000000001", "0.95").expectedRate("0.0000000005").build();
    assertThatThrownBy(() -> AttributeSampling.sampleSize(expected))
        .isInstanceOf(InfeasibleRequestException.class)
        .hasMessage("No sample size up to 2147483647 meets " + expected);
  }

  @Test
  void sampleSizeRecord_acceptanceNumberBelowTheSize_riskWithinZeroAndOne() {
    assertThat(new SampleSize(5, 4, Model.BINOMIAL, 0.0).acceptanceNumber()).isEqualTo(4);
    assertThat(new SampleSize(1, 0, Model.BINOMIAL, 1.0).risk()).isEqualTo(1.0);
    assertThatThrownBy(() -> new SampleSize(5, 5, Model.BINOMIAL, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for acceptanceNumber (valid values 0 - 4): 5");
    assertThatThrownBy(() -> new SampleSize(5, -1, Model.BINOMIAL, 0.5))
        .hasMessage("Invalid value for acceptanceNumber (valid values 0 - 4): -1");
    assertThatThrownBy(() -> new SampleSize(5, 0, Model.BINOMIAL, 1.0000000000000002))
        .hasMessage("Invalid value for risk (valid values 0 - 1): 1.0000000000000002");
    assertThatThrownBy(() -> new SampleSize(5, 0, Model.BINOMIAL, -Double.MIN_VALUE))
        .hasMessage("Invalid value for risk (valid values 0 - 1): -4.9E-324");
  }

  @Test
  void builder_outOfRangeValues_nameFieldRangeAndValue() {
    assertThatThrownBy(() -> SampleSizeRequest.builder().tolerableRate("0"))
        .hasMessage("Invalid value for tolerableRate (valid values > 0 - 1): 0");
    assertThatThrownBy(() -> SampleSizeRequest.builder().confidence("1"))
        .hasMessage("Invalid value for confidence (valid values > 0 - 1 exclusive): 1");
    assertThatThrownBy(() -> SampleSizeRequest.builder().tolerableRate("five"))
        .hasMessage("Invalid value for tolerableRate (a decimal number): five");
    assertThatThrownBy(() -> SampleSizeRequest.builder().population(0))
        .hasMessage("Invalid value for population (valid values 1 - 2147483647): 0");
    assertThatThrownBy(() -> SampleSizeRequest.builder().acceptanceNumber(-1))
        .hasMessage("Invalid value for acceptanceNumber (valid values >= 0): -1");
    assertThatThrownBy(() -> SampleSizeRequest.builder().expectedRate("1"))
        .hasMessage("Invalid value for expectedRate (valid values 0 - 1 exclusive): 1");
  }

  @Test
  void builder_badCombinations_refused() {
    assertThatThrownBy(
            () -> request("0.05", "0.95").acceptanceNumber(1).expectedRate("0.01").build())
        .hasMessage(
            "Invalid combination: acceptanceNumber 1 and expectedRate 0.01 exclude each other");
    assertThatThrownBy(() -> request("0.05", "0.95").model(Model.HYPERGEOMETRIC).build())
        .hasMessage("Invalid combination: model hypergeometric needs a population");
    assertThatThrownBy(() -> SampleSizeRequest.builder().confidence("0.95").build())
        .hasMessageContaining("Missing value for tolerableRate");
  }

  @Test
  void model_defaultsToHypergeometricWithPopulationElseBinomial() {
    assertThat(request("0.05", "0.95").population(100).build().model())
        .isEqualTo(Model.HYPERGEOMETRIC);
    assertThat(request("0.05", "0.95").build().model()).isEqualTo(Model.BINOMIAL);
    assertThat(request("0.05", "0.95").population(100).model(Model.BINOMIAL).build().model())
        .isEqualTo(Model.BINOMIAL);
    assertThatThrownBy(() -> Model.parse("poisson"))
        .hasMessage("Invalid value for model (valid values hypergeometric, binomial): poisson");
  }

  /**
   * Exact P(X = 0) <= 0.05 for a lot of N holding D: C(N-D, n) / C(N, n) = prod_{j<D} (N-n-j) /
   * (N-j), compared in integers (20 * numerator <= denominator).
   */
  private static boolean noneFoundAtMostOneIn20(long bigN, int d, long n) {
    BigInteger numerator = BigInteger.ONE;
    BigInteger denominator = BigInteger.ONE;
    for (int j = 0; j < d; j++) {
      numerator = numerator.multiply(BigInteger.valueOf(bigN - n - j));
      denominator = denominator.multiply(BigInteger.valueOf(bigN - j));
    }
    return numerator.multiply(BigInteger.valueOf(20)).compareTo(denominator) <= 0;
  }

  @ParameterizedTest
  @CsvSource({"2000000000, 200", "2147483647, 215", "2000000000, 2000"})
  void sampleSize_hugeLotTinyRate_answersExactlyWithoutStalling(int population, int defectives) {
    // issue 14: N = 2e9 at p = 1e-7 ran for more than 10 minutes; the answer is about 3e7
    String rate =
        new BigDecimal(defectives)
            .divide(new BigDecimal(population), 12, RoundingMode.FLOOR)
            .toPlainString();
    SampleSize s =
        AttributeSampling.sampleSize(request(rate, "0.95").population(population).build());
    int d = ExactOracle.defectives(population, new BigDecimal(rate));
    assertThat(s.model()).isEqualTo(Model.HYPERGEOMETRIC);
    assertThat(noneFoundAtMostOneIn20(population, d, s.sampleSize())).isTrue();
    assertThat(noneFoundAtMostOneIn20(population, d, s.sampleSize() - 1L)).isFalse();
  }

  @Test
  void sampleSize_binomialTinyRate_answersExactlyWithoutStalling() {
    SampleSize s = AttributeSampling.sampleSize(request("0.0000001", "0.95").build());
    // independent check: (1 - p)^n <= 0.05 < (1 - p)^(n - 1), at 100 digits (decisive here)
    MathContext mc = new MathContext(100);
    BigDecimal q = new BigDecimal("0.9999999");
    BigDecimal beta = new BigDecimal("0.05");
    assertThat(q.pow(s.sampleSize(), mc)).isLessThanOrEqualTo(beta);
    assertThat(q.pow(s.sampleSize() - 1, mc)).isGreaterThan(beta);
    assertThat(s.sampleSize()).isEqualTo(29_957_322);
  }
}
