package org.siarchive.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module direction of DESIGN.md §2, enforced on the main classes of every module: sampling
 * knows nothing of archives; core never imports rules; nothing imports examples or benchmarks; no
 * module's main code imports a framework, and picocli only in examples. The seams of {@link
 * ArchitectureRules} too: no package cycles, internal packages used only inside their module,
 * retention and quality meeting through API types only. Benchmarks are not on this module's class
 * path; {@code BenchmarksArchitectureTest} applies the same rules there.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = ArchitectureRules.mainClasses();
  }

  @Test
  void mainClasses_ofEveryModuleButBenchmarks_withoutTestClasses() {
    for (String p :
        List.of(
            "sampling",
            "core.model",
            "rules.quality",
            "rules.retention.internal",
            "examples.cli")) {
      assertThat(classes.containPackage("org.siarchive." + p)).as(p).isTrue();
    }
    assertThat(classes.containPackage("org.siarchive.core.testing"))
        .as("core's test-jar")
        .isFalse();
    assertThat(classes.containPackage("org.siarchive.examples.seamfixture"))
        .as("fixtures")
        .isFalse();
  }

  @Test
  void mainCode_hasNoPackageCycles() {
    ArchitectureRules.noPackageCycles(ArchitectureRules.ROOT).check(classes);
  }

  @Test
  void internalPackages_areUsedOnlyInsideTheirModule() {
    ArchitectureRules.internalOnlyInsideItsModule(ArchitectureRules.ROOT).check(classes);
  }

  @Test
  void retentionAndQuality_meetOnlyThroughApiTypes() {
    ArchitectureRules.retentionAndQualityMeetOnlyThroughApi(ArchitectureRules.ROOT).check(classes);
  }

  @Test
  void noModuleButBenchmarks_usesExamples() {
    ArchitectureRules.nothingElseUsesExamples(ArchitectureRules.ROOT).check(classes);
  }

  @Test
  void sampling_dependsOnNoOtherSiarchiveModule() {
    noClasses()
        .that()
        .resideInAPackage("org.siarchive.sampling..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.siarchive.core..",
            "org.siarchive.rules..",
            "org.siarchive.examples..",
            "org.siarchive.benchmarks..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void core_neverImportsRulesExamplesOrBenchmarks() {
    noClasses()
        .that()
        .resideInAPackage("org.siarchive.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.siarchive.rules..",
            "org.siarchive.sampling..",
            "org.siarchive.examples..",
            "org.siarchive.benchmarks..")
        .check(classes);
  }

  @Test
  void rules_neverImportsExamplesOrBenchmarks() {
    noClasses()
        .that()
        .resideInAPackage("org.siarchive.rules..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.siarchive.examples..", "org.siarchive.benchmarks..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void publishedModules_importNoFramework() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.siarchive.core..", "org.siarchive.rules..", "org.siarchive.sampling..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..",
            "jakarta.enterprise..",
            "jakarta.ejb..",
            "jakarta.inject..",
            "jakarta.ws..",
            "jakarta.servlet..",
            "javax.ejb..",
            "javax.inject..",
            "io.micronaut..",
            "io.quarkus..",
            "org.slf4j..",
            "ch.qos.logback..",
            "org.apache.logging.log4j..",
            "org.apache.log4j..",
            "picocli..",
            "org.openjdk.jmh..")
        .check(classes);
  }

  @Test
  void examples_importNoOtherFramework() {
    noClasses()
        .that()
        .resideInAPackage("org.siarchive.examples..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..",
            "jakarta.enterprise..",
            "io.micronaut..",
            "io.quarkus..",
            "ch.qos.logback..",
            "org.apache.logging.log4j..",
            "org.openjdk.jmh..",
            "org.siarchive.benchmarks..")
        .check(classes);
  }
}
