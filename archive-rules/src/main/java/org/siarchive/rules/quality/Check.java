package org.siarchive.rules.quality;

import java.util.Set;
import org.siarchive.core.defect.DefectCode;

/**
 * A quality check: a small, stateless, thread-safe function of a volume and its context that
 * reports defects with their locations and message arguments. A check never throws for a defect;
 * defects are results.
 *
 * <p>Implementations must be stateless and thread-safe: one instance checks many volumes on many
 * threads at once. What a check needs about the volume it asks its {@link Inspection}, which
 * computes shared views (catalogue rows by item number, images by item) once per volume.
 *
 * <pre>{@code
 * Check titleNotBlank = new Check() {
 *   public String id() { return "host.title"; }
 *   public Set<DefectCode> codes() { return Set.of(DefectCode.of("HOST_TITLE_GENERIC")); }
 *   public void check(Inspection in, Findings findings) {
 *     if (in.volume().title().equals("案卷")) {
 *       findings.report(DefectCode.of("HOST_TITLE_GENERIC"), Location.volume(in.volume().id()));
 *     }
 *   }
 * };
 * }</pre>
 *
 * @since 0.1.0
 */
public interface Check {
  /** {@return a stable id, e.g. {@code "paper.seals"}} */
  String id();

  /** {@return every code the check may report} */
  Set<DefectCode> codes();

  /**
   * Checks one volume.
   *
   * @param inspection the volume, its context and shared views of it
   * @param findings where to report
   */
  void check(Inspection inspection, Findings findings);

  /**
   * {@return true when the context has what the check needs; a check that cannot be performed is
   * skipped and listed by {@link Suite#notPerformed(CheckContext)}, never silently passed}
   *
   * @param context the context the check would run in
   */
  default boolean performedWith(CheckContext context) {
    return true;
  }

  /**
   * {@return why the check is not performed in a context that does not allow it, in English, e.g.
   * {@code "no image files were given"}; what a report and {@code --json} list beside the check's
   * id}
   *
   * @param context the context the check is not performed in
   */
  default String notPerformedReason(CheckContext context) {
    return "the context lacks what the check needs";
  }
}
