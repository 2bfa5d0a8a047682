package org.siarchive.sampling.iso2859;

/**
 * Why the inspection state changed (ISO 2859-1:1999 clause 9, as transcribed in the reference
 * notes; the exact ISO wording of the switching score is unconfirmed, the mechanics follow that
 * transcription).
 *
 * <p>Example: {@code SwitchReason.TWO_OF_FIVE_NOT_ACCEPTED} for normal to tightened.
 *
 * @since 0.1.0
 */
public enum SwitchReason {
  /** Normal to tightened: 2 lots not accepted within 5 or fewer consecutive lots. */
  TWO_OF_FIVE_NOT_ACCEPTED,
  /** Tightened to normal: 5 consecutive lots accepted. */
  FIVE_CONSECUTIVE_ACCEPTED,
  /** Tightened to discontinued: the lots not accepted on tightened inspection reached 5. */
  FIVE_NOT_ACCEPTED_ON_TIGHTENED,
  /** Normal to reduced: switching score at least 30, production steady, authority approval. */
  SWITCHING_SCORE_REACHED,
  /** Reduced to normal: a lot not accepted. */
  LOT_NOT_ACCEPTED_ON_REDUCED,
  /** Reduced to normal: a lot accepted with Ac &lt; d &lt; Re (ANSI reduced table). */
  ACCEPTED_BETWEEN_AC_AND_RE,
  /** Reduced to normal: production became irregular or delayed. */
  PRODUCTION_IRREGULAR,
  /** Reduced to normal: the responsible authority decided so. */
  AUTHORITY_DECISION,
  /** Discontinued to tightened: the supplier's corrective action was accepted. */
  RESUMED_AFTER_CORRECTIVE_ACTION
}
