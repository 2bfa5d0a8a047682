package org.siarchive.rules.storage;

import org.siarchive.rules.storage.internal.Args;

/**
 * When a volume formed at a sub-centre may be transferred to the archive centre, stated per store:
 * under phase 1 (一期) it is kept one year at the sub-centre first; under phase 2 (二期) it moves after
 * supervision (监交), which takes a stated number of months after formation (article §1, §2.3).
 * Either way the rule is a lag: a volume formed in month {@code m} may be transferred from month
 * {@code m + lagMonths()} on.
 *
 * <pre>{@code
 * Eligibility.keptOneYear().lagMonths();        // 12
 * Eligibility.afterSupervision(2).lagMonths();  // 2
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface Eligibility permits Eligibility.KeptOneYear, Eligibility.AfterSupervision {

  /** The longest supervision lag accepted, in months. */
  int MAX_SUPERVISION_MONTHS = 24;

  /** {@return the months from formation until a volume may be transferred} */
  int lagMonths();

  /** {@return the phase of the flow: 1 or 2} */
  int phase();

  /**
   * Phase 1: kept one year at the sub-centre.
   *
   * @return the rule of phase 1
   */
  static Eligibility keptOneYear() {
    return new KeptOneYear();
  }

  /**
   * Phase 2: transferred after supervision.
   *
   * @param months the months from formation until supervision is completed, 0 to {@value
   *     #MAX_SUPERVISION_MONTHS}
   * @return the rule of phase 2
   */
  static Eligibility afterSupervision(int months) {
    return new AfterSupervision(months);
  }

  /** Phase 1 (一期): a volume is kept one year (12 months) at the sub-centre before transfer. */
  record KeptOneYear() implements Eligibility {
    @Override
    public int lagMonths() {
      return 12;
    }

    @Override
    public int phase() {
      return 1;
    }
  }

  /**
   * Phase 2 (二期): a volume is transferred once supervision is completed.
   *
   * @param months the months from formation until supervision is completed, 0 to {@value
   *     #MAX_SUPERVISION_MONTHS}
   */
  record AfterSupervision(int months) implements Eligibility {
    /**
     * Checks the lag.
     *
     * @param months the months from formation until supervision is completed, 0 to {@value
     *     #MAX_SUPERVISION_MONTHS}
     */
    public AfterSupervision {
      Args.range(months, 0, MAX_SUPERVISION_MONTHS, "supervisionMonths");
    }

    @Override
    public int lagMonths() {
      return months;
    }

    @Override
    public int phase() {
      return 2;
    }
  }
}
