package org.siarchive.rules.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.model.CatalogEntry;
import org.siarchive.core.model.Volume;
import org.siarchive.rules.quality.CleanVolumes;
import org.siarchive.rules.quality.Stage;

/**
 * A pool judged by the real suites: a clean volume is found at no stage, a volume without its
 * images at some; the truth comes from the source's defects; pages are the registered pages; the
 * found share counts the defective volumes a stage's suite finds.
 */
class CityPoolTest {

  private static VolumeSource source(List<Volume> volumes, List<List<DefectCode>> defects) {
    return new VolumeSource() {
      @Override
      public int size() {
        return volumes.size();
      }

      @Override
      public Volume volume(int index) {
        return volumes.get(index);
      }

      @Override
      public List<DefectCode> defects(int index) {
        return defects.get(index);
      }
    };
  }

  private static int registered(Volume v) {
    return v.catalogue().stream().mapToInt(CatalogEntry::registeredPages).sum();
  }

  @Test
  void of_judgesEachVolumeByTheSuiteOfEveryStage() {
    Volume clean = CleanVolumes.of(0, 1);
    Volume imageless = CleanVolumes.of(1, 2).withImages(List.of());
    List<DefectCode> missing = List.of(DefectCode.of("HOST_IMAGES_MISSING"));
    CityPool pool =
        CityPool.of(
            source(List.of(clean, imageless), List.of(List.of(), missing)),
            CleanVolumes.CONTEXT,
            500);
    SimulatedVolume a = pool.volumes().get(0);
    SimulatedVolume b = pool.volumes().get(1);
    assertThat(a.id()).isEqualTo(clean.id());
    assertThat(a.subCenterId()).isEqualTo(clean.subCenterId());
    assertThat(a.category()).isEqualTo(clean.businessType().toString());
    assertThat(a.defective()).isFalse();
    assertThat(a.foundAt()).isEmpty();
    assertThat(a.pages()).isEqualTo(registered(clean)).isPositive();
    assertThat(b.defective()).isTrue();
    assertThat(b.foundAt()).isNotEmpty();
    assertThat(b.pages()).isEqualTo(registered(imageless));
    assertThat(pool.volumesPerYear()).isEqualTo(500);
  }

  @Test
  void of_takesOneVolumeOrMoreAndACountOfOneOrMore() {
    assertThatThrownBy(() -> CityPool.of(source(List.of(), List.of()), CleanVolumes.CONTEXT, 10))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for source.size (1 or more): 0");
    Volume clean = CleanVolumes.of(2, 3);
    assertThat(
            CityPool.of(source(List.of(clean), List.of(List.of())), CleanVolumes.CONTEXT, 10)
                .volumes())
        .hasSize(1);
    List<SimulatedVolume> one = List.of(TestCity.sound("SC01", 0, 1));
    assertThat(CityPool.of(one, 1).volumesPerYear()).isEqualTo(1);
    assertThatThrownBy(() -> CityPool.of(one, 0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for volumesPerYear (1 or more): 0");
    assertThatThrownBy(() -> CityPool.of(List.of(), 1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for volumes (1 or more): none");
  }

  @Test
  void foundShare_isTheShareOfDefectiveVolumesTheStagesSuiteFinds() {
    // 4 defective volumes, 3 found at pre-acceptance (one of them also at supervision), 1 found
    // nowhere; a sound volume found at pre-acceptance (a false alarm) does not count.
    CityPool pool =
        CityPool.of(
            List.of(
                TestCity.defective("SC01", 0, 1, Stage.PRE_ACCEPTANCE),
                TestCity.defective("SC01", 1, 1, Stage.PRE_ACCEPTANCE, Stage.SUPERVISION),
                TestCity.defective("SC01", 2, 1, Stage.PRE_ACCEPTANCE),
                TestCity.defective("SC01", 3, 1),
                new SimulatedVolume(
                    "SC01-4",
                    "SC01",
                    "PENSION/REGISTRATION",
                    1,
                    false,
                    EnumSet.of(Stage.PRE_ACCEPTANCE))),
            10);
    assertThat(pool.foundShare(Stage.PRE_ACCEPTANCE)).isEqualTo(0.75);
    assertThat(pool.foundShare(Stage.SUPERVISION)).isEqualTo(0.25);
    assertThat(pool.foundShare(Stage.ALL)).isZero();
    CityPool sound = CityPool.of(List.of(TestCity.sound("SC01", 0, 1)), 10);
    assertThat(sound.foundShare(Stage.ALL)).isZero();
  }
}
