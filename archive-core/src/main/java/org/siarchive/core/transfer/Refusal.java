package org.siarchive.core.transfer;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Why an action was refused: the batch, its state, the action, the person, their roles and the rule
 * of the lifecycle table that refuses it. A refused action never changes the batch. Immutable and
 * thread-safe.
 *
 * @param batch the batch id
 * @param state the batch's state, or null when the batch does not exist yet
 * @param action the action asked for
 * @param person the person's id
 * @param roles the person's roles; empty for someone not on the roster
 * @param rule the id of the refusing rule, e.g. {@code SOD-ACCEPTOR-NOT-RECHECKER}
 * @param text the rule in words
 * @since 0.1.0
 */
public record Refusal(
    String batch,
    @Nullable String state,
    String action,
    String person,
    List<Role> roles,
    String rule,
    String text) {
  /**
   * Validates the record.
   *
   * @param batch the batch id
   * @param state the batch's state, or null when the batch does not exist yet
   * @param action the action asked for
   * @param person the person's id
   * @param roles the person's roles; empty for someone not on the roster
   * @param rule the id of the refusing rule, e.g. {@code SOD-ACCEPTOR-NOT-RECHECKER}
   * @param text the rule in words
   */
  public Refusal {
    Objects.requireNonNull(batch, "batch");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(person, "person");
    roles = List.copyOf(roles);
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(text, "text");
  }

  /**
   * {@return the refusal in one sentence, e.g. {@code "batch B1 (ACCEPTED): RECHECK by p07
   * [RECHECK_POST] refused by SOD-ACCEPTOR-NOT-RECHECKER: the person who accepted a batch never
   * re-checks it"}}
   */
  public String message() {
    return String.format(
        Locale.ROOT,
        "batch %s (%s): %s by %s %s refused by %s: %s",
        batch,
        state == null ? "not opened" : state,
        action,
        person,
        roles,
        rule,
        text);
  }
}
