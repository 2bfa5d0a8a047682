package org.siarchive.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siarchive.sampling.selection.SamplingRecord;

/** The {@code siarchive transfer run} and {@code siarchive handover} contracts of issue 10. */
class TransferRunCommandTest {
  @TempDir Path dir;
  private Path volumes;
  private Path roster;
  private Path ledger;

  @BeforeEach
  void generate() {
    volumes = dir.resolve("city.jsonl");
    roster = dir.resolve("roster.json");
    ledger = dir.resolve("ledger.jsonl");
    CliRun gen =
        CliRun.of(
            "generate",
            "--volumes",
            "300",
            "--seed",
            "11",
            "--out",
            volumes.toString(),
            "--roster",
            roster.toString());
    assertThat(gen.exit()).as(gen.err()).isZero();
  }

  private CliRun run(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "transfer",
                "run",
                "--phase",
                "2",
                "--volumes",
                volumes.toString(),
                "--roster",
                roster.toString(),
                "--ledger",
                ledger.toString(),
                "--seed",
                "11"));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void run_phase2_printsOneBatchPerSubCenter_withReDerivableSupervisionDraws() throws IOException {
    Path policy = dir.resolve("policy.json");
    Files.writeString(policy, "{\"preAcceptanceRatio\": \"0.5\", \"maxRounds\": 6}");
    Path handedOver = dir.resolve("handed-over.jsonl");
    CliRun r = run("--policy", policy.toString(), "--handed-over", handedOver.toString(), "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode doc = CliJson.mapper().readTree(r.out());
    assertThat(doc.fieldNames()).toIterable().containsExactly("batches");
    assertThat(doc.get("batches")).hasSize(16);
    List<String> all =
        Files.readAllLines(volumes).stream()
            .map(l -> l.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1"))
            .toList();
    int stored = 0;
    for (JsonNode b : doc.get("batches")) {
      assertThat(b.fieldNames())
          .toIterable()
          .containsExactly(
              "batch",
              "subCenter",
              "state",
              "returns",
              "rectificationRounds",
              "supervisionSample",
              "handOver");
      String batch = b.get("batch").asText();
      String sc = b.get("subCenter").asText();
      assertThat(batch).isEqualTo(sc + "-2024-1");
      if (!b.get("state").asText().equals("STORED")) {
        continue;
      }
      stored++;
      List<String> population = all.stream().filter(id -> id.startsWith(sc + "-")).toList();
      JsonNode s = b.get("supervisionSample");
      assertThat(s.get("seed").asText()).isEqualTo("11/supervision/" + batch);
      int n = population.size();
      assertThat(s.get("size").asInt()).isEqualTo((5 * n + 99) / 100);
      List<String> selected = new ArrayList<>();
      s.get("selected").forEach(x -> selected.add(x.asText()));
      assertThat(selected)
          .isEqualTo(
              SamplingRecord.draw(
                      s.get("seed").asText(), population, n * 5 / 100 + (n * 5 % 100 > 0 ? 1 : 0))
                  .selected());
      assertThat(b.get("handOver").get("batch").asText()).isEqualTo(batch);
    }
    assertThat(stored).isGreaterThanOrEqualTo(12);
    assertThat(CliRun.of("transfer", "verify", "--ledger", ledger.toString()).exit()).isZero();

    // The hand-over form of a stored batch: authentic with the handed-over records, not with the
    // records before rectification when they differ.
    JsonNode first = null;
    for (JsonNode b : doc.get("batches")) {
      if (b.get("state").asText().equals("STORED")) {
        first = b;
        break;
      }
    }
    String batch = first.get("batch").asText();
    Path html = dir.resolve("form.html");
    CliRun form =
        CliRun.of(
            "handover",
            "--ledger",
            ledger.toString(),
            "--batch",
            batch,
            "--volumes",
            handedOver.toString(),
            "--json",
            "--html",
            html.toString());
    assertThat(form.exit()).as(form.err()).isZero();
    JsonNode f = CliJson.mapper().readTree(form.out());
    assertThat(f.fieldNames())
        .toIterable()
        .containsExactly(
            "batch",
            "subCenter",
            "volumes",
            "items",
            "pages",
            "images",
            "bytes",
            "digest",
            "fourProperties",
            "treeHead",
            "signatures");
    assertThat(f.get("digest").fieldNames()).toIterable().containsExactly("algorithm", "value");
    assertThat(f.get("fourProperties").fieldNames())
        .toIterable()
        .containsExactly("authenticity", "integrity", "usability", "security");
    assertThat(f.get("fourProperties").get("authenticity").get("result").asText())
        .isEqualTo("passed");
    assertThat(f.get("fourProperties").get("security").get("result").asText())
        .isEqualTo("not performed");
    assertThat(f.get("digest")).isEqualTo(first.get("handOver").get("digest"));
    assertThat(f.get("signatures").get(0).fieldNames())
        .toIterable()
        .containsExactly("role", "person", "time");
    assertThat(Files.readString(html))
        .contains("电子档案移交与接收登记表")
        .contains("@media print")
        .doesNotContain("http://")
        .doesNotContain("https://");
  }

  @Test
  void handover_missingRecords_failsIntegrity_andAnUnknownBatchIsAUsageError() throws IOException {
    assertThat(run().exit()).isZero();
    Path one = dir.resolve("one.jsonl");
    Files.write(one, Files.readAllLines(volumes).subList(0, 1));
    CliRun partial =
        CliRun.of(
            "handover",
            "--ledger",
            ledger.toString(),
            "--batch",
            "SC01-2024-1",
            "--volumes",
            one.toString(),
            "--json");
    assertThat(partial.exit()).isEqualTo(1);
    assertThat(
            CliJson.mapper()
                .readTree(partial.out())
                .get("fourProperties")
                .get("integrity")
                .get("result")
                .asText())
        .isEqualTo("failed");
    CliRun unknown =
        CliRun.of(
            "handover",
            "--ledger",
            ledger.toString(),
            "--batch",
            "NOPE",
            "--volumes",
            volumes.toString());
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("Invalid value for option '--batch'").contains("NOPE");

    byte[] records = Files.readAllBytes(volumes);
    CliRun overInput =
        CliRun.of(
            "handover",
            "--ledger",
            ledger.toString(),
            "--batch",
            "SC01-2024-1",
            "--volumes",
            volumes.toString(),
            "--html",
            volumes.toString());
    assertThat(overInput.exit()).isEqualTo(2);
    assertThat(overInput.err()).contains("an output never replaces an input");
    assertThat(Files.readAllBytes(volumes)).isEqualTo(records);
  }

  @Test
  void run_handedOverNamingAnInput_isAUsageError_beforeAnythingIsReadOrWritten()
      throws IOException {
    Path policy = dir.resolve("policy.json");
    Files.writeString(policy, "{\"maxRounds\": 2}");
    byte[] city = Files.readAllBytes(volumes);
    byte[] people = Files.readAllBytes(roster);
    // The same file however spelled: through a "." segment.
    Path sameCity = dir.resolve(".").resolve("city.jsonl");
    for (String[] input :
        List.of(
            new String[] {"--volumes", sameCity.toString()},
            new String[] {"--roster", roster.toString()},
            new String[] {"--ledger", ledger.toString()},
            new String[] {"--policy", policy.toString()})) {
      CliRun r = run("--policy", policy.toString(), "--handed-over", input[1]);
      assertThat(r.exit()).as(input[0]).isEqualTo(2);
      assertThat(r.err())
          .as(input[0])
          .contains("--handed-over")
          .contains("is the input " + input[0])
          .contains("never replaces an input");
    }
    assertThat(Files.readAllBytes(volumes)).isEqualTo(city);
    assertThat(Files.readAllBytes(roster)).isEqualTo(people);
    assertThat(Files.readString(policy)).isEqualTo("{\"maxRounds\": 2}");
    assertThat(ledger).doesNotExist();
  }

  @Test
  void run_handedOver_replacesTheFileWhole_orLeavesNoneWhenItCannotBeWritten() throws IOException {
    Path handedOver = dir.resolve("handed-over.jsonl");
    Files.writeString(handedOver, "an older file\n");
    CliRun r = run("--handed-over", handedOver.toString(), "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(handedOver);
    assertThat(lines).hasSize(300);
    for (String line : lines) {
      assertThat(CliJson.mapper().readTree(line).path("id").asText()).isNotEmpty();
    }
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }

    // Into a folder that does not exist: a failure, and no file, whole or part, is left.
    Path missing = dir.resolve("no-such-folder").resolve("handed-over.jsonl");
    CliRun failed = run("--handed-over", missing.toString());
    assertThat(failed.exit()).isEqualTo(1);
    assertThat(failed.err()).contains("handed-over.jsonl");
    assertThat(missing.getParent()).doesNotExist();
  }

  @Test
  void run_badPolicyKey_namesTheKey_andPhase3IsAUsageError() throws IOException {
    Path policy = dir.resolve("policy.json");
    Files.writeString(policy, "{\"ratio\": 0.1}");
    CliRun bad = run("--policy", policy.toString());
    assertThat(bad.exit()).isNotZero();
    assertThat(bad.err()).contains("/ratio");
    CliRun phase3 = phase(3);
    assertThat(phase3.exit()).isEqualTo(2);
    assertThat(phase3.err()).contains("--phase").contains("1 or 2").contains(": 3");
  }

  @Test
  void run_phase1_refusesPhase2SettingsAndARecheckRatioOutsideTheArticlesRange()
      throws IOException {
    Path policy = dir.resolve("policy.json");
    Files.writeString(policy, "{\"supervisionRatio\": \"0.05\"}");
    CliRun phase2Key = phase(1, "--policy", policy.toString());
    assertThat(phase2Key.exit()).isEqualTo(1);
    assertThat(phase2Key.err())
        .contains("/supervisionRatio")
        .contains("spotCheckRatio, recheckRatio, maxRounds");
    Files.writeString(policy, "{\"recheckRatio\": \"0.35\"}");
    CliRun tooMuch = phase(1, "--policy", policy.toString());
    assertThat(tooMuch.exit()).isEqualTo(1);
    assertThat(tooMuch.err()).contains("/recheckRatio").contains("0.10 - 0.30").contains("0.35");
  }

  @Test
  void run_phase1_carriesEveryBatchToStorage_withReDerivableSpotCheckAndRecheckDraws()
      throws IOException {
    Path policy = dir.resolve("policy.json");
    Files.writeString(policy, "{\"recheckRatio\": \"0.30\", \"maxRounds\": 8}");
    CliRun r = phase(1, "--policy", policy.toString(), "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode doc = CliJson.mapper().readTree(r.out());
    assertThat(doc.get("batches")).hasSize(16);
    List<String> all =
        Files.readAllLines(volumes).stream()
            .map(l -> l.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1"))
            .toList();
    int stored = 0;
    int missed = 0;
    int drawn = 0;
    for (JsonNode b : doc.get("batches")) {
      assertThat(b.fieldNames())
          .toIterable()
          .containsExactly(
              "batch",
              "subCenter",
              "state",
              "returns",
              "rectificationRounds",
              "supervisionSample",
              "handOver",
              "spotCheckSample",
              "recheckSample",
              "accepted",
              "rejectedAtAcceptance",
              "missedByAcceptance",
              "acceptanceMissRate",
              "digitisationRounds");
      String batch = b.get("batch").asText();
      String sc = b.get("subCenter").asText();
      assertThat(b.get("supervisionSample").isNull()).isTrue();
      List<String> population = all.stream().filter(id -> id.startsWith(sc + "-")).toList();
      int n = population.size();
      JsonNode spot = b.get("spotCheckSample");
      assertThat(spot.get("seed").asText()).isEqualTo("11/spot-check/" + batch);
      assertThat(selected(spot))
          .isEqualTo(
              SamplingRecord.draw("11/spot-check/" + batch, population, (5 * n + 99) / 100)
                  .selected());
      List<String> rejected = new ArrayList<>();
      b.get("rejectedAtAcceptance").forEach(x -> rejected.add(x.asText()));
      List<String> accepted = population.stream().filter(id -> !rejected.contains(id)).toList();
      assertThat(b.get("accepted").asInt()).isEqualTo(accepted.size());
      JsonNode re = b.get("recheckSample");
      int k = (30 * accepted.size() + 99) / 100;
      assertThat(re.get("seed").asText()).isEqualTo("11/re-check/" + batch);
      assertThat(re.get("size").asInt()).isEqualTo(k);
      assertThat(selected(re))
          .isEqualTo(SamplingRecord.draw("11/re-check/" + batch, accepted, k).selected());
      missed += b.get("missedByAcceptance").asInt();
      drawn += k;
      JsonNode rate = b.get("acceptanceMissRate");
      assertThat(rate.get("rate").asDouble())
          .isEqualTo((double) b.get("missedByAcceptance").asInt() / k);
      assertThat(rate.get("lower").asDouble()).isLessThanOrEqualTo(rate.get("rate").asDouble());
      assertThat(rate.get("upper").asDouble()).isGreaterThanOrEqualTo(rate.get("rate").asDouble());
      if (b.get("state").asText().equals("STORED")) {
        stored++;
        if (!rejected.isEmpty() || b.get("missedByAcceptance").asInt() > 0) {
          // The quality analysis report sent the defects back once.
          assertThat(b.get("returns").asInt()).isEqualTo(1);
        }
        assertThat(
                b.get("handOver").get("fourProperties").get("authenticity").get("result").asText())
            .isEqualTo("passed");
      }
    }
    assertThat(stored).isGreaterThanOrEqualTo(12);
    // The misses the re-checks found are among the volumes they drew (no more than drawn).
    assertThat(missed).isBetween(0, drawn);
    assertThat(CliRun.of("transfer", "verify", "--ledger", ledger.toString()).exit()).isZero();
  }

  private static List<String> selected(JsonNode sample) {
    List<String> out = new ArrayList<>();
    sample.get("selected").forEach(x -> out.add(x.asText()));
    return out;
  }

  private CliRun phase(int phase, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "transfer",
                "run",
                "--phase",
                Integer.toString(phase),
                "--volumes",
                volumes.toString(),
                "--roster",
                roster.toString(),
                "--ledger",
                ledger.toString(),
                "--seed",
                "11"));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }
}
