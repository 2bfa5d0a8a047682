package org.siarchive.examples.synthetic;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import org.siarchive.core.model.SubCenter;
import org.siarchive.core.model.Volume;
import org.siarchive.core.transfer.Person;
import org.siarchive.core.transfer.Role;
import org.siarchive.core.transfer.Roster;

/**
 * The synthetic city's roster: at each sub-centre 3 archivists, 2 archive assistants, 2 case
 * handlers, 1 audit post and 2 supervising leaders; at the archive centre (no sub-centre) 3
 * acceptance posts, 2 re-check posts, 2 storage keepers and 2 digitisers. Ids name the site, the
 * role and a number ({@code SC01-ARCHIVIST-1}, {@code AC-ACCEPTANCE_POST-2}); names are synthetic,
 * drawn from the seed. The same seed gives the same roster.
 */
public final class SyntheticRoster {
  private static final String[] FAMILY = {
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"
  };
  private static final String[] GIVEN = {
    "芳", "伟", "娜", "敏", "静", "丽", "强", "磊", "洋", "艳", "勇", "军", "杰", "娟"
  };

  private SyntheticRoster() {}

  /** The roster of the city's sub-centres and archive centre. */
  public static Roster of(SyntheticCity city) {
    Objects.requireNonNull(city, "city");
    SplittableRandom random = new SplittableRandom(city.seed() ^ 0x5EED_0F_9L);
    List<Person> people = new ArrayList<>();
    for (SubCenter sc : city.subCenters()) {
      add(people, random, sc.id(), Role.ARCHIVIST, 3);
      add(people, random, sc.id(), Role.ARCHIVE_ASSISTANT, 2);
      add(people, random, sc.id(), Role.CASE_HANDLER, 2);
      add(people, random, sc.id(), Role.AUDIT_POST, 1);
      add(people, random, sc.id(), Role.SUPERVISING_LEADER, 2);
    }
    add(people, random, null, Role.ACCEPTANCE_POST, 3);
    add(people, random, null, Role.RECHECK_POST, 2);
    add(people, random, null, Role.STORAGE_KEEPER, 2);
    add(people, random, null, Role.DIGITISER, 2);
    return new Roster(people);
  }

  /**
   * The case handler who formed a volume: one of its sub-centre's two, chosen by the volume's id
   * ({@code String.hashCode}, which the JDK specifies), so the same volume always has the same
   * handler.
   */
  public static String caseHandlerOf(Volume volume) {
    Objects.requireNonNull(volume, "volume");
    return id(
        volume.subCenterId(), Role.CASE_HANDLER, 1 + Math.floorMod(volume.id().hashCode(), 2));
  }

  /** The id of the n-th (1-based) holder of a role at a site (null for the archive centre). */
  public static String id(String subCenter, Role role, int n) {
    return String.format(Locale.ROOT, "%s-%s-%d", subCenter == null ? "AC" : subCenter, role, n);
  }

  private static void add(
      List<Person> people, SplittableRandom random, String site, Role role, int count) {
    for (int i = 1; i <= count; i++) {
      String name =
          FAMILY[random.nextInt(FAMILY.length)]
              + GIVEN[random.nextInt(GIVEN.length)]
              + (random.nextBoolean() ? GIVEN[random.nextInt(GIVEN.length)] : "");
      people.add(new Person(id(site, role, i), name, EnumSet.of(role), site));
    }
  }
}
