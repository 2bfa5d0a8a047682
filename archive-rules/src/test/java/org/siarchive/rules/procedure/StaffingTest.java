package org.siarchive.rules.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.siarchive.core.transfer.LifecycleTable;
import org.siarchive.core.transfer.Person;
import org.siarchive.core.transfer.Role;
import org.siarchive.core.transfer.Roster;

/** The first person on the roster who holds the role and is staff of the right site. */
class StaffingTest {
  private static final Staffing STAFFING =
      Staffing.firstOnRoster(
          new Roster(
              List.of(
                  new Person("x1", "Assistant", Set.of(Role.ARCHIVE_ASSISTANT), "SC01"),
                  new Person("s1", "Sub-centre acceptance", Set.of(Role.ACCEPTANCE_POST), "SC01"),
                  new Person("c1", "Acceptance", Set.of(Role.ACCEPTANCE_POST), null),
                  new Person("c2", "Acceptance 2", Set.of(Role.ACCEPTANCE_POST), null),
                  new Person("l2", "Leader SC02", Set.of(Role.SUPERVISING_LEADER), "SC02"),
                  new Person("l1", "Leader SC01", Set.of(Role.SUPERVISING_LEADER), "SC01"))));

  @Test
  void person_isTheFirstHolderOfTheRoleAtTheSite() {
    assertThat(STAFFING.person(Role.ACCEPTANCE_POST, "SC01", LifecycleTable.Staff.CENTER))
        .isEqualTo("c1");
    assertThat(STAFFING.person(Role.ACCEPTANCE_POST, "SC01", LifecycleTable.Staff.SUB_CENTER))
        .isEqualTo("s1");
    assertThat(STAFFING.person(Role.SUPERVISING_LEADER, "SC01", LifecycleTable.Staff.SUB_CENTER))
        .isEqualTo("l1");
    assertThat(STAFFING.person(Role.SUPERVISING_LEADER, "SC02", LifecycleTable.Staff.SUB_CENTER))
        .isEqualTo("l2");
  }

  @Test
  void person_nobodyForTheRole_isRefusedNamingRoleAndSite() {
    assertThatThrownBy(() -> STAFFING.person(Role.DIGITISER, "SC01", LifecycleTable.Staff.CENTER))
        .hasMessage("Invalid value for roster (a DIGITISER of the archive centre): none");
    assertThatThrownBy(
            () -> STAFFING.person(Role.SUPERVISING_LEADER, "SC09", LifecycleTable.Staff.SUB_CENTER))
        .hasMessage("Invalid value for roster (a SUPERVISING_LEADER of SC09): none");
  }
}
