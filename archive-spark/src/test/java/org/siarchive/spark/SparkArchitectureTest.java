package org.siarchive.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.siarchive.examples.ArchitectureRules;

/**
 * The seam rules of examples' {@code ArchitectureTest}, applied with this module's main classes on
 * the class path: no package cycle, no other module's internal package, and nothing of examples
 * (which the tests use for the single-machine commands) in main code.
 */
class SparkArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = ArchitectureRules.mainClasses();
  }

  @Test
  void mainClasses_includeThisModule() {
    assertThat(classes.containPackage("org.siarchive.spark")).isTrue();
    assertThat(classes.containPackage("org.siarchive.spark.internal")).isTrue();
  }

  @Test
  void everySeamRule_holdsWithThisModuleIncluded() {
    for (ArchRule rule : ArchitectureRules.all(ArchitectureRules.ROOT)) {
      rule.check(classes);
    }
  }
}
