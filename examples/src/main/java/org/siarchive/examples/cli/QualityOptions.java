package org.siarchive.examples.cli;

import java.time.Clock;
import org.siarchive.core.ArchiveTime;
import org.siarchive.rules.material.MaterialRules;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.quality.Stage;
import org.siarchive.rules.retention.RetentionRules;
import org.siarchive.rules.retention.RetentionSchedules;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The options the quality commands share: the material rules in force ({@code --rules}, the bundled
 * illustrative edition by default) and how the context is built from them.
 */
final class QualityOptions {
  @Mixin MaterialRulesOption materialRules = new MaterialRulesOption();

  /**
   * The context: the rules, the bundled catalogue, the UTC system clock, and the bundled national
   * retention schedule in force today.
   */
  CheckContext context(CommandSpec spec, Stage stage) {
    MaterialRules edition = materialRules.rules(spec);
    Clock clock = ArchiveTime.systemClock();
    RetentionRules schedule =
        RetentionSchedules.withBundledEditions()
            .rulesInForce(RetentionSchedules.NATIONAL, ArchiveTime.today(clock));
    return CheckContext.builder(edition).stage(stage).clock(clock).retention(schedule).build();
  }
}
