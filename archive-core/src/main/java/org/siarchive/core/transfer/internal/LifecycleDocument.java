package org.siarchive.core.transfer.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The binding of a lifecycle table ({@value #FORMAT}): its phases with their opening and
 * transitions, and the rules that refuse actions, in the order they are evaluated.
 *
 * @param format {@value #FORMAT}
 * @param id the table's id
 * @param edition the edition, e.g. {@code 2026.1}
 * @param source where the table comes from
 * @param phases the phases, each once
 * @param rules the rules, evaluated in this order
 */
public record LifecycleDocument(
    @JsonProperty(required = true) @NotNull @Pattern(regexp = FORMAT, message = "must be " + FORMAT)
        String format,
    @JsonProperty(required = true) @NotNull @Pattern(regexp = "[a-z][a-z0-9-]{0,63}") String id,
    @JsonProperty(required = true) @NotNull @Pattern(regexp = "[0-9]{4}\\.[0-9]{1,3}")
        String edition,
    @JsonProperty(required = true) @NotBlank @Size(max = 500) String source,
    @JsonProperty(required = true) @NotNull @Size(min = 1, max = 9)
        List<@NotNull @Valid Phase> phases,
    @JsonProperty(required = true) @NotNull @Size(min = 1, max = 200)
        List<@NotNull @Valid Rule> rules) {

  /** The format this library reads. */
  public static final String FORMAT = "siarchive-lifecycle/1";

  /** The form of state and action names. */
  public static final String NAME = "[A-Z][A-Z0-9_]{0,63}";

  /** The rule kinds the evaluator knows. */
  public static final String KINDS =
      "NEW_BATCH|KNOWN_PERSON|ALLOWED_FROM_STATE|HOLDS_ROLE|ROLE_LIMITED_TO|OWN_SUB_CENTER|STAFF_OF_SITE|NOT_SAME_PERSON";

  /**
   * One phase.
   *
   * @param phase its number, 1 to 9
   * @param name its name in words
   * @param open how a batch of this phase is opened (no {@code from})
   * @param transitions its transitions
   */
  public record Phase(
      @JsonProperty(required = true) @Min(1) @Max(9) int phase,
      @JsonProperty(required = true) @NotBlank @Size(max = 200) String name,
      @JsonProperty(required = true) @NotNull @Valid Transition open,
      @JsonProperty(required = true) @NotNull @Size(min = 1, max = 200)
          List<@NotNull @Valid Transition> transitions) {}

  /**
   * One transition: an action from a state to a state, the roles that may take it and whose staff
   * take it.
   *
   * @param action the action's name
   * @param from the state it starts from; absent for a phase's opening
   * @param to the state it leads to
   * @param roles the roles any of which may take it
   * @param staff {@code CENTER} (the archive centre's staff) or {@code SUB_CENTER} (the batch's
   *     sub-centre's staff)
   */
  public record Transition(
      @JsonProperty(required = true) @NotNull @Pattern(regexp = NAME) String action,
      @Pattern(regexp = NAME) String from,
      @JsonProperty(required = true) @NotNull @Pattern(regexp = NAME) String to,
      @JsonProperty(required = true) @NotNull @Size(min = 1, max = 20)
          List<@NotNull @Pattern(regexp = NAME) String> roles,
      @JsonProperty(required = true) @NotNull @Pattern(regexp = "CENTER|SUB_CENTER")
          String staff) {}

  /**
   * One rule.
   *
   * @param id its stable id
   * @param kind what it checks, one of {@value #KINDS}
   * @param actions the actions it applies to; absent for all
   * @param role for {@code ROLE_LIMITED_TO}: the limited role
   * @param allowed for {@code ROLE_LIMITED_TO}: the only actions a holder of the role may take
   * @param earlier for {@code NOT_SAME_PERSON}: the actions whose taker may not take this one
   * @param text the rule in words
   * @param clause the clause it enforces
   */
  public record Rule(
      @JsonProperty(required = true) @NotNull @Pattern(regexp = "[A-Z]+(-[A-Z0-9]+)+") String id,
      @JsonProperty(required = true) @NotNull @Pattern(regexp = KINDS) String kind,
      @Size(min = 1, max = 50) List<@NotNull @Pattern(regexp = NAME) String> actions,
      @Pattern(regexp = NAME) String role,
      @Size(min = 1, max = 50) List<@NotNull @Pattern(regexp = NAME) String> allowed,
      @Size(min = 1, max = 50) List<@NotNull @Pattern(regexp = NAME) String> earlier,
      @JsonProperty(required = true) @NotBlank @Size(max = 500) String text,
      @JsonProperty(required = true) @NotBlank @Size(max = 200) String clause) {}
}
