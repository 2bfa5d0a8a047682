package org.siarchive.rules.storage;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.siarchive.core.InvalidValueException;

/** Small random storage networks from a seed, for the oracle and the properties. */
final class Instances {
  static final YearMonth AS_OF = YearMonth.of(2026, 6);

  private Instances() {}

  /**
   * A random small network and horizon; null when the draw is inconsistent (disposals too large).
   */
  static Instance small(long seed) {
    return draw(seed, 1, 3);
  }

  /**
   * A random network of 4 to 8 stores, otherwise drawn as {@link #small}: enough stores that the
   * planner's heaps order more than a root and two children.
   */
  static Instance wide(long seed) {
    return draw(seed, 4, 5);
  }

  private static Instance draw(long seed, int fewest, int spread) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = fewest + r.nextInt(spread);
    int horizon = 1 + r.nextInt(5);
    ForecastMethod method = r.nextBoolean() ? ForecastMethod.MEAN_12 : ForecastMethod.SEASONAL;
    List<SubCenterStore> stores = new ArrayList<>();
    Map<String, Map<YearMonth, Long>> disposals = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Eligibility e =
          r.nextInt(3) == 0
              ? Eligibility.keptOneYear()
              : Eligibility.afterSupervision(r.nextInt(4));
      List<Long> history = new ArrayList<>();
      for (int m = 0; m < 12 + r.nextInt(3); m++) {
        history.add((long) r.nextInt(r.nextBoolean() ? 2 : 4));
      }
      long recent = 0;
      for (int m = history.size() - e.lagMonths(); m < history.size(); m++) {
        recent += history.get(m);
      }
      long capacity = 1 + r.nextInt(8);
      long occupied = recent + r.nextInt(6);
      String id = "S" + i;
      stores.add(
          new SubCenterStore(
              id,
              "SC" + i,
              capacity,
              occupied,
              e,
              new GenerationHistory(AS_OF.minusMonths(history.size() - 1L), history)));
      if (r.nextInt(4) == 0) {
        disposals.put(
            id, Map.of(AS_OF.plusMonths(1 + r.nextInt(horizon)), (long) 1 + r.nextInt(2)));
      }
    }
    long stacksOcc = r.nextInt(6);
    CentreStacks stacks =
        new CentreStacks("C", stacksOcc + r.nextInt(10) + (stacksOcc == 0 ? 1 : 0), stacksOcc);
    if (stacksOcc > 0 && r.nextInt(3) == 0) {
      disposals.put(
          "C",
          Map.of(AS_OF.plusMonths(1 + r.nextInt(horizon)), (long) 1 + r.nextInt((int) stacksOcc)));
    }
    StorageNetwork network =
        new StorageNetwork(
            AS_OF,
            StorageUnit.VOLUMES,
            1,
            method,
            Intake.ofVolumes(r.nextInt(5)),
            stacks,
            stores,
            Disposals.of(disposals));
    try {
      StoragePlanner.avoidsOverflow(network, horizon, network.intake());
    } catch (InvalidValueException e) {
      return null;
    }
    return new Instance(network, horizon);
  }

  record Instance(StorageNetwork network, int horizon) {}
}
