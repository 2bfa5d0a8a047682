package org.siarchive.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.siarchive.examples.ArchitectureRules;

/**
 * The seam rules of examples' {@code ArchitectureTest}, applied where every module's main classes
 * are on the class path, benchmarks included: benchmarks use nothing of examples but the synthetic
 * city, no package cycle and no other module's internal package.
 */
class BenchmarksArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = ArchitectureRules.mainClasses();
  }

  @Test
  void mainClasses_includeBenchmarksAndExamples_withoutTestClasses() {
    assertThat(classes.containPackage("org.siarchive.benchmarks.core")).isTrue();
    assertThat(classes.containPackage("org.siarchive.examples.synthetic")).isTrue();
    assertThat(classes.containPackage("org.siarchive.examples.seamfixture"))
        .as("examples' test-jar")
        .isFalse();
    assertThat(classes.containPackage("org.siarchive.core.testing"))
        .as("core's test-jar")
        .isFalse();
  }

  @Test
  void benchmarks_useNothingOfExamplesButTheSyntheticCity() {
    ArchitectureRules.benchmarksUseOnlyTheSyntheticCity(ArchitectureRules.ROOT).check(classes);
  }

  @Test
  void everySeamRule_holdsWithBenchmarksIncluded() {
    for (ArchRule rule : ArchitectureRules.all(ArchitectureRules.ROOT)) {
      rule.check(classes);
    }
  }
}
