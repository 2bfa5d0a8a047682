package org.siarchive.rules.quality.internal;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import java.util.Set;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.defect.Location;
import org.siarchive.core.model.RetentionPeriod;
import org.siarchive.rules.material.TypeRules;
import org.siarchive.rules.quality.Check;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.quality.DefectCodes;
import org.siarchive.rules.quality.Findings;
import org.siarchive.rules.quality.Inspection;
import org.siarchive.rules.retention.Classification;
import org.siarchive.rules.retention.RetentionRules;

/**
 * The volume's retention period against the schedule row its business type is filed under (the
 * material rules' {@code retentionRow}), in the retention schedule edition in force. Not performed
 * without a schedule in the context; says nothing when the business type names no row or the
 * schedule cannot decide the row's period (an unconfirmed row): it never guesses.
 */
public final class RetentionCheck implements Check {
  public static final RetentionCheck INSTANCE = new RetentionCheck();

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
  public void check(Inspection in, Findings findings) {
    Optional<String> row = in.typeRules().flatMap(TypeRules::retentionRow);
    if (row.isEmpty()) {
      return;
    }
    RetentionRules schedule = in.context().retention().orElseThrow();
    if (schedule.classifyRow(row.get()) instanceof Classification.Classified c) {
      RetentionPeriod period = c.period();
      if (!period.equals(in.volume().retention())) {
        findings.report(
            DefectCodes.RETENTION_SCHEDULE_MISMATCH,
            Location.volume(in.volume().id()),
            ImmutableMap.of(
                "retention", in.volume().retention().code(),
                "row", c.row().id(),
                "schedulePeriod", period.code(),
                "edition", schedule.edition().ref().toString()));
      }
    }
  }
}
