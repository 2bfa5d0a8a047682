package org.siarchive.rules.procedure;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.id.Masking;
import org.siarchive.core.model.Volume;
import org.siarchive.rules.inspection.Strata;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.quality.Stage;
import org.siarchive.rules.quality.Suite;

/**
 * The audit post (审核岗, article §3.1): reviews a volume's images as they are generated, one volume
 * at a time, before any batch exists, with the audit-post stage's suite (image item count equal to
 * the paper item count, page numbers, the office and handler seals, image quality). Each review's
 * findings go back to the case handler who formed the volume ({@link AuditReview#handler()}), and
 * the post keeps its findings per case handler and per stratum (sub-centre, or sub-centre and
 * category) in an {@link AuditRecord}, which the training brief and the problem-rate inspection
 * policy read ({@link AuditRecord#history()}).
 *
 * <pre>{@code
 * AuditPost post = AuditPost.of(context, volume -> workflow.handlerOf(volume.id()));
 * AuditReview review = post.review(volume);       // as its images are generated
 * if (review.returned()) {
 *   inbox.send(review.handler(), review.findings());
 * }
 * History history = post.record().history();       // for ProblemRatePolicy
 * }</pre>
 *
 * <p>Not thread-safe: one post reviews one volume at a time; merge the records of several posts
 * with {@link AuditRecord#plus}.
 *
 * @since 0.1.0
 */
public final class AuditPost {
  private final CheckContext context;
  private final Suite suite;
  private final Function<Volume, String> handlerOf;
  private final Strata strata;
  private AuditRecord record = AuditRecord.empty();

  private AuditPost(CheckContext context, Function<Volume, String> handlerOf, Strata strata) {
    this.context = context.toBuilder().stage(Stage.AUDIT_POST).build();
    this.suite = Suite.from(this.context);
    this.handlerOf = handlerOf;
    this.strata = strata;
  }

  /**
   * {@return an audit post keeping its findings per sub-centre and category ({@link
   * Strata#SUB_CENTER_AND_CATEGORY})}
   *
   * @param context the checks' context (rules, catalogue, clock); the stage is set to the audit
   *     post's
   * @param handlerOf the id of the case handler who formed a volume
   */
  public static AuditPost of(CheckContext context, Function<Volume, String> handlerOf) {
    return of(context, handlerOf, Strata.SUB_CENTER_AND_CATEGORY);
  }

  /**
   * {@return an audit post keeping its findings per stratum of the host's choice}
   *
   * @param context the checks' context; the stage is set to the audit post's
   * @param handlerOf the id of the case handler who formed a volume
   * @param strata how the findings are grouped besides per case handler
   */
  public static AuditPost of(
      CheckContext context, Function<Volume, String> handlerOf, Strata strata) {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(handlerOf, "handlerOf");
    Objects.requireNonNull(strata, "strata");
    return new AuditPost(context, handlerOf, strata);
  }

  /** {@return the checks the post makes} */
  public Suite suite() {
    return suite;
  }

  /**
   * Reviews one volume's images as they are generated, and keeps the findings.
   *
   * @param volume the volume
   * @return the findings and the case handler they go back to
   * @throws InvalidValueException when the handler function gives no handler (blank) for the volume
   */
  public AuditReview review(Volume volume) {
    Objects.requireNonNull(volume, "volume");
    String handler = handlerOf.apply(volume);
    if (handler == null || handler.isBlank()) {
      throw new InvalidValueException(
          "handlerOf",
          "the id of the case handler who formed the volume",
          Masking.quoted(volume.id()));
    }
    List<Defect> findings = suite.check(volume, context);
    AuditReview review =
        new AuditReview(volume.id(), volume.subCenterId(), strata.keyOf(volume), handler, findings);
    record = record.plus(AuditRecord.of(review));
    return review;
  }

  /** {@return what the post has found so far, per case handler and per stratum} */
  public AuditRecord record() {
    return record;
  }
}
