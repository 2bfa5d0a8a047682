package org.siarchive.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.lang.module.ModuleDescriptor;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each seam rule of {@link ArchitectureRules} fails on the deliberately bad fixture classes under
 * {@code org.siarchive.examples.seamfixture} and names the offending classes, and passes over the
 * allowed ones: a rule that cannot fail would let {@link ArchitectureTest} pass for nothing.
 */
class ArchitectureRulesTest {
  private static final String FIXTURE = "org.siarchive.examples.seamfixture";
  private static JavaClasses fixtures;

  @BeforeAll
  static void importFixtures() {
    fixtures = new ClassFileImporter().importPackages(FIXTURE);
  }

  private static List<String> violations(ArchRule rule) {
    EvaluationResult result = rule.evaluate(fixtures);
    assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
    return result.getFailureReport().getDetails();
  }

  private static String joined(List<String> details) {
    return String.join("\n", details);
  }

  @Test
  void fixtures_areImported() {
    assertThat(fixtures.containPackage(FIXTURE + ".alpha")).isTrue();
    assertThat(fixtures.containPackage(FIXTURE + ".rules.quality.internal")).isTrue();
  }

  @Test
  void noPackageCycles_reportsTheCycleBetweenTwoPackages() {
    String details = joined(violations(ArchitectureRules.noPackageCycles(FIXTURE)));
    assertThat(details)
        .contains("alpha.A")
        .contains("beta.B")
        .doesNotContain("rules.quality")
        .doesNotContain("benchmarks");
  }

  @Test
  void internalOnlyInsideItsModule_reportsAnotherModuleUsingIt() {
    List<String> details = violations(ArchitectureRules.internalOnlyInsideItsModule(FIXTURE));
    assertThat(joined(details))
        .contains("rules.LeaksCoreInternal")
        .contains("core.internal.Hidden");
    assertThat(joined(details))
        .as("a module's own internal package, and retention/quality inside one module, are allowed")
        .doesNotContain("UsesOwnInternal")
        .doesNotContain("UsesRetentionInternal")
        .doesNotContain("UsesQualityInternal");
  }

  @Test
  void retentionAndQuality_reportsUseOfEachOthersInternals() {
    String details =
        joined(violations(ArchitectureRules.retentionAndQualityMeetOnlyThroughApi(FIXTURE)));
    assertThat(details)
        .contains("rules.quality.UsesRetentionInternal")
        .contains("rules.retention.internal.RetentionHelper")
        .contains("rules.retention.UsesQualityInternal")
        .contains("rules.quality.internal.QualityHelper")
        .doesNotContain("UsesRetentionApi");
  }

  @Test
  void benchmarks_mayUseTheSyntheticCityOnly() {
    String details =
        joined(violations(ArchitectureRules.benchmarksUseOnlyTheSyntheticCity(FIXTURE)));
    assertThat(details).contains("benchmarks.UsesCommand").contains("examples.cli.Command");
    assertThat(details).doesNotContain("benchmarks.UsesCity");
  }

  @Test
  void nothingElseUsesExamples_reportsAModuleUsingTheSyntheticCity() {
    String details = joined(violations(ArchitectureRules.nothingElseUsesExamples(FIXTURE)));
    assertThat(details).contains("rules.UsesCity").contains("examples.synthetic.City");
    assertThat(details).as("benchmarks are allowed the city").doesNotContain("benchmarks.UsesCity");
  }

  @Test
  void internalPackage_exportedByNameToAModule_mayBeUsedThere() {
    List<ModuleDescriptor> modules =
        List.of(
            ModuleDescriptor.newModule("org.siarchive.core")
                .packages(
                    Set.of("org.siarchive.core.internal.binding", "org.siarchive.core.internal"))
                .exports(
                    Set.of(), "org.siarchive.core.internal.binding", Set.of("org.siarchive.rules"))
                .build(),
            ModuleDescriptor.newModule("org.siarchive.rules")
                .packages(Set.of("org.siarchive.rules.material"))
                .build(),
            ModuleDescriptor.newModule("org.siarchive.sampling")
                .packages(Set.of("org.siarchive.sampling"))
                .build());
    assertThat(
            ArchitectureRules.exportedByNameTo(
                modules, "org.siarchive.core.internal.binding", "org.siarchive.rules.material"))
        .isTrue();
    assertThat(
            ArchitectureRules.exportedByNameTo(
                modules, "org.siarchive.core.internal", "org.siarchive.rules.material"))
        .as("not exported")
        .isFalse();
    assertThat(
            ArchitectureRules.exportedByNameTo(
                modules, "org.siarchive.core.internal.binding", "org.siarchive.sampling"))
        .as("exported to another module")
        .isFalse();
    assertThat(
            ArchitectureRules.exportedByNameTo(
                modules, "org.siarchive.core.internal.binding", "org.siarchive.examples.cli"))
        .as("unnamed code")
        .isFalse();
  }

  @Test
  void descriptorsOnTheClassPath_includeThePublishedModules() {
    assertThat(ArchitectureRules.descriptorsOnTheClassPath())
        .extracting(ModuleDescriptor::name)
        .contains("org.siarchive.core", "org.siarchive.rules", "org.siarchive.sampling");
  }

  @Test
  void moduleOfAPackage_isItsFirstSegmentUnderTheRoot() {
    assertThat(ArchitectureRules.module("org.siarchive", "org.siarchive.rules.quality.internal"))
        .isEqualTo("rules");
    assertThat(ArchitectureRules.module("org.siarchive", "org.siarchive.core")).isEqualTo("core");
    assertThat(ArchitectureRules.module("org.siarchive", "org.siarchivex.core")).isEmpty();
    assertThat(ArchitectureRules.isInternal("org.siarchive.sampling.internal.tail")).isTrue();
    assertThat(ArchitectureRules.isInternal("org.siarchive.internalised")).isFalse();
  }
}
