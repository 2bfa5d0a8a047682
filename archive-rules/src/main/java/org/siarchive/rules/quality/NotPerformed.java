package org.siarchive.rules.quality;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A check that a context did not allow, and why: what {@code check --json}, {@code report --json}
 * and {@code notice --json} list as {@code "notPerformed": [{"check", "reason"}]}, and what the
 * texts print as {@code "not performed: CHECK (REASON)"}. One list, made here, for every document
 * that runs checks, so that a check skipped is never a check silently passed.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * for (NotPerformed n : NotPerformed.of(suite, context)) {
 *   System.err.println(n.toText());   // not performed: images.file (the image files were not read ...)
 * }
 * }</pre>
 *
 * @param check the check's id, e.g. {@code "images.file"}
 * @param reason why, in English, from {@link Check#notPerformedReason(CheckContext)}
 * @since 0.1.0
 */
@JsonPropertyOrder({"check", "reason"})
public record NotPerformed(
    @JsonProperty(required = true) String check, @JsonProperty(required = true) String reason) {

  /** The reason given for a check that is not built in and is known by its id alone. */
  static final String UNKNOWN_REASON = "the context lacks what the check needs";

  /**
   * Checks the fields.
   *
   * @param check the check's id, e.g. {@code "images.file"}
   * @param reason why, in English, from {@link Check#notPerformedReason(CheckContext)}
   */
  public NotPerformed {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * One check not performed, with the reason it gives for the context.
   *
   * @param check the check
   * @param context the context that does not allow it
   * @return the check's id and the reason it gives for the context
   */
  public static NotPerformed of(Check check, CheckContext context) {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(context, "context");
    return new NotPerformed(check.id(), check.notPerformedReason(context));
  }

  /**
   * The checks of a suite that the context does not allow, in the suite's order.
   *
   * @param suite the suite
   * @param context the context the suite would run in
   * @return one entry per check of the suite that the context does not allow; empty when every
   *     check is performed
   */
  public static List<NotPerformed> of(Suite suite, CheckContext context) {
    Objects.requireNonNull(suite, "suite");
    List<NotPerformed> list = new ArrayList<>();
    for (Check c : suite.notPerformed(context)) {
      list.add(of(c, context));
    }
    return List.copyOf(list);
  }

  /**
   * The checks of a run not performed, from their ids ({@link RunSummary#notPerformed()}): each
   * built-in check gives its own reason, any other check {@value #UNKNOWN_REASON}.
   *
   * @param summary the run's figures, with the ids of the checks not performed
   * @param context the context the run was made in
   * @return one entry per id, in the summary's order
   */
  public static List<NotPerformed> of(RunSummary summary, CheckContext context) {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(context, "context");
    List<NotPerformed> list = new ArrayList<>();
    for (String id : summary.notPerformed()) {
      list.add(
          BuiltInChecks.byId(id)
              .map(c -> of(c, context))
              .orElseGet(() -> new NotPerformed(id, UNKNOWN_REASON)));
    }
    return List.copyOf(list);
  }

  /**
   * The line the texts print, e.g. {@code "not performed: images.content (no image files were given
   * (a content source))"}.
   *
   * @return the line, {@code "not performed: CHECK (REASON)"}
   */
  public String toText() {
    return "not performed: " + check + " (" + reason + ")";
  }
}
