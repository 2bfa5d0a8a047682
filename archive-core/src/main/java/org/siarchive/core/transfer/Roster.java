package org.siarchive.core.transfer;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.id.Masking;
import org.siarchive.core.internal.ruledata.StrictLoader;
import org.siarchive.core.json.ArchiveJson;
import org.siarchive.core.ruledata.RuleDataException;

/**
 * The people who take part in transfers and their roles: {@code {"people": [{"id": "p01", "name":
 * "…", "roles": ["ARCHIVIST"], "subCenter": "SC01"}]}}, where {@code subCenter} is null for the
 * archive centre's staff. Read strictly; person ids are unique. Immutable and thread-safe.
 *
 * <pre>{@code
 * Roster roster = Roster.read(Path.of("roster.json"));
 * roster.person("p01").map(Person::roles);
 * }</pre>
 *
 * @param people the people, each id once
 * @since 0.1.0
 */
public record Roster(
    @JsonProperty(required = true) @NotNull @Size(max = 100_000)
        List<@NotNull @Valid Person> people) {

  /**
   * Validates the roster: ids unique.
   *
   * @param people the people, each id once
   */
  public Roster {
    people = List.copyOf(people);
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < people.size(); i++) {
      Integer before = seen.put(people.get(i).id(), i);
      if (before != null) {
        throw new InvalidValueException(
            "people",
            "person ids unique",
            Masking.quoted(people.get(i).id())
                + " at /people/"
                + before
                + "/id and /people/"
                + i
                + "/id");
      }
    }
  }

  /**
   * Reads a roster strictly.
   *
   * @param in the roster's JSON; not closed
   * @param source the file name, for messages
   * @return the roster
   * @throws RuleDataException naming the source, the JSON pointer and the value
   */
  public static Roster read(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    Roster roster = StrictLoader.read(in, Roster.class, source);
    if (roster == null) {
      throw new RuleDataException(source, "", "expected a JSON object, got null", null);
    }
    return roster;
  }

  /**
   * Reads a roster file strictly.
   *
   * @param file the roster file, UTF-8 JSON; its path names it in messages
   * @return the roster
   * @throws RuleDataException naming the file, the JSON pointer and the value
   * @throws UncheckedIOException when the file cannot be read
   */
  public static Roster read(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@return the person with an id}
   *
   * @param id the person's id
   */
  public Optional<Person> person(String id) {
    Objects.requireNonNull(id, "id");
    return people.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** {@return this roster as JSON, in its documented form} */
  public String toJson() {
    return ArchiveJson.write(this);
  }
}
