package org.siarchive.examples;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;

/**
 * The seams of DESIGN.md §2 as ArchUnit rules over the packages under a root: {@code org.siarchive}
 * for the real modules, a fixture root for the tests that prove each rule fails ({@code
 * ArchitectureRulesTest}). A module is the first package segment under the root ({@code core},
 * {@code rules}, {@code sampling}, {@code examples}, {@code benchmarks}); an internal package is
 * one with a segment {@code internal}.
 *
 * <p>Shared through examples' test-jar so that benchmarks, the one module that sees every other
 * module's main classes, applies the same rules to itself ({@code BenchmarksArchitectureTest}).
 */
public final class ArchitectureRules {
  /** The root package of the real modules. */
  public static final String ROOT = "org.siarchive";

  private ArchitectureRules() {}

  /**
   * The main classes of every siarchive module on the class path: test classes (directories and
   * test-jars, such as archive-core's shared fixtures) are left out.
   */
  public static JavaClasses mainClasses() {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(
            location -> !location.matches(java.util.regex.Pattern.compile(".*-tests\\.jar.*")))
        .importPackages(ROOT);
  }

  /**
   * No package cycle among the packages under the root, public type and internal helper included,
   * with no dependency ignored.
   */
  public static ArchRule noPackageCycles(String root) {
    return slices()
        .matching(root + ".(**)")
        .should()
        .beFreeOfCycles()
        .as("main code has no package cycles (under " + root + ")");
  }

  /**
   * A class of an {@code internal} package is used only by classes of its own module, or of a
   * module its {@code module-info} exports that package to by name (a qualified export, such as
   * core's strict binding for rules).
   */
  public static ArchRule internalOnlyInsideItsModule(String root) {
    List<ModuleDescriptor> modules = descriptorsOnTheClassPath();
    return classes()
        .that()
        .resideInAPackage(root + "..")
        .should(usesInternalPackagesOfItsOwnModuleOnly(root, modules))
        .allowEmptyShould(true)
        .as("an internal package is used only inside its own module (under " + root + ")");
  }

  /**
   * Retention and quality meet only through the named API types of each other's exported packages:
   * neither uses the other's internal packages.
   */
  public static ArchRule retentionAndQualityMeetOnlyThroughApi(String root) {
    String retention = root + ".rules.retention..";
    String quality = root + ".rules.quality..";
    return CompositeArchRule.of(
            noClasses()
                .that()
                .resideInAPackage(quality)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(root + ".rules.retention..internal..")
                .allowEmptyShould(true))
        .and(
            noClasses()
                .that()
                .resideInAPackage(retention)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(root + ".rules.quality..internal..")
                .allowEmptyShould(true))
        .as("retention and quality meet only through API types (under " + root + ")");
  }

  /** Benchmarks may use the synthetic city of examples and nothing else of examples. */
  public static ArchRule benchmarksUseOnlyTheSyntheticCity(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + ".benchmarks..")
        .should()
        .dependOnClassesThat(
            resideInAPackage(root + ".examples..")
                .and(
                    describe(
                        "outside the synthetic city",
                        (JavaClass c) ->
                            !c.getPackageName().equals(root + ".examples.synthetic")
                                && !c.getPackageName().startsWith(root + ".examples.synthetic."))))
        .allowEmptyShould(true)
        .as("benchmarks use nothing of examples but the synthetic city (under " + root + ")");
  }

  /** No module but benchmarks uses examples; examples uses no benchmark. */
  public static ArchRule nothingElseUsesExamples(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + "..")
        .and()
        .resideOutsideOfPackages(root + ".examples..", root + ".benchmarks..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(root + ".examples..")
        .allowEmptyShould(true)
        .as("no module but benchmarks uses examples (under " + root + ")");
  }

  /** Every seam rule, for a module that applies them all. */
  public static ArchRule[] all(String root) {
    return new ArchRule[] {
      noPackageCycles(root),
      internalOnlyInsideItsModule(root),
      retentionAndQualityMeetOnlyThroughApi(root),
      benchmarksUseOnlyTheSyntheticCity(root),
      nothingElseUsesExamples(root)
    };
  }

  /** The module of a package under the root: its first segment, or "" for the root itself. */
  static String module(String root, String packageName) {
    if (!packageName.startsWith(root + ".")) {
      return "";
    }
    String rest = packageName.substring(root.length() + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  static boolean isInternal(String packageName) {
    return Arrays.asList(packageName.split("\\.")).contains("internal");
  }

  /** The descriptors of the named modules on the class path, read from their module-info.class. */
  static List<ModuleDescriptor> descriptorsOnTheClassPath() {
    List<ModuleDescriptor> modules = new ArrayList<>();
    try {
      Enumeration<URL> found =
          ArchitectureRules.class.getClassLoader().getResources("module-info.class");
      while (found.hasMoreElements()) {
        try (InputStream in = found.nextElement().openStream()) {
          modules.add(ModuleDescriptor.read(in));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return modules;
  }

  /**
   * Whether the module holding {@code targetPackage} exports it, by name, to the module holding
   * {@code originPackage}. Unnamed code (examples, benchmarks, fixtures) is never such a module.
   */
  static boolean exportedByNameTo(
      List<ModuleDescriptor> modules, String targetPackage, String originPackage) {
    Optional<ModuleDescriptor> origin =
        modules.stream().filter(m -> m.packages().contains(originPackage)).findFirst();
    Optional<ModuleDescriptor> target =
        modules.stream().filter(m -> m.packages().contains(targetPackage)).findFirst();
    return origin.isPresent()
        && target.isPresent()
        && target.get().exports().stream()
            .anyMatch(
                e -> e.source().equals(targetPackage) && e.targets().contains(origin.get().name()));
  }

  private static ArchCondition<JavaClass> usesInternalPackagesOfItsOwnModuleOnly(
      String root, List<ModuleDescriptor> modules) {
    return new ArchCondition<>("use internal packages of their own module only") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        String from = module(root, origin.getPackageName());
        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
          String target = d.getTargetClass().getPackageName();
          if (isInternal(target)
              && !module(root, target).isEmpty()
              && !module(root, target).equals(from)
              && !exportedByNameTo(modules, target, origin.getPackageName())) {
            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
          }
        }
      }
    };
  }
}
