package org.siarchive.rules.simulation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.internal.ruledata.StrictLoader;
import org.siarchive.core.ruledata.RuleDataException;
import org.siarchive.core.transfer.Role;
import org.siarchive.rules.simulation.internal.ScenariosDocument;

/**
 * A host's scenarios as a JSON file (format version 1), read strictly: unknown properties,
 * duplicate keys and trailing tokens are refused, and every bad value is named by its JSON pointer.
 *
 * <pre>{@code
 * {"formatVersion": 1, "scenarios": [
 *   {"name": "phase-1", "phase": 1},
 *   {"name": "phase-2+audit+flexible", "phase": 2, "auditPost": true, "flexibleRatios": true,
 *    "staff": {"ACCEPTANCE_POST": 3}}]}
 * List<Scenario> list = ScenarioFile.read(Path.of("scenarios.json"));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ScenarioFile {
  private ScenarioFile() {}

  /**
   * Reads a scenario file.
   *
   * @param file the scenario file, UTF-8 JSON
   * @return the scenarios, in the file's order
   * @throws RuleDataException naming the file, the JSON pointer and the value
   * @throws UncheckedIOException when the file cannot be read
   */
  public static List<Scenario> read(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a scenario document.
   *
   * @param in the scenario document's JSON; not closed
   * @param source the file or resource name, for messages
   * @return the scenarios, in the document's order
   * @throws RuleDataException naming the source, the JSON pointer and the value
   */
  public static List<Scenario> read(InputStream in, String source) {
    ScenariosDocument d = StrictLoader.read(in, ScenariosDocument.class, source);
    if (d.formatVersion() != ScenariosDocument.FORMAT_VERSION) {
      throw new RuleDataException(
          source,
          "/formatVersion",
          "the format version this code reads, " + ScenariosDocument.FORMAT_VERSION,
          Integer.toString(d.formatVersion()));
    }
    if (d.scenarios().isEmpty()) {
      throw new RuleDataException(source, "/scenarios", "at least one scenario", "[]");
    }
    List<Scenario> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < d.scenarios().size(); i++) {
      ScenariosDocument.ScenarioDocument s = d.scenarios().get(i);
      String at = "/scenarios/" + i;
      Map<Role, Integer> staff = new EnumMap<>(Role.class);
      if (s.staff() != null) {
        for (Map.Entry<String, Integer> e : s.staff().entrySet()) {
          Role role;
          try {
            role = Role.valueOf(e.getKey());
          } catch (IllegalArgumentException x) {
            throw new RuleDataException(
                source, at + "/staff", "a role, one of " + List.of(Role.values()), e.getKey());
          }
          staff.put(role, e.getValue());
        }
      }
      try {
        out.add(
            new Scenario(
                s.name(),
                s.phase(),
                Boolean.TRUE.equals(s.auditPost()),
                Boolean.TRUE.equals(s.flexibleRatios()),
                Boolean.TRUE.equals(s.storagePlanning()),
                staff));
      } catch (InvalidValueException e) {
        throw new RuleDataException(source, at, String.valueOf(e.getMessage()), null);
      }
      if (!names.add(s.name())) {
        throw new RuleDataException(source, at + "/name", "a name used once", s.name());
      }
    }
    return List.copyOf(out);
  }
}
