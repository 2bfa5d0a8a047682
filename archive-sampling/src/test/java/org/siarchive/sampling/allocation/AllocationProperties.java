package org.siarchive.sampling.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.siarchive.sampling.InfeasibleRequestException;

class AllocationProperties {

  /** A stratum spec: size, rate in per mille, bounds in percent. */
  private static Gen<List<Integer>> spec() {
    return integers().between(0, 500).zip(integers().between(0, 1000), integers().between(0, 100),
        (size, rate, bound) -> List.of(size, rate, bound));
  }

  private static List<Stratum> strata(List<List<Integer>> specs, boolean bounded) {
    List<Stratum> out = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      List<Integer> s = specs.get(i);
      Stratum st = Stratum.of("s" + i, s.get(0), s.get(1) / 1000.0);
      if (bounded) {
        BigDecimal a = BigDecimal.valueOf(s.get(2) / 2, 2);
        BigDecimal b = BigDecimal.valueOf(50 + s.get(2) / 2, 2);
        st = st.withRatioBounds(a, b);
      }
      out.add(st);
    }
    return out;
  }

  @Test
  void allocation_sumsExactly_respectsBounds_quotaRule_andIgnoresInputOrder() {
    qt().withFixedSeed(123L).withExamples(300)
        .forAll(lists().of(spec()).ofSizeBetween(1, 12), integers().between(0, 3000), integers().between(0, 2),
            integers().between(0, 1))
        .checkAssert((specs, total, methodIndex, bounded) -> {
          AllocationMethod method = AllocationMethod.values()[methodIndex];
          List<Stratum> strata = strata(specs, bounded == 1);
          Allocation a;
          try {
            a = Allocation.allocate(method, total, strata);
          } catch (InfeasibleRequestException e) {
            long min = strata.stream().mapToLong(Stratum::minSampleSize).sum();
            long max = strata.stream().mapToLong(Stratum::maxSampleSize).sum();
            boolean zeroWeights = strata.stream().filter(s -> s.maxSampleSize() > s.minSampleSize())
                .allMatch(s -> method.weight(s) == 0);
            assertThat(total < min || total > max || zeroWeights
                || strata.stream().anyMatch(s -> s.minSampleSize() > s.maxSampleSize()))
                .as(e.getMessage()).isTrue();
            return;
          }
          assertThat(a.sizes().values().stream().mapToLong(Long::longValue).sum()).isEqualTo((long) total);
          for (Stratum s : strata) {
            long n = a.sizes().get(s.id());
            double q = a.quotas().get(s.id());
            assertThat(n).as("%s", s).isBetween(s.minSampleSize(), s.maxSampleSize());
            assertThat((double) n).as("quota rule for %s, q=%s", s.id(), q)
                .isBetween(Math.floor(q - 1e-9), Math.ceil(q + 1e-9));
          }
          List<Stratum> shuffled = new ArrayList<>(strata);
          Collections.shuffle(shuffled, new Random(total));
          assertThat(Allocation.allocate(method, total, shuffled).sizes()).isEqualTo(a.sizes());
        });
  }

  @Test
  void unboundedQuotas_areTotalTimesWeightShare() {
    qt().withFixedSeed(321L).withExamples(200)
        .forAll(lists().of(integers().between(1, 1000)).ofSizeBetween(1, 10), integers().between(0, 500))
        .checkAssert((sizes, totalPercent) -> {
          List<Stratum> strata = new ArrayList<>();
          long population = 0;
          for (int i = 0; i < sizes.size(); i++) {
            strata.add(Stratum.of("s" + i, sizes.get(i)));
            population += sizes.get(i);
          }
          long total = population * Math.min(totalPercent, 100) / 100;
          Allocation a = Allocation.allocate(AllocationMethod.PROPORTIONAL, total, strata);
          for (int i = 0; i < sizes.size(); i++) {
            double exact = (double) total * sizes.get(i) / population;
            long n = a.sizes().get("s" + i);
            assertThat(Math.abs(n - exact)).as("stratum %d", i).isLessThan(1.0);
            assertThat(a.quotas().get("s" + i)).isCloseTo(exact, org.assertj.core.api.Assertions.within(1e-6));
          }
        });
  }
}
