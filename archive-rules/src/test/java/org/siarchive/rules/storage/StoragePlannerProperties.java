package org.siarchive.rules.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties every plan keeps, on random instances drawn with fixed seeds. */
class StoragePlannerProperties {

  @Test
  void plan_moreIntake_neverRaisesTheOptimalPeak() {
    qt().withFixedSeed(11L)
        .withExamples(250)
        .forAll(longs().between(1, 1_000_000), integers().between(1, 4))
        .checkAssert(
            (seed, more) -> {
              Instances.Instance in = Instances.small(seed);
              if (in == null) {
                return;
              }
              StorageNetwork n = in.network();
              FillRatio at = StoragePlanner.plan(n, in.horizon()).optimal().peak();
              FillRatio atMore =
                  StoragePlanner.plan(
                          n.withIntake(Intake.ofVolumes(n.intake().volumesPerMonth() + more)),
                          in.horizon())
                      .optimal()
                      .peak();
              assertThat(atMore.compareTo(at))
                  .as("seed %d, intake +%d: %s then %s", seed, more, at, atMore)
                  .isLessThanOrEqualTo(0);
            });
  }

  @Test
  void plan_bothPlans_keepIntakeEligibilityStacksAndConserveOccupancy() {
    qt().withFixedSeed(12L)
        .withExamples(600)
        .forAll(longs().between(1, 1_000_000))
        .checkAssert(
            seed -> {
              Instances.Instance in = Instances.small(seed);
              if (in == null) {
                return;
              }
              StoragePlan plan = StoragePlanner.plan(in.network(), in.horizon());
              FlowOracle o = new FlowOracle(in.network(), in.horizon());
              check(seed, in.network(), o, plan.optimal());
              check(seed, in.network(), o, plan.naive());
              assertThat(plan.naive().peak().compareTo(plan.optimal().peak()))
                  .as("seed %d: naive never better", seed)
                  .isGreaterThanOrEqualTo(0);
              assertThat(plan.isFeasible()).isEqualTo(plan.optimal().overflows().isEmpty());
            });
  }

  static void check(long seed, StorageNetwork n, FlowOracle o, TransferPlan p) {
    List<SubCenterStore> stores = n.stores();
    long[] sent = new long[stores.size()];
    long[] held = stores.stream().mapToLong(SubCenterStore::occupied).toArray();
    long stacks = n.stacks().occupied();
    for (int t = 1; t <= p.months().size(); t++) {
      MonthPlan m = p.months().get(t - 1);
      assertThat(m.month()).isEqualTo(n.asOf().plusMonths(t));
      assertThat(m.total())
          .as("seed %d month %d: within intake", seed, t)
          .isLessThanOrEqualTo(n.intake().volumesPerMonth());
      for (int i = 0; i < stores.size(); i++) {
        String id = stores.get(i).id();
        long x = m.transfers().getOrDefault(id, 0L);
        assertThat(x).isGreaterThanOrEqualTo(0);
        sent[i] += x;
        assertThat(sent[i])
            .as("seed %d month %d store %s: at most what is transferable", seed, t, id)
            .isLessThanOrEqualTo(o.transferableBy(i, t));
        held[i] += o.formed(i, t) - o.disposed(i, t) - x;
        assertThat(m.fill().get(id).occupied())
            .as("seed %d month %d store %s: in = out + change", seed, t, id)
            .isEqualTo(held[i]);
      }
      stacks += m.total() - o.stacksDisposed(t);
      FillRatio f = m.fill().get(n.stacks().id());
      assertThat(f.occupied()).as("seed %d month %d: stacks conserve", seed, t).isEqualTo(stacks);
      assertThat(f.isOverfull()).as("seed %d month %d: stacks within capacity", seed, t).isFalse();
    }
    FillRatio peak =
        p.months().stream()
            .flatMap(m -> stores.stream().map(s -> m.fill().get(s.id())))
            .max(FillRatio::compareTo)
            .orElseThrow();
    assertThat(p.peak().compareTo(peak)).isZero();
    long overflowing =
        p.months().stream()
            .flatMap(m -> stores.stream().map(s -> m.fill().get(s.id())))
            .filter(FillRatio::isOverfull)
            .count();
    assertThat(p.overflows()).hasSize((int) overflowing);
  }
}
