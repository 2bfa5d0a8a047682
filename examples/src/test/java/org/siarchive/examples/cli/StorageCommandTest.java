package org.siarchive.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siarchive.examples.synthetic.SyntheticCity;
import org.siarchive.examples.synthetic.SyntheticRooms;
import org.siarchive.rules.storage.StorageFile;
import org.siarchive.rules.storage.StorageNetwork;
import org.siarchive.rules.storage.StoragePlanner;

class StorageCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private Path rooms;

  @BeforeEach
  void writeRooms() {
    rooms = dir.resolve("rooms.json");
    CliRun run =
        CliRun.of(
            "generate",
            "--volumes",
            "1",
            "--seed",
            "7",
            "--out",
            dir.resolve("v.jsonl").toString(),
            "--rooms",
            rooms.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("wrote the storage rooms (16 stores");
  }

  private static List<String> keys(JsonNode n) {
    List<String> k = new ArrayList<>();
    n.fieldNames().forEachRemaining(k::add);
    return k;
  }

  @Test
  void generateRooms_isByteIdenticalForTheSameSeed_andDiffersForAnother() throws IOException {
    Path again = dir.resolve("again.json");
    Path other = dir.resolve("other.json");
    CliRun.of(
        "generate",
        "--volumes",
        "1",
        "--seed",
        "7",
        "--out",
        dir.resolve("w.jsonl").toString(),
        "--rooms",
        again.toString());
    CliRun.of(
        "generate",
        "--volumes",
        "1",
        "--seed",
        "8",
        "--out",
        dir.resolve("x.jsonl").toString(),
        "--rooms",
        other.toString());
    assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(rooms));
    assertThat(Files.readAllBytes(other)).isNotEqualTo(Files.readAllBytes(rooms));
    StorageNetwork n = StorageFile.read(rooms);
    assertThat(n).isEqualTo(SyntheticRooms.of(SyntheticCity.of(7)));
    assertThat(n.stores()).hasSize(16);
    assertThat(n.stores().stream().map(s -> s.capacity()).distinct().count())
        .as("different sizes")
        .isEqualTo(16);
    assertThat(n.stores())
        .allSatisfy(s -> assertThat(s.history().size()).isEqualTo(SyntheticRooms.HISTORY_MONTHS));
  }

  @Test
  void statusJson_hasExactlyTheContractKeys_inRankOrder() throws IOException {
    CliRun run = CliRun.of("storage", "status", "--rooms", rooms.toString(), "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode doc = JSON.readTree(run.out());
    assertThat(keys(doc)).containsExactly("rooms");
    assertThat(doc.get("rooms")).hasSize(16);
    int rank = 0;
    for (JsonNode r : doc.get("rooms")) {
      assertThat(keys(r))
          .containsExactly(
              "id",
              "subCenter",
              "capacity",
              "occupied",
              "fill",
              "monthsUntilFull",
              "rank",
              "reason");
      assertThat(r.get("rank").asInt()).isEqualTo(++rank);
      assertThat(r.get("reason").asText()).isIn("fill", "growth", "both", "none");
      assertThat(
              r.get("fill")
                  .decimalValue()
                  .compareTo(
                      java.math.BigDecimal.valueOf(r.get("occupied").asLong())
                          .divide(
                              java.math.BigDecimal.valueOf(r.get("capacity").asLong()),
                              4,
                              java.math.RoundingMode.HALF_EVEN)))
          .isZero();
    }
  }

  @Test
  void statusAsOfLater_projectsWithoutTransfers_andEarlierIsAUsageError() throws IOException {
    JsonNode now =
        JSON.readTree(CliRun.of("storage", "status", "--rooms", rooms.toString(), "--json").out());
    CliRun later =
        CliRun.of("storage", "status", "--rooms", rooms.toString(), "--as-of", "2025-03", "--json");
    assertThat(later.exit()).as(later.err()).isZero();
    JsonNode l = JSON.readTree(later.out());
    long before = 0;
    long after = 0;
    for (JsonNode r : now.get("rooms")) {
      before += r.get("occupied").asLong();
    }
    for (JsonNode r : l.get("rooms")) {
      after += r.get("occupied").asLong();
    }
    assertThat(after).isGreaterThan(before);
    CliRun earlier =
        CliRun.of("storage", "status", "--rooms", rooms.toString(), "--as-of", "2024-11");
    assertThat(earlier.exit()).isEqualTo(2);
    assertThat(earlier.err()).contains("--as-of").contains("2024-11");
    assertThat(
            CliRun.of("storage", "status", "--rooms", rooms.toString(), "--as-of", "2024-13")
                .exit())
        .isEqualTo(2);
  }

  @Test
  void planJson_hasExactlyTheContractKeys_andAgreesWithTheLibrary() throws IOException {
    CliRun run =
        CliRun.of("storage", "plan", "--rooms", rooms.toString(), "--horizon", "12", "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode doc = JSON.readTree(run.out());
    assertThat(keys(doc))
        .containsExactly(
            "feasible", "peakFill", "minimalIntake", "naivePeakFill", "months", "overflows");
    assertThat(doc.get("months")).hasSize(12);
    for (JsonNode m : doc.get("months")) {
      assertThat(keys(m)).containsExactly("month", "transfers", "fill");
      assertThat(m.get("fill")).hasSize(17);
    }
    assertThat(doc.get("months").get(0).get("month").asText()).isEqualTo("2025-01");
    for (JsonNode o : doc.get("overflows")) {
      assertThat(keys(o)).containsExactly("room", "month", "excess");
    }
    var plan = StoragePlanner.plan(StorageFile.read(rooms), 12);
    assertThat(doc.get("peakFill").decimalValue())
        .isEqualByComparingTo(plan.optimal().peak().toDecimal(4));
    assertThat(doc.get("naivePeakFill").decimalValue())
        .isEqualByComparingTo(plan.naive().peak().toDecimal(4));
    assertThat(doc.get("feasible").asBoolean()).isEqualTo(plan.isFeasible());
    assertThat(doc.get("minimalIntake").asLong()).isEqualTo(plan.minimalIntake().getAsLong());
  }

  @Test
  void planWithASmallIntake_reportsOverflowsAndTheLeastIntakeThatAvoidsThem() throws IOException {
    JsonNode doc =
        JSON.readTree(
            CliRun.of(
                    "storage",
                    "plan",
                    "--rooms",
                    rooms.toString(),
                    "--horizon",
                    "24",
                    "--intake",
                    "200",
                    "--json")
                .out());
    assertThat(doc.get("feasible").asBoolean()).isFalse();
    assertThat(doc.get("overflows").size()).isPositive();
    long least = doc.get("minimalIntake").asLong();
    assertThat(least).isGreaterThan(200);
    JsonNode at =
        JSON.readTree(
            CliRun.of(
                    "storage",
                    "plan",
                    "--rooms",
                    rooms.toString(),
                    "--horizon",
                    "24",
                    "--intake",
                    Long.toString(least),
                    "--json")
                .out());
    assertThat(at.get("feasible").asBoolean()).isTrue();
    assertThat(at.get("overflows")).isEmpty();
    JsonNode below =
        JSON.readTree(
            CliRun.of(
                    "storage",
                    "plan",
                    "--rooms",
                    rooms.toString(),
                    "--horizon",
                    "24",
                    "--intake",
                    Long.toString(least - 1),
                    "--json")
                .out());
    assertThat(below.get("feasible").asBoolean()).isFalse();
  }

  @Test
  void planHtml_isOneSelfContainedPageWithAChartPerRoom() throws IOException {
    Path html = dir.resolve("plan.html");
    CliRun run =
        CliRun.of(
            "storage",
            "plan",
            "--rooms",
            rooms.toString(),
            "--horizon",
            "12",
            "--html",
            html.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("naive (fullest store first)").contains("HTML: " + html);
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(page).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    assertThat(page.split("<svg ", -1)).hasSize(18);
    assertThat(page.replace("xmlns=\"http://www.w3.org/2000/svg\"", ""))
        .doesNotContain("http:", "https:", "<script", "<link");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void badRoomsFile_namesFilePointerAndValue_andMissingFileIsAUsageError() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(
        bad,
        Files.readString(rooms).replaceFirst("\"volumesPerUnit\" : 5", "\"volumesPerUnit\" : 0"));
    CliRun run = CliRun.of("storage", "plan", "--rooms", bad.toString(), "--horizon", "3");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains(bad.toString()).contains("/volumesPerUnit").endsWith(": 0\n");
    CliRun missing = CliRun.of("storage", "status", "--rooms", dir.resolve("nope.json").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("--rooms");
    assertThat(CliRun.of("storage", "plan", "--rooms", rooms.toString(), "--horizon", "0").exit())
        .isEqualTo(2);
  }

  @Test
  void demo_endsWithTheStoragePlan() throws IOException {
    Path out = dir.resolve("demo");
    CliRun run = CliRun.of("demo", "--volumes", "200", "--out", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    String text = run.out();
    assertThat(text.indexOf("7. Storage pressure")).isGreaterThan(text.indexOf("6. Transfer"));
    assertThat(text.substring(text.indexOf("7. Storage pressure")))
        .contains("naive (fullest store first)");
    assertThat(out.resolve("rooms.json")).exists();
    assertThat(out.resolve("storage-plan.html")).exists();
  }
}
