package org.siarchive.rules.inspection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.siarchive.core.InvalidValueException;
import org.siarchive.sampling.selection.SamplingRecord;
import org.siarchive.sampling.size.FixedRatio;

/**
 * A fixed inspection ratio per stratum: {@code n_h = ceil(f N_h)}, exact ({@link FixedRatio}); the
 * stratum passes only when no inspected volume has a problem (acceptance limit 0). For one stratum,
 * a batch of {@code N} volumes gets exactly {@code ceil(f N)}. Immutable and thread-safe.
 *
 * <pre>{@code
 * FixedRatioPolicy.supervision();                     // the supervising leader's 5% (phase 2)
 * FixedRatioPolicy.recheck(new BigDecimal("0.20"));   // the re-check post's share (phase 1)
 * FixedRatioPolicy.of(FixedRatio.parse("0.05")).plan(batch, seed).total();   // ceil(0.05 N)
 * }</pre>
 *
 * @param ratio {@code f}
 * @since 0.1.0
 */
public record FixedRatioPolicy(FixedRatio ratio) implements InspectionPolicy {

  /** The supervising leader's share of paper, images and catalogue data (article, phase 2). */
  public static final BigDecimal SUPERVISION_RATIO = new BigDecimal("0.05");

  /** The re-check post's smallest share of what the acceptance post passed (phase 1). */
  public static final BigDecimal RECHECK_MIN_RATIO = new BigDecimal("0.10");

  /** The re-check post's largest share of what the acceptance post passed (phase 1). */
  public static final BigDecimal RECHECK_MAX_RATIO = new BigDecimal("0.30");

  /**
   * Validates the component.
   *
   * @param ratio {@code f}
   */
  public FixedRatioPolicy {
    Objects.requireNonNull(ratio, "ratio");
  }

  /**
   * Obtains the policy of a ratio.
   *
   * @param ratio {@code f}
   * @return the policy
   */
  public static FixedRatioPolicy of(FixedRatio ratio) {
    return new FixedRatioPolicy(ratio);
  }

  /** {@return the supervising leader's 5% spot check} */
  public static FixedRatioPolicy supervision() {
    return new FixedRatioPolicy(FixedRatio.of(SUPERVISION_RATIO));
  }

  /**
   * Returns the re-check post's policy.
   *
   * @param ratio the share of what the acceptance post passed, 0.10 to 0.30
   * @return the policy
   * @throws InvalidValueException naming the ratio, the article's range and the value
   */
  public static FixedRatioPolicy recheck(BigDecimal ratio) {
    Objects.requireNonNull(ratio, "ratio");
    if (ratio.compareTo(RECHECK_MIN_RATIO) < 0 || ratio.compareTo(RECHECK_MAX_RATIO) > 0) {
      throw new InvalidValueException(
          "ratio",
          "the re-check post's share, valid values "
              + RECHECK_MIN_RATIO.toPlainString()
              + " - "
              + RECHECK_MAX_RATIO.toPlainString(),
          ratio.toPlainString());
    }
    return new FixedRatioPolicy(FixedRatio.of(ratio));
  }

  @Override
  public InspectionPlan plan(Population population, String seed) {
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(seed, "seed");
    List<StratumPlan> strata = new ArrayList<>();
    long total = 0;
    for (Map.Entry<StratumKey, List<String>> e : population.strata().entrySet()) {
      List<String> ids = e.getValue();
      int n = Math.toIntExact(ratio.sampleSize(ids.size()));
      total += n;
      strata.add(
          new StratumPlan(
              e.getKey(),
              ids.size(),
              Optional.empty(),
              SamplingRecord.draw(seed, ids, n),
              0,
              Optional.empty()));
    }
    return new InspectionPlan(seed, description(), total, strata);
  }

  @Override
  public String description() {
    return "fixed ratio " + ratio.ratio().toPlainString() + " per stratum, ceil(f N_h)";
  }
}
