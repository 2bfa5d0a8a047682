package org.siarchive.rules.retention.appraisal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.siarchive.rules.retention.RetentionRules;
import org.siarchive.rules.retention.RetentionSchedules;

/** The national rules and clocks fixed on given days. */
final class AppraisalFixtures {
  static final RetentionRules NATIONAL =
      RetentionSchedules.withBundledEditions()
          .rulesInForce(RetentionSchedules.NATIONAL, LocalDate.of(2026, 3, 15));

  private AppraisalFixtures() {}

  static Clock on(LocalDate day) {
    return Clock.fixed(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
  }
}
