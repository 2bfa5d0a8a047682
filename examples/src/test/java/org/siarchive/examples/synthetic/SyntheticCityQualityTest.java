package org.siarchive.examples.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.model.Volume;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.quality.Suite;

/**
 * The generator and the checks agree: in a generated city, the checks of stage {@code all} find
 * every seeded defect and report nothing that was not seeded.
 */
class SyntheticCityQualityTest {
  private static final CheckContext CONTEXT =
      CheckContext.builder(CityProfile.RULES)
          .clock(Clock.fixed(Instant.parse("2026-06-01T08:00:00Z"), ZoneOffset.UTC))
          .retention(CityProfile.SCHEDULE)
          .build();
  private static final Suite ALL = Suite.from(CONTEXT);

  private static TreeSet<DefectCode> found(Volume v) {
    TreeSet<DefectCode> codes = new TreeSet<>();
    for (Defect d : ALL.check(v, CONTEXT)) {
      codes.add(d.code());
    }
    return codes;
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1L, 20201026L, 987654321L})
  void stageAll_findsEverySeededDefect_andNothingElse(long seed) {
    SyntheticCity city = SyntheticCity.of(seed);
    List<String> disagreements = new ArrayList<>();
    int defective = 0;
    for (int i = 0; i < 2000; i++) {
      SyntheticVolume sv = city.volume(i);
      defective += sv.isDefective() ? 1 : 0;
      TreeSet<DefectCode> found = found(sv.volume());
      if (!found.equals(new TreeSet<>(sv.seeded()))) {
        disagreements.add(sv.volume().id() + " seeded " + sv.seeded() + " found " + found);
      }
    }
    assertThat(disagreements).as("seed %d", seed).isEmpty();
    assertThat(defective).isBetween(100, 400);
  }

  @Test
  void everyMutation_onEveryCleanVolumeItApplies_yieldsExactlyItsCodes() {
    SyntheticCity city = SyntheticCity.of(5L);
    List<Volume> clean =
        city.volumes(600).filter(sv -> !sv.isDefective()).map(SyntheticVolume::volume).toList();
    List<String> disagreements = new ArrayList<>();
    int applied = 0;
    for (Mutation m : Mutation.values()) {
      SplittableRandom r = new SplittableRandom(m.ordinal());
      int mine = 0;
      for (Volume v : clean) {
        var broken = m.apply(v, r);
        if (broken.isPresent()) {
          mine++;
          TreeSet<DefectCode> found = found(broken.get());
          if (!found.equals(new TreeSet<>(m.codes()))) {
            disagreements.add(m + " on " + v.id() + " found " + found);
          }
        }
      }
      assertThat(mine).as("%s applies somewhere", m).isPositive();
      applied += mine;
    }
    assertThat(disagreements).isEmpty();
    assertThat(applied).isGreaterThan(Mutation.values().length * 50);
  }
}
