package org.siarchive.examples;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.siarchive.rules.retention.Edition;
import org.siarchive.rules.retention.RetentionSchedules;
import org.siarchive.rules.retention.RuleDataException;

/**
 * Launched by {@link RulesModulePathLaunchTest} in a JVM of its own with the published modules on
 * the module path: reads the bundled edition (a resource of the rules module, digest-checked),
 * loads an edition through Jackson and Hibernate Validator (which reflect into the module's
 * non-exported package), and has a bad one refused with its pointer.
 */
public final class RulesModuleProbe {
  private RulesModuleProbe() {}

  public static void main(String[] args) {
    Module rules = RetentionSchedules.class.getModule();
    if (!rules.isNamed()) {
      throw new IllegalStateException("archive-rules is not on the module path");
    }
    RetentionSchedules schedules = RetentionSchedules.withBundledEditions();
    Edition national = schedules.edition(RetentionSchedules.NATIONAL, "2009");
    String shown = national.toJson();
    Edition again = RetentionSchedules.empty()
        .load(new ByteArrayInputStream(shown.getBytes(StandardCharsets.UTF_8)), "shown.json");
    String bad = shown.replace("\"materialEn\" : \"Internal control materials\"", "\"materialEn\" : \" \"");
    String refusal;
    try {
      RetentionSchedules.empty().load(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "bad.json");
      refusal = "none";
    } catch (RuleDataException e) {
      refusal = e.getMessage();
    }
    System.out.println("module " + rules.getName() + ": " + again.ref() + " rows " + again.rows().size()
        + ", expires " + schedules.rulesInForce(RetentionSchedules.NATIONAL, LocalDate.of(2026, 1, 1))
            .disposition("八(2)", LocalDate.of(2012, 5, 4)).expires().orElseThrow()
        + ", refused " + refusal);
  }
}
