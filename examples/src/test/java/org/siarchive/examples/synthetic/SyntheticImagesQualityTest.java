package org.siarchive.examples.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.quality.ImageFolder;
import org.siarchive.rules.quality.Suite;

/**
 * The renderer and the image checks agree: over rendered volumes of a city, the checks of stage
 * {@code all}, reading the files, find every seeded defect (the city's and the images' own) and
 * report nothing that was not seeded. Small pages (A7) keep it to seconds.
 */
class SyntheticImagesQualityTest {
  private static final CheckContext RECORDS =
      CheckContext.builder(CityProfile.RULES)
          .clock(Clock.fixed(Instant.parse("2026-06-01T08:00:00Z"), ZoneOffset.UTC))
          .retention(CityProfile.SCHEDULE)
          .build();

  private static void write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1L, 20201026L, 987654321L})
  void renderedVolumes_everySeededImageDefectFound_andNothingElse(long seed, @TempDir Path dir)
      throws IOException {
    SyntheticCity city = SyntheticCity.of(seed);
    SyntheticImages images = SyntheticImages.of(seed).paper(74, 105);
    ImageFolder folder = ImageFolder.of(dir);
    CheckContext context = RECORDS.toBuilder().imageFiles(folder).build();
    Suite all = Suite.from(context);
    assertThat(all.notPerformed(context)).isEmpty();

    List<String> disagreements = new ArrayList<>();
    Set<SyntheticImages.ImageDefect> seen = EnumSet.noneOf(SyntheticImages.ImageDefect.class);
    int imageDefects = 0;
    for (int i = 0; i < 25; i++) {
      SyntheticVolume before = city.volume(i);
      SyntheticVolume sv = images.render(before, folder, SyntheticImagesQualityTest::write);
      TreeSet<DefectCode> found = new TreeSet<>();
      for (Defect d : all.check(sv.volume(), context)) {
        found.add(d.code());
      }
      if (!found.equals(new TreeSet<>(sv.seeded()))) {
        disagreements.add(sv.volume().id() + " seeded " + sv.seeded() + " found " + found);
      }
      for (SyntheticImages.ImageDefect d : SyntheticImages.ImageDefect.values()) {
        if (!before.seeded().containsAll(d.codes()) && sv.seeded().containsAll(d.codes())) {
          seen.add(d);
          imageDefects++;
        }
      }
    }
    assertThat(disagreements).as("seed %d", seed).isEmpty();
    assertThat(imageDefects).as("volumes with an image defect, seed %d", seed).isGreaterThan(3);
    assertThat(seen).as("kinds seeded, seed %d", seed).hasSizeGreaterThanOrEqualTo(3);
  }
}
