package org.siarchive.rules.quality;

import com.google.common.collect.ImmutableMap;
import java.util.Set;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.defect.Location;
import org.siarchive.rules.retention.RetentionRules;
import org.siarchive.rules.retention.VolumeClassification;

/**
 * The volume's retention period against the schedule's one answer for the volume ({@link
 * RetentionRules#classify}, bound to the context's material rules: the row of its business type,
 * else its entries' material codes and titles), in the retention schedule edition in force. Not
 * performed without a schedule in the context; says nothing when the schedule cannot decide the
 * volume's period (an unconfirmed row, an unplaced entry, an unresolved deferral): it never
 * guesses.
 */
final class RetentionCheck implements Check {
  static final RetentionCheck INSTANCE = new RetentionCheck();

  private RetentionCheck() {}

  @Override
  public String id() {
    return "volume.retention";
  }

  @Override
  public Set<DefectCode> codes() {
    return Set.of(DefectCodes.RETENTION_SCHEDULE_MISMATCH);
  }

  @Override
  public boolean performedWith(CheckContext context) {
    return context.retention().isPresent();
  }

  @Override
  public String notPerformedReason(CheckContext context) {
    return "no retention schedule edition was given";
  }

  @Override
  public void check(Inspection in, Findings findings) {
    RetentionRules schedule =
        in.context().retention().orElseThrow().withMaterialRules(in.context().materialRules());
    if (schedule.classify(in.volume()) instanceof VolumeClassification.Decided answer
        && !answer.period().equals(in.volume().retention())) {
      findings.report(
          DefectCodes.RETENTION_SCHEDULE_MISMATCH,
          Location.volume(in.volume().id()),
          ImmutableMap.of(
              "retention", in.volume().retention().code(),
              "row", String.join(", ", answer.rowIds()),
              "schedulePeriod", answer.period().code(),
              "edition", schedule.edition().ref().toString()));
    }
  }
}
