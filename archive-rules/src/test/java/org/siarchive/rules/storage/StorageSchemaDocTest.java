package org.siarchive.rules.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The worked example of STORAGE-SCHEMA.md decodes and the planner answers what the document says.
 */
class StorageSchemaDocTest {

  static StorageNetwork example() throws Exception {
    String doc = Files.readString(Path.of("STORAGE-SCHEMA.md"));
    Matcher m = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(doc);
    assertThat(m.find()).as("a ```json example").isTrue();
    return StorageFile.read(
        new ByteArrayInputStream(m.group(1).getBytes(StandardCharsets.UTF_8)), "STORAGE-SCHEMA.md");
  }

  @Test
  void documentedExample_decodesInVolumesAndRanksAsDocumented() throws Exception {
    StorageNetwork n = example();
    assertThat(n.unit()).isEqualTo(StorageUnit.BOXES);
    assertThat(n.intake().volumesPerMonth()).isEqualTo(120);
    assertThat(n.stacks().free()).isEqualTo(500);
    assertThat(n.disposals().count("CENTRE", YearMonth.of(2026, 9))).isEqualTo(200);
    StorageStatus s = StoragePlanner.status(n, n.asOf());
    RoomStatus first = s.rooms().get(0);
    assertThat(first.id()).isEqualTo("SC02-A");
    assertThat(first.occupied()).isEqualTo(1700);
    assertThat(first.capacity()).isEqualTo(2000);
    assertThat(first.monthsUntilFull()).hasValue(3);
    assertThat(first.rank()).isEqualTo(1);
    assertThat(first.reason()).isEqualTo(Pressure.BOTH);
    RoomStatus second = s.rooms().get(1);
    assertThat(second.id()).isEqualTo("SC01-A");
    assertThat(second.fill().compareTo(FillRatio.of(95, 100))).isZero();
    assertThat(second.monthsUntilFull()).hasValue(5);
    assertThat(second.reason()).isEqualTo(Pressure.FILL);
  }

  @Test
  void documentedExample_planOverSixMonths_beatsTheNaivePlanAsDocumented() throws Exception {
    StorageNetwork n = example();
    StoragePlan p = StoragePlanner.plan(n, 6);
    assertThat(p.isFeasible()).isTrue();
    assertThat(p.optimal().peak()).isEqualTo(FillRatio.of(967, 1000));
    assertThat(p.optimal().peakRoom()).isEqualTo("SC01-A");
    assertThat(p.optimal().transferred()).isEqualTo(699);
    assertThat(p.optimal().overflows()).isEmpty();
    assertThat(p.naive().months().get(0).transfers())
        .containsExactly(java.util.Map.entry("SC01-A", 120L));
    assertThat(p.naive().peak()).isEqualTo(FillRatio.of(2010, 2000));
    assertThat(p.naive().overflows())
        .containsExactly(new Overflow("SC02-A", YearMonth.of(2026, 12), 10));
    assertThat(p.naive().stacksFull()).hasValue(YearMonth.of(2026, 12));
    assertThat(p.minimalIntake()).hasValue(100);
    assertThat(p.naive().months().get(1).fill().get("SC02-A").occupied())
        .as("July 1850, then +150 formed, -10 disposed, -120 sent")
        .isEqualTo(1870);
  }

  @Test
  void documentedExample_writesBackToAnEqualNetwork() throws Exception {
    StorageNetwork n = example();
    String json = StorageFile.write(n);
    StorageNetwork back =
        StorageFile.read(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "written");
    assertThat(back).isEqualTo(n);
    assertThat(StorageFile.write(back)).isEqualTo(json);
  }
}
