package org.siarchive.rules.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  @Test
  void plan_onRandomWideInstances_peakAndLeastIntakeEqualTheFlowOracles() {
    // Four to eight stores: the latest-first schedule's heap then sifts through both children.
    int checked = 0;
    for (long seed = 1; checked < 300; seed++) {
      Instances.Instance in = Instances.wide(seed);
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
      long[] capacity = oracle.capacities();
      if (plan.minimalIntake().isPresent()) {
        long k = plan.minimalIntake().getAsLong();
        assertThat(oracle.feasible(capacity, k)).as("seed %d: intake %d", seed, k).isTrue();
        assertThat(k == 0 || !oracle.feasible(capacity, k - 1))
            .as("seed %d: intake %d does not suffice", seed, k - 1)
            .isTrue();
      } else {
        assertThat(oracle.feasible(capacity, 1_000)).as("seed %d: no intake", seed).isFalse();
      }
    }
  }

  @Test
  void naivePlan_onRandomInstances_sendsFromTheFullestStoresFirstEveryMonth() {
    int checked = 0;
    int severalServed = 0;
    for (long seed = 1; checked < 1000; seed++) {
      Instances.Instance in = seed % 2 == 0 ? Instances.wide(seed) : Instances.small(seed);
      if (in == null) {
        continue;
      }
      checked++;
      StorageNetwork n = in.network();
      TransferPlan naive = StoragePlanner.plan(n, in.horizon()).naive();
      FlowOracle o = new FlowOracle(n, in.horizon());
      List<Map<String, Long>> want = fullestFirst(n, o, in.horizon());
      for (int t = 1; t <= in.horizon(); t++) {
        assertThat(naive.months().get(t - 1).transfers())
            .as("seed %d month %d", seed, t)
            .containsExactlyEntriesOf(want.get(t - 1));
      }
      if (want.stream().anyMatch(m -> m.size() > 1)) {
        severalServed++;
      }
    }
    assertThat(severalServed)
        .as("instances where a month serves several stores")
        .isGreaterThan(100);
  }

  /**
   * The naive plan written out plainly: each month, sort the stores that may still send by their
   * fill before the month's transfers (exact fractions, descending; ties by store order) and take
   * from each in turn all it may send, within the intake and the room the stacks have then.
   */
  private static List<Map<String, Long>> fullestFirst(StorageNetwork n, FlowOracle o, int h) {
    int stores = n.stores().size();
    long[] sent = new long[stores];
    long received = 0;
    long stacksRoom = n.stacks().free();
    List<Map<String, Long>> out = new ArrayList<>();
    for (int t = 1; t <= h; t++) {
      stacksRoom += o.stacksDisposed(t);
      int month = t;
      long[] may = new long[stores];
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < stores; i++) {
        long least = Long.MAX_VALUE;
        for (int s = t; s <= h; s++) {
          least = Math.min(least, o.transferableBy(i, s));
        }
        may[i] = least - sent[i];
        if (may[i] > 0) {
          order.add(i);
        }
      }
      order.sort(
          (a, b) -> {
            int c =
                BigInteger.valueOf(o.base(b, month) - sent[b])
                    .multiply(BigInteger.valueOf(n.stores().get(a).capacity()))
                    .compareTo(
                        BigInteger.valueOf(o.base(a, month) - sent[a])
                            .multiply(BigInteger.valueOf(n.stores().get(b).capacity())));
            return c != 0 ? c : Integer.compare(a, b);
          });
      long left = Math.min(n.intake().volumesPerMonth(), stacksRoom - received);
      Map<String, Long> transfers = new LinkedHashMap<>();
      long[] x = new long[stores];
      for (int i : order) {
        if (left <= 0) {
          break;
        }
        x[i] = Math.min(left, may[i]);
        left -= x[i];
      }
      for (int i = 0; i < stores; i++) {
        if (x[i] > 0) {
          transfers.put(n.stores().get(i).id(), x[i]);
          sent[i] += x[i];
          received += x[i];
        }
      }
      out.add(transfers);
    }
    return out;
  }
}
