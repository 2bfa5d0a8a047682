package org.siarchive.core.transfer;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.ledger.TreeHead;

/**
 * What became of an action: {@link Accepted} (an event was appended) or {@link Refused} (nothing
 * changed). Immutable and thread-safe.
 *
 * <pre>{@code
 * switch (transfers.act("B1", "PRE_ACCEPT", "p21", null, null)) {
 *   case ActionResult.Accepted a -> a.to();          // "PRE_ACCEPTED"
 *   case ActionResult.Refused r -> r.refusal().rule();
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public sealed interface ActionResult {

  /**
   * The action was taken and recorded.
   *
   * @param batch the batch after the action
   * @param action the action
   * @param from the state before, or null for an opening
   * @param to the state after
   * @param event the index of the event recorded, 0-based
   * @param head the ledger's tree head after the event
   */
  record Accepted(
      Batch batch, String action, @Nullable String from, String to, long event, TreeHead head)
      implements ActionResult {
    /**
     * Validates the record.
     *
     * @param batch the batch after the action
     * @param action the action
     * @param from the state before, or null for an opening
     * @param to the state after
     * @param event the index of the event recorded, 0-based
     * @param head the ledger's tree head after the event
     */
    public Accepted {
      Objects.requireNonNull(batch, "batch");
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(head, "head");
    }
  }

  /**
   * The action was refused; nothing was recorded.
   *
   * @param refusal why
   */
  record Refused(Refusal refusal) implements ActionResult {
    /**
     * Validates the record.
     *
     * @param refusal why
     */
    public Refused {
      Objects.requireNonNull(refusal, "refusal");
    }
  }
}
