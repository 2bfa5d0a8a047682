package org.siarchive.rules.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The planner's optimum against an independent exact oracle ({@link FlowOracle}: a flow-over-time
 * network with lower bounds, JGraphT's push-relabel max-flow, all candidate fractions) on thousands
 * of small random instances, each named by its seed in the assertion.
 */
class StoragePlannerOracleTest {
  private static final int INSTANCES = 2000;

  @Test
  void plan_onRandomSmallInstances_peakEqualsTheFlowOraclesOptimum() {
    int checked = 0;
    int withTransfers = 0;
    for (long seed = 1; checked < INSTANCES; seed++) {
      Instances.Instance in = Instances.small(seed);
      if (in == null) {
        continue;
      }
      checked++;
      StoragePlan plan = StoragePlanner.plan(in.network(), in.horizon());
      FlowOracle oracle = new FlowOracle(in.network(), in.horizon());
      long[] best = oracle.optimalPeak(in.network().intake().volumesPerMonth());
      assertThat(plan.optimal().peak().compareTo(FillRatio.of(best[0], best[1])))
          .as("seed %d: planner %s, oracle %d/%d", seed, plan.optimal().peak(), best[0], best[1])
          .isZero();
      if (plan.optimal().transferred() > 0) {
        withTransfers++;
      }
    }
    assertThat(withTransfers)
        .as("instances whose optimum needs transfers")
        .isGreaterThan(INSTANCES / 4);
  }

  @Test
  void minimalIntake_onRandomSmallInstances_isFeasibleAndOneLessIsNot() {
    int checked = 0;
    int present = 0;
    int absent = 0;
    for (long seed = 100_000; checked < INSTANCES; seed++) {
      Instances.Instance in = Instances.small(seed);
      if (in == null) {
        continue;
      }
      checked++;
      StoragePlan plan = StoragePlanner.plan(in.network(), in.horizon());
      FlowOracle oracle = new FlowOracle(in.network(), in.horizon());
      long[] capacity = oracle.capacities();
      if (plan.minimalIntake().isPresent()) {
        present++;
        long k = plan.minimalIntake().getAsLong();
        assertThat(oracle.feasible(capacity, k))
            .as("seed %d: intake %d avoids overflow", seed, k)
            .isTrue();
        if (k > 0) {
          assertThat(oracle.feasible(capacity, k - 1))
              .as("seed %d: intake %d does not", seed, k - 1)
              .isFalse();
        }
        assertThat(StoragePlanner.avoidsOverflow(in.network(), in.horizon(), Intake.ofVolumes(k)))
            .as("seed %d", seed)
            .isTrue();
      } else {
        absent++;
        assertThat(oracle.feasible(capacity, 1_000))
            .as("seed %d: no intake avoids overflow", seed)
            .isFalse();
      }
    }
    assertThat(present).isGreaterThan(INSTANCES / 4);
    assertThat(absent).isGreaterThan(0);
  }
}
