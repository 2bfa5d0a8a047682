package org.siarchive.rules.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.model.Volume;

class SuiteProperties {
  private static final long SEED = 0x5eed_4L;

  private static Set<DefectCode> codes(List<Defect> defects) {
    return defects.stream().map(Defect::code).collect(Collectors.toCollection(TreeSet::new));
  }

  /** The built-in suite of a stage, in the clean volumes' context. */
  private static Suite suiteOf(Stage stage) {
    return Suite.from(CleanVolumes.CONTEXT.toBuilder().stage(stage).build());
  }

  @Test
  void cleanVolume_hasNoDefects_atAnyStage() {
    qt().withFixedSeed(SEED)
        .withExamples(150)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Volume v = CleanVolumes.fromSeed(seed);
              for (Stage stage : Stage.values()) {
                assertThat(suiteOf(stage).check(v, CleanVolumes.CONTEXT))
                    .as("volume of seed %d at %s", seed, stage)
                    .isEmpty();
              }
            });
  }

  @Test
  void breakingOneThing_yieldsExactlyTheCodesItBreaks() {
    qt().withFixedSeed(SEED)
        .withExamples(600)
        .forAll(longs().all(), integers().between(0, Breakage.ALL.size() - 1))
        .assuming((seed, b) -> Breakage.ALL.get(b).applicable().test(CleanVolumes.fromSeed(seed)))
        .checkAssert(
            (seed, b) -> {
              Breakage breakage = Breakage.ALL.get(b);
              Volume broken = breakage.apply().apply(CleanVolumes.fromSeed(seed));
              assertThat(
                      codes(Suite.from(CleanVolumes.CONTEXT).check(broken, CleanVolumes.CONTEXT)))
                  .as("%s on the volume of seed %d", breakage, seed)
                  .isEqualTo(new TreeSet<>(breakage.expected()));
            });
  }

  @Test
  void stageSuite_reportsExactlyTheStagesCodes_ofWhatAllFinds() {
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(longs().all(), integers().between(0, Breakage.ALL.size() - 1))
        .assuming((seed, b) -> Breakage.ALL.get(b).applicable().test(CleanVolumes.fromSeed(seed)))
        .checkAssert(
            (seed, b) -> {
              Volume broken = Breakage.ALL.get(b).apply().apply(CleanVolumes.fromSeed(seed));
              List<Defect> all =
                  Suite.from(CleanVolumes.CONTEXT).check(broken, CleanVolumes.CONTEXT);
              for (Stage stage : Stage.values()) {
                Set<DefectCode> stageCodes = DefectCatalogue.bundled().codesFor(stage);
                List<Defect> expected =
                    all.stream().filter(d -> stageCodes.contains(d.code())).toList();
                assertThat(suiteOf(stage).check(broken, CleanVolumes.CONTEXT))
                    .as("%s at %s", Breakage.ALL.get(b), stage)
                    .isEqualTo(expected);
              }
            });
  }
}
