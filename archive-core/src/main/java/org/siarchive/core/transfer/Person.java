package org.siarchive.core.transfer;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.id.Masking;

/**
 * One person on a {@link Roster}: an id, a name, the roles held and the sub-centre whose staff the
 * person is, or none for the archive centre's staff. Immutable and thread-safe.
 *
 * <pre>{@code
 * Person p = new Person("p01", "王芳", Set.of(Role.ARCHIVIST), "SC01");
 * p.isCentreStaff();   // false
 * }</pre>
 *
 * @param id the person's id, 1 to 40 of {@code [A-Za-z0-9._-]}
 * @param name the name, 1 to 100 characters
 * @param roles the roles held, at least one
 * @param subCenter the sub-centre's id, or null for the archive centre's staff
 * @since 0.1.0
 */
@JsonPropertyOrder({"id", "name", "roles", "subCenter"})
public record Person(
    @JsonProperty(required = true) @NotNull @Pattern(regexp = ID) String id,
    @JsonProperty(required = true) @NotBlank @Size(max = 100) String name,
    @JsonProperty(required = true) @NotNull @Size(min = 1, max = 9) Set<@NotNull Role> roles,
    @JsonProperty(required = true)
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Pattern(regexp = SUB_CENTER)
        String subCenter) {

  /** The form of a person id. */
  public static final String ID = "[A-Za-z0-9._-]{1,40}";

  /** The form of a sub-centre id. */
  public static final String SUB_CENTER = "[A-Za-z0-9._-]{1,40}";

  /**
   * Validates the person and copies the roles.
   *
   * @param id the person's id, 1 to 40 of {@code [A-Za-z0-9._-]}
   * @param name the name, 1 to 100 characters
   * @param roles the roles held, at least one
   * @param subCenter the sub-centre's id, or null for the archive centre's staff
   */
  public Person {
    Objects.requireNonNull(id, "id");
    if (!id.matches(ID)) {
      throw new InvalidValueException("id", "1 to 40 of [A-Za-z0-9._-]", Masking.quoted(id));
    }
    Objects.requireNonNull(name, "name");
    if (name.isBlank() || name.length() > 100) {
      throw new InvalidValueException(
          "name", "1 to 100 characters, not blank", Masking.quoted(name));
    }
    Objects.requireNonNull(roles, "roles");
    if (roles.isEmpty()) {
      throw new InvalidValueException("roles", "at least one role", "[]");
    }
    roles = java.util.Collections.unmodifiableSet(EnumSet.copyOf(roles));
    if (subCenter != null && !subCenter.matches(SUB_CENTER)) {
      throw new InvalidValueException(
          "subCenter", "1 to 40 of [A-Za-z0-9._-], or null", Masking.quoted(subCenter));
    }
  }

  /** {@return true for the archive centre's staff (no sub-centre)} */
  @JsonIgnore
  public boolean isCentreStaff() {
    return subCenter == null;
  }

  /** {@return the sub-centre, empty for the archive centre's staff} */
  public Optional<String> subCenterId() {
    return Optional.ofNullable(subCenter);
  }

  /**
   * {@return true when the person holds the role}
   *
   * @param role the role
   */
  public boolean holds(Role role) {
    return roles.contains(role);
  }

  /** {@return the roles in their declared order, for messages and events} */
  public java.util.List<Role> sortedRoles() {
    return EnumSet.copyOf(roles).stream().toList();
  }
}
