package org.siarchive.rules.quality;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.defect.Location;
import org.siarchive.core.defect.Severity;
import org.siarchive.core.model.PageImage;
import org.siarchive.core.model.Volume;

/**
 * A named set of checks and the codes it looks for: the suite of a stage, or one a host composes.
 * Running a suite on a volume runs its checks in order and turns their reports into {@link Defect}s
 * with the severity the catalogue in force gives each code; reports of codes the suite does not
 * look for are dropped. The defects of a volume come in check order, then in the order each check
 * reported them, so a run is reproducible.
 *
 * <p>Immutable and thread-safe: one suite checks many volumes on many threads.
 *
 * <pre>{@code
 * Suite preAcceptance = Suite.from(context);  // the context's stage, e.g. pre-acceptance
 * List<Defect> defects = preAcceptance.check(volume, context);
 *
 * Suite mine = Suite.of("host", BuiltInChecks.all()).plus(myCheck);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Suite {
  private final String name;
  private final List<Check> checks;
  private final Set<DefectCode> codes;

  private Suite(String name, List<Check> checks, Set<DefectCode> codes) {
    this.name = name;
    this.checks = checks;
    this.codes = codes;
  }

  /**
   * {@return the suite of the context's stage over the built-in checks: the checks that can report
   * a code the stage looks for in the context's catalogue, reporting only those codes} The stage
   * and the catalogue are the context's, so the codes a suite looks for and the severities its
   * defects carry come from one catalogue.
   *
   * <pre>{@code
   * CheckContext context = CheckContext.builder(rules).stage(Stage.PRE_ACCEPTANCE).build();
   * List<Defect> defects = Suite.from(context).check(volume, context);
   * }</pre>
   *
   * @param context the context whose stage and catalogue decide the checks and codes; {@link
   *     Stage#ALL} keeps every check and every code
   */
  public static Suite from(CheckContext context) {
    return from(context, BuiltInChecks.all());
  }

  /**
   * {@return the suite of the context's stage over given checks, with the stage's codes from the
   * context's catalogue}
   *
   * @param context the context whose stage and catalogue decide the checks and codes; {@link
   *     Stage#ALL} keeps every check and every code
   * @param checks the candidate checks, in running order
   */
  public static Suite from(CheckContext context, List<? extends Check> checks) {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(checks, "checks");
    Stage stage = context.stage();
    Set<DefectCode> stageCodes = context.catalogue().codesFor(stage);
    List<Check> selected = new ArrayList<>();
    Set<DefectCode> reported = new LinkedHashSet<>();
    for (Check c : List.copyOf(checks)) {
      boolean any = false;
      for (DefectCode code : c.codes()) {
        if (stage == Stage.ALL || stageCodes.contains(code)) {
          reported.add(code);
          any = true;
        }
      }
      if (any) {
        selected.add(c);
      }
    }
    return new Suite(stage.id(), List.copyOf(selected), Collections.unmodifiableSet(reported));
  }

  /**
   * {@return a suite of the given checks reporting every code they declare}
   *
   * @param name a name for reports, 1 to 64 characters
   * @param checks the checks, in the order they run
   * @throws IllegalArgumentException when two checks share an id
   */
  public static Suite of(String name, List<? extends Check> checks) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank() || name.length() > 64) {
      throw new IllegalArgumentException(
          "Invalid value for name (1 - 64 characters, not blank): " + name);
    }
    List<Check> list = List.copyOf(checks);
    Set<String> ids = new LinkedHashSet<>();
    Set<DefectCode> reported = new LinkedHashSet<>();
    for (Check c : list) {
      if (!ids.add(c.id())) {
        throw new IllegalArgumentException(
            String.format(Locale.ROOT, "Invalid value for checks (unique ids): %s twice", c.id()));
      }
      reported.addAll(c.codes());
    }
    return new Suite(name, list, Collections.unmodifiableSet(reported));
  }

  /**
   * {@return this suite with one more check, reporting all its codes}
   *
   * @param check the check, run after the others
   */
  public Suite plus(Check check) {
    Objects.requireNonNull(check, "check");
    List<Check> list = new ArrayList<>(checks);
    list.add(check);
    Suite s = of(name, list);
    Set<DefectCode> reported = new LinkedHashSet<>(codes);
    reported.addAll(check.codes());
    return new Suite(name, s.checks, Collections.unmodifiableSet(reported));
  }

  /**
   * {@return this suite reporting only the given codes, without the checks that report none of
   * them}
   *
   * @param only the codes to report
   */
  public Suite restrictedTo(Set<DefectCode> only) {
    Objects.requireNonNull(only, "only");
    Set<DefectCode> reported = new LinkedHashSet<>(codes);
    reported.retainAll(only);
    List<Check> list = new ArrayList<>();
    for (Check c : checks) {
      if (!Collections.disjoint(c.codes(), reported)) {
        list.add(c);
      }
    }
    return new Suite(name, List.copyOf(list), Collections.unmodifiableSet(reported));
  }

  /** {@return the suite's name, e.g. {@code "pre-acceptance"}} */
  public String name() {
    return name;
  }

  /** {@return the checks, in running order} */
  public List<Check> checks() {
    return checks;
  }

  /** {@return the codes the suite looks for} */
  public Set<DefectCode> codes() {
    return codes;
  }

  /**
   * {@return the checks the context does not allow to be performed (e.g. the digest check without
   * files)}
   *
   * @param context the context the suite would run in
   */
  public List<Check> notPerformed(CheckContext context) {
    Objects.requireNonNull(context, "context");
    List<Check> list = new ArrayList<>();
    for (Check c : checks) {
      if (!c.performedWith(context)) {
        list.add(c);
      }
    }
    return List.copyOf(list);
  }

  /**
   * Checks a volume.
   *
   * @param volume the volume
   * @param context the context the checks run in
   * @return the defects found, in check order; empty for a clean volume
   * @throws IllegalStateException when a check reports a code it does not declare or the catalogue
   *     in force does not have
   */
  public List<Defect> check(Volume volume, CheckContext context) {
    Inspection inspection = Inspection.of(volume, context);
    Collector collector = new Collector(volume.id(), context.catalogue());
    for (Check c : checks) {
      if (c.performedWith(context)) {
        collector.current = c;
        c.check(inspection, collector);
      }
    }
    return collector.done();
  }

  /**
   * Checks one image as the audit post does when it is made: runs the suite's {@link ImageCheck}s
   * on it, against the volume as it stands.
   *
   * @param volume the volume so far (its catalogue, paper and the images made before)
   * @param image the new image
   * @param context the context the checks run in
   * @return the defects of the image
   */
  public List<Defect> checkImage(Volume volume, PageImage image, CheckContext context) {
    Objects.requireNonNull(image, "image");
    Inspection inspection = Inspection.of(volume, context);
    Collector collector = new Collector(volume.id(), context.catalogue());
    for (Check c : checks) {
      if (c instanceof ImageCheck ic && c.performedWith(context)) {
        collector.current = c;
        ic.checkImage(inspection, image, collector);
      }
    }
    return collector.done();
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "Suite[%s, %d checks, %d codes]", name, checks.size(), codes.size());
  }

  /** Turns reports into defects: filters by the suite's codes, adds the catalogue's severity. */
  private final class Collector implements Findings {
    private final String volumeId;
    private final DefectCatalogue catalogue;
    private final List<Defect> defects = new ArrayList<>();
    private Check current;

    // current is set before each check runs, so before any report.
    @SuppressWarnings("NullAway.Init")
    Collector(String volumeId, DefectCatalogue catalogue) {
      this.volumeId = volumeId;
      this.catalogue = catalogue;
    }

    @Override
    public void report(DefectCode code, Location location, Map<String, String> arguments) {
      if (!current.codes().contains(code)) {
        throw new IllegalStateException(
            String.format(
                Locale.ROOT,
                "check %s reported %s, which it does not declare",
                current.id(),
                code));
      }
      if (!location.volumeId().equals(volumeId)) {
        throw new IllegalStateException(
            String.format(
                Locale.ROOT,
                "check %s reported a location in volume %s while checking %s",
                current.id(),
                location.volumeId(),
                volumeId));
      }
      if (!codes.contains(code)) {
        return;
      }
      defects.add(new Defect(code, severityOf(code), location, arguments));
    }

    private Severity severityOf(DefectCode code) {
      return catalogue
          .type(code)
          .orElseThrow(
              () ->
                  new IllegalStateException(
                      String.format(
                          Locale.ROOT,
                          "check %s reported %s, which %s does not have",
                          current.id(),
                          code,
                          catalogue.label())))
          .severity();
    }

    List<Defect> done() {
      return defects.isEmpty() ? List.of() : List.copyOf(defects);
    }
  }
}
