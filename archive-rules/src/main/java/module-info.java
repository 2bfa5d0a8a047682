/**
 * siarchive rules: the judgments made over the archive model.
 *
 * <p>Retention schedules (归档范围和保管期限表) as versioned data: {@link
 * org.siarchive.rules.retention} (editions, registry, classification, disposition dates, diffs,
 * re-appraisal impact) and {@link org.siarchive.rules.retention.appraisal} (holds, appraisal
 * lists, destruction lists).
 */
module org.siarchive.rules {
  requires transitive org.siarchive.core;
  requires org.siarchive.sampling;

  // Retention schedules (issue 3).
  exports org.siarchive.rules.retention;
  exports org.siarchive.rules.retention.appraisal;
  // Jackson binds the edition documents reflectively and Bean Validation reads their constraints;
  // Hibernate Validator needs the validated package opened unconditionally.
  opens org.siarchive.rules.retention.internal;
}
