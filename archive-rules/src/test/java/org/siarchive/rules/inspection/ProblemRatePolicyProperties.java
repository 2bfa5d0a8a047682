package org.siarchive.rules.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.siarchive.sampling.InfeasibleRequestException;

class ProblemRatePolicyProperties {
  private static final long SEED = 20201026L;

  private static long ceil(BigDecimal r, long n) {
    return r.multiply(BigDecimal.valueOf(n)).setScale(0, RoundingMode.CEILING).longValueExact();
  }

  private static long floor(BigDecimal r, long n) {
    return r.multiply(BigDecimal.valueOf(n)).setScale(0, RoundingMode.FLOOR).longValueExact();
  }

  @Test
  void allocation_sumsToCeilOfRTimesVolumes_withinTheBounds_andEveryDrawRederives() {
    qt().withFixedSeed(SEED)
        .withExamples(80)
        .forAll(
            lists().of(integers().between(1, 120)).ofSizeBetween(1, 8),
            integers().between(1, 100), // R in hundredths
            integers().between(0, 100), // min ratio in hundredths
            integers().between(0, 100)) // max ratio above min, in hundredths
        .checkAssert(
            (sizes, r, lo, span) -> {
              int h = (r * 31 + lo * 7 + span) % 1000; // varies the histories
              BigDecimal total = BigDecimal.valueOf(r, 2);
              BigDecimal min = BigDecimal.valueOf(lo, 2);
              BigDecimal max = BigDecimal.valueOf(Math.min(100, lo + span), 2);
              Map<StratumKey, List<String>> strata = new LinkedHashMap<>();
              Map<StratumKey, History.Tally> tallies = new LinkedHashMap<>();
              for (int i = 0; i < sizes.size(); i++) {
                StratumKey key = StratumKey.ofSubCenter(String.format("SC%02d", i + 1));
                strata.put(key, Draws.ids(key.id(), sizes.get(i)));
                if ((h + i) % 3 != 0) { // some strata without history
                  long inspected = (h * 7L + i * 13L) % 200;
                  tallies.put(key, new History.Tally(inspected, (h + i) % (inspected + 1)));
                }
              }
              Population population = Population.of(strata);
              ProblemRatePolicy policy = ProblemRatePolicy.of(total, min, max, History.of(tallies));
              long n = population.size();
              long expectedTotal = ceil(total, n);
              long sumLo = 0;
              long sumHi = 0;
              boolean noWholeSize = false; // e.g. 1 volume within [0.01, 0.20]: ceil 1 > floor 0
              for (List<String> ids : strata.values()) {
                sumLo += ceil(min, ids.size());
                sumHi += floor(max, ids.size());
                noWholeSize |= ceil(min, ids.size()) > floor(max, ids.size());
              }
              InspectionPlan plan;
              try {
                plan = policy.plan(population, "S/pre-acceptance/B" + h);
              } catch (InfeasibleRequestException e) {
                assertThat(noWholeSize || expectedTotal < sumLo || expectedTotal > sumHi)
                    .as("refused only when the bounds cannot meet the total: %s", e.getMessage())
                    .isTrue();
                return;
              }
              assertThat(plan.total()).isEqualTo(expectedTotal);
              assertThat(plan.strata().stream().mapToLong(StratumPlan::sampleSize).sum())
                  .isEqualTo(expectedTotal);
              for (StratumPlan s : plan.strata()) {
                assertThat((long) s.sampleSize())
                    .as("%s of %d within [%s, %s]", s.key(), s.volumes(), min, max)
                    .isBetween(ceil(min, s.volumes()), floor(max, s.volumes()));
                assertThat(s.problemRate()).isPresent();
                assertThat(s.problemRate().get().isZero()).as("never a zero rate").isFalse();
              }
              Draws.assertRederives(plan, population);
            });
  }
}
