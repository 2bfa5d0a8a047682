package org.siarchive.rules.procedure;

import java.util.List;
import java.util.Objects;
import org.siarchive.core.defect.Defect;
import org.siarchive.rules.inspection.StratumKey;

/**
 * One review by the audit post ({@link AuditPost}): a volume, the case handler who formed it, the
 * stratum it counts in, and what the audit found, which goes back to that handler. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * AuditReview r = post.review(volume);
 * r.returned();    // true when the handler has something to fix
 * r.findings();    // e.g. HANDLER_SEAL_MISSING at item 2
 * }</pre>
 *
 * @param volumeId the volume
 * @param subCenter its sub-centre
 * @param stratum the stratum its findings count in
 * @param handler the id of the case handler who formed it
 * @param findings the defects found, in the suite's order
 * @since 0.1.0
 */
public record AuditReview(
    String volumeId, String subCenter, StratumKey stratum, String handler, List<Defect> findings) {
  /**
   * Validates and copies.
   *
   * @param volumeId the volume
   * @param subCenter its sub-centre
   * @param stratum the stratum its findings count in
   * @param handler the id of the case handler who formed it
   * @param findings the defects found, in the suite's order
   */
  public AuditReview {
    Objects.requireNonNull(volumeId, "volumeId");
    Objects.requireNonNull(subCenter, "subCenter");
    Objects.requireNonNull(stratum, "stratum");
    Objects.requireNonNull(handler, "handler");
    findings = List.copyOf(findings);
  }

  /** {@return true when the review found something, and so goes back to the case handler} */
  public boolean returned() {
    return !findings.isEmpty();
  }
}
