package org.siarchive.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module direction of DESIGN.md §2, enforced on the main classes of every module: sampling
 * knows nothing of archives; core never imports rules; nothing imports examples or benchmarks; no
 * module's main code imports a framework, and picocli only in examples.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.siarchive");
  }

  @Test
  void sampling_dependsOnNoOtherSiarchiveModule() {
    noClasses()
        .that().resideInAPackage("org.siarchive.sampling..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.siarchive.core..", "org.siarchive.rules..", "org.siarchive.examples..", "org.siarchive.benchmarks..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void core_neverImportsRulesExamplesOrBenchmarks() {
    noClasses()
        .that().resideInAPackage("org.siarchive.core..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.siarchive.rules..", "org.siarchive.sampling..", "org.siarchive.examples..", "org.siarchive.benchmarks..")
        .check(classes);
  }

  @Test
  void rules_neverImportsExamplesOrBenchmarks() {
    noClasses()
        .that().resideInAPackage("org.siarchive.rules..")
        .should().dependOnClassesThat().resideInAnyPackage("org.siarchive.examples..", "org.siarchive.benchmarks..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void publishedModules_importNoFramework() {
    noClasses()
        .that().resideInAnyPackage("org.siarchive.core..", "org.siarchive.rules..", "org.siarchive.sampling..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.springframework..", "jakarta.enterprise..", "jakarta.ejb..", "jakarta.inject..", "jakarta.ws..",
            "jakarta.servlet..", "javax.ejb..", "javax.inject..", "io.micronaut..", "io.quarkus..",
            "org.slf4j..", "ch.qos.logback..", "org.apache.logging.log4j..", "org.apache.log4j..",
            "picocli..", "org.openjdk.jmh..")
        .check(classes);
  }

  @Test
  void examples_importNoOtherFramework() {
    noClasses()
        .that().resideInAPackage("org.siarchive.examples..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.springframework..", "jakarta.enterprise..", "io.micronaut..", "io.quarkus..", "ch.qos.logback..",
            "org.apache.logging.log4j..", "org.openjdk.jmh..", "org.siarchive.benchmarks..")
        .check(classes);
  }
}
