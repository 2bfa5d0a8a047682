package org.siarchive.rules.simulation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.transfer.Role;

/**
 * A named configuration of the city's flow: the phase whose lifecycle the batches follow, the
 * article's proposals switched on or off, and the people of any post that differ from the run's
 * {@link Parameters}. Any combination is allowed (a host writes its own in a scenario file, {@link
 * ScenarioFile}). Immutable and thread-safe.
 *
 * <pre>{@code
 * Scenario.standard();   // phase-1, phase-2, phase-2+audit-post, phase-2+flexible-ratios,
 *                        // phase-2+storage-planning
 * Scenario.of("phase-2").withStaff(Role.ACCEPTANCE_POST, 3);
 * }</pre>
 *
 * @param name its name, 1 to 64 characters
 * @param phase 1 (一期: hand-over first, acceptance, re-check, rectification, digitisation) or 2 (二期:
 *     scanning as cases are handled, self-check, pre-acceptance before the paper moves,
 *     supervision, hand-over)
 * @param auditPost whether an audit post (审核岗, §3.1) checks each volume's images as they are made
 *     (phase 2)
 * @param flexibleRatios whether pre-acceptance ratios follow each sub-centre's and category's
 *     problem rate ({@link org.siarchive.rules.inspection.ProblemRatePolicy}, §3.2) instead of a
 *     fixed ratio
 * @param storagePlanning whether collection takes the most pressed stores first, ranked by {@link
 *     org.siarchive.rules.storage.StoragePlanner#status} every batch period (§3.5)
 * @param staff people per site of the posts that differ from the parameters
 * @since 0.1.0
 */
public record Scenario(
    String name,
    int phase,
    boolean auditPost,
    boolean flexibleRatios,
    boolean storagePlanning,
    Map<Role, Integer> staff) {

  /** The name of the baseline the paired differences are taken against. */
  public static final String PHASE_1 = "phase-1";

  /**
   * Validates and copies.
   *
   * @param name its name, 1 to 64 characters
   * @param phase 1 (一期: hand-over first, acceptance, re-check, rectification, digitisation) or 2
   *     (二期: scanning as cases are handled, self-check, pre-acceptance before the paper moves,
   *     supervision, hand-over)
   * @param auditPost whether an audit post (审核岗, §3.1) checks each volume's images as they are made
   *     (phase 2)
   * @param flexibleRatios whether pre-acceptance ratios follow each sub-centre's and category's
   *     problem rate ({@link org.siarchive.rules.inspection.ProblemRatePolicy}, §3.2) instead of a
   *     fixed ratio
   * @param storagePlanning whether collection takes the most pressed stores first, ranked by {@link
   *     org.siarchive.rules.storage.StoragePlanner#status} every batch period (§3.5)
   * @param staff people per site of the posts that differ from the parameters
   */
  public Scenario {
    Objects.requireNonNull(name, "name");
    if (name.isBlank() || name.length() > 64) {
      throw new InvalidValueException("name", "1 - 64 characters, not blank", name);
    }
    if (phase != 1 && phase != 2) {
      throw new InvalidValueException("phase", "1 or 2", Integer.toString(phase));
    }
    Map<Role, Integer> copy = new EnumMap<>(Role.class);
    for (Map.Entry<Role, Integer> e : Objects.requireNonNull(staff, "staff").entrySet()) {
      if (e.getValue() < 1 || e.getValue() > 10_000) {
        throw new InvalidValueException(
            "staff." + e.getKey().name(), "1 - 10000 people", e.getValue().toString());
      }
      copy.put(e.getKey(), e.getValue());
    }
    staff = Map.copyOf(copy);
  }

  /**
   * {@return one of the five standard scenarios by name}
   *
   * @param name {@code phase-1}, {@code phase-2}, {@code phase-2+audit-post}, {@code
   *     phase-2+flexible-ratios} or {@code phase-2+storage-planning}
   * @throws InvalidValueException naming the standard names and the value
   */
  public static Scenario of(String name) {
    return switch (name) {
      case PHASE_1 -> new Scenario(name, 1, false, false, false, Map.of());
      case "phase-2" -> new Scenario(name, 2, false, false, false, Map.of());
      case "phase-2+audit-post" -> new Scenario(name, 2, true, false, false, Map.of());
      case "phase-2+flexible-ratios" -> new Scenario(name, 2, false, true, false, Map.of());
      case "phase-2+storage-planning" -> new Scenario(name, 2, false, false, true, Map.of());
      default ->
          throw new InvalidValueException(
              "scenario",
              "one of phase-1, phase-2, phase-2+audit-post, phase-2+flexible-ratios,"
                  + " phase-2+storage-planning",
              name);
    };
  }

  /** {@return the five standard scenarios, phase 1 first} */
  public static List<Scenario> standard() {
    return List.of(
        of(PHASE_1),
        of("phase-2"),
        of("phase-2+audit-post"),
        of("phase-2+flexible-ratios"),
        of("phase-2+storage-planning"));
  }

  /**
   * {@return this scenario with another name}
   *
   * @param newName the new name, 1 to 64 characters
   */
  public Scenario withName(String newName) {
    return new Scenario(newName, phase, auditPost, flexibleRatios, storagePlanning, staff);
  }

  /**
   * {@return this scenario with a post's people per site set}
   *
   * @param role the post
   * @param people its people per site, 1 to 10000
   */
  public Scenario withStaff(Role role, int people) {
    Map<Role, Integer> s = new EnumMap<>(Role.class);
    s.putAll(staff);
    s.put(role, people);
    return new Scenario(name, phase, auditPost, flexibleRatios, storagePlanning, s);
  }
}
