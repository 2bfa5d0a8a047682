package org.siarchive.rules.procedure;

import java.util.Locale;
import java.util.Objects;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.transfer.LifecycleTable;
import org.siarchive.core.transfer.Person;
import org.siarchive.core.transfer.Role;
import org.siarchive.core.transfer.Roster;

/**
 * Who takes a procedure's actions: for a role, the batch's sub-centre and whose staff take the
 * action (the lifecycle table's {@link LifecycleTable.Staff}), the id of a person on the roster.
 * The lifecycle table still decides whether that person may: a staffing that names the wrong person
 * gets a refusal, never a bypass.
 *
 * <pre>{@code
 * Staffing staffing = Staffing.firstOnRoster(roster);
 * staffing.person(Role.SUPERVISING_LEADER, "SC01", LifecycleTable.Staff.SUB_CENTER);
 * }</pre>
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface Staffing {
  /**
   * The person who takes an action.
   *
   * @param role the role the lifecycle table names first for the action
   * @param subCenter the batch's sub-centre
   * @param staff whose staff take the action
   * @return a person id
   */
  String person(Role role, String subCenter, LifecycleTable.Staff staff);

  /**
   * {@return the first person on the roster who holds the role and is staff of the site: of the
   * batch's sub-centre, or of the archive centre (no sub-centre)}
   *
   * @param roster the roster, whose people are looked at in its order
   * @throws InvalidValueException from {@link #person} when the roster has nobody for the role
   */
  static Staffing firstOnRoster(Roster roster) {
    Objects.requireNonNull(roster, "roster");
    return (role, subCenter, staff) ->
        roster.people().stream()
            .filter(p -> p.holds(role))
            .filter(
                p ->
                    staff == LifecycleTable.Staff.CENTER
                        ? p.isCentreStaff()
                        : subCenter.equals(p.subCenter()))
            .map(Person::id)
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidValueException(
                        "roster",
                        String.format(
                            Locale.ROOT,
                            "a %s of %s",
                            role,
                            staff == LifecycleTable.Staff.CENTER
                                ? "the archive centre"
                                : subCenter),
                        "none"));
  }
}
