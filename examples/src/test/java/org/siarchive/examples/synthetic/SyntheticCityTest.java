package org.siarchive.examples.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.siarchive.core.json.ArchiveJson;
import org.siarchive.core.model.Volume;

class SyntheticCityTest {
  private static final SyntheticCity CITY = SyntheticCity.of(42L);

  @Test
  void volume_isAPureFunctionOfSeedAndIndex() {
    assertThat(ArchiveJson.writeVolume(CITY.volume(123).volume()))
        .isEqualTo(ArchiveJson.writeVolume(SyntheticCity.of(42L).volume(123).volume()));
    assertThat(CITY.volume(123).volume()).isNotEqualTo(SyntheticCity.of(43L).volume(123).volume());
  }

  @Test
  void volumes_haveUniqueIdsAndComeFromAllSixteenSubCentres() {
    List<Volume> volumes = CITY.volumes(3000).map(SyntheticVolume::volume).toList();
    assertThat(volumes.stream().map(Volume::id).distinct().count()).isEqualTo(3000);
    assertThat(volumes.stream().map(Volume::subCenterId).distinct().count()).isEqualTo(16);
    assertThat(CITY.subCenters()).hasSize(16);
  }

  @Test
  void cleanVolumes_haveAgreeingViews() {
    CITY.volumes(2000)
        .filter(sv -> !sv.isDefective())
        .map(SyntheticVolume::volume)
        .forEach(
            v -> {
              assertThat(v.items()).as(v.id()).hasSameSizeAs(v.catalogue());
              assertThat(v.paperPageCount())
                  .as(v.id())
                  .isEqualTo(v.registeredPageCount())
                  .isEqualTo(v.images().size());
              assertThat(v.items().get(0).mainForm()).as(v.id()).isTrue();
              v.catalogue().forEach(e -> assertThat(e.parsedDate()).as(v.id()).isPresent());
              v.catalogue().forEach(e -> assertThat(e.parsedArchivalCode()).as(v.id()).isPresent());
            });
  }

  @Test
  void defectRates_differBySubCentre_asTheirQualityFactors() {
    Map<String, Double> rate =
        CITY.volumes(20_000)
            .collect(
                Collectors.groupingBy(
                    sv -> sv.volume().subCenterId(),
                    Collectors.averagingDouble(sv -> sv.isDefective() ? 1 : 0)));
    // 和平 (factor 0.4) is far cleaner than 蓟州 (factor 3.0).
    assertThat(rate.get("SC01")).isLessThan(0.06);
    assertThat(rate.get("SC16")).isGreaterThan(0.15);
    double overall =
        rate.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    assertThat(overall).isBetween(0.05, 0.2);
  }

  @Test
  void everyMutationsCodes_areSeededSomewhereInACity() {
    assertThat(CITY.volumes(20_000).flatMap(sv -> sv.seeded().stream()).distinct())
        .containsExactlyInAnyOrderElementsOf(
            java.util.Arrays.stream(Mutation.values())
                .flatMap(m -> m.codes().stream())
                .distinct()
                .toList());
  }

  @Test
  void everyMutation_changesACleanVolume_andKeepsItValid() {
    List<Volume> clean =
        CITY.volumes(3000).filter(sv -> !sv.isDefective()).map(SyntheticVolume::volume).toList();
    for (Mutation m : Mutation.values()) {
      Volume broken =
          clean.stream()
              .map(v -> m.apply(v, new SplittableRandom(1)))
              .flatMap(java.util.Optional::stream)
              .findFirst()
              .orElseThrow(() -> new AssertionError(m.name()));
      assertThat(clean).as(m.name()).doesNotContain(broken);
      assertThat(ArchiveJson.readVolume(ArchiveJson.writeVolume(broken)))
          .as(m.name())
          .isEqualTo(broken);
      assertThat(m.codes()).as(m.name()).isNotEmpty().isSorted();
    }
  }

  @Test
  void of_yearOutOfRange_isRefused() {
    assertThatThrownBy(() -> SyntheticCity.of(1, 1900))
        .hasMessage("Invalid value for year (valid values 1950 - 2099): 1900");
  }
}
