package org.siarchive.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FoundationCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void generate_isByteIdenticalForTheSameSeed_andWritesTruth() throws IOException {
    Path a = dir.resolve("a.jsonl");
    Path b = dir.resolve("b.jsonl");
    Path truth = dir.resolve("truth.json");
    CliRun run =
        CliRun.of(
            "generate",
            "--volumes",
            "300",
            "--seed",
            "7",
            "--out",
            a.toString(),
            "--truth",
            truth.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(
            CliRun.of("generate", "--volumes", "300", "--seed", "7", "--out", b.toString()).exit())
        .isZero();
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    assertThat(Files.readAllLines(a)).hasSize(300);
    JsonNode t = JSON.readTree(truth.toFile());
    assertThat(t.size()).isPositive();
    t.fields()
        .forEachRemaining(
            e -> {
              assertThat(e.getKey()).matches("SC\\d\\d-2024-\\d{6}");
              assertThat(e.getValue().isArray()).isTrue();
              assertThat(e.getValue().size()).isPositive();
            });
    assertThat(run.out()).contains("wrote 300 volumes");
  }

  @Test
  void generate_differentSeeds_differ() throws IOException {
    Path a = dir.resolve("a.jsonl");
    Path b = dir.resolve("b.jsonl");
    CliRun.of("generate", "--volumes", "20", "--seed", "1", "--out", a.toString());
    CliRun.of("generate", "--volumes", "20", "--seed", "2", "--out", b.toString());
    assertThat(Files.readAllBytes(a)).isNotEqualTo(Files.readAllBytes(b));
  }

  @Test
  void generate_negativeVolumes_isAUsageError() {
    CliRun run =
        CliRun.of(
            "generate", "--volumes", "-1", "--seed", "1", "--out", dir.resolve("x").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--volumes").contains("-1");
  }

  @Test
  void validate_json_countsAddUp_andNamesEachBadLine() throws IOException {
    Path file = dir.resolve("v.jsonl");
    CliRun.of("generate", "--volumes", "5", "--seed", "3", "--out", file.toString());
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
    lines.add(2, "{\"schemaVersion\":1}");
    lines.add(lines.get(0).replace("\"year\":2024", "\"year\":\"2024\""));
    lines.add("not json");
    Files.write(file, lines, StandardCharsets.UTF_8);
    CliRun run = CliRun.of("validate", file.toString(), "--json");
    assertThat(run.exit()).isEqualTo(1);
    JsonNode doc = JSON.readTree(run.out());
    assertThat(doc.get("read").asInt()).isEqualTo(8);
    assertThat(doc.get("valid").asInt()).isEqualTo(5);
    assertThat(doc.get("rejected").asInt()).isEqualTo(3);
    assertThat(doc.get("errors")).hasSize(3);
    assertThat(doc.get("errors").get(0).get("line").asInt()).isEqualTo(3);
    assertThat(doc.get("errors").get(0).get("pointer").asText()).isEqualTo("/id");
    assertThat(doc.get("errors").get(0).get("message").asText())
        .isEqualTo("missing required property \"id\"");
    assertThat(doc.get("errors").get(1).get("pointer").asText()).isEqualTo("/year");
    assertThat(doc.get("errors").get(2).get("line").asInt()).isEqualTo(8);
  }

  @Test
  void validate_allValid_exitsZero() throws IOException {
    Path file = dir.resolve("v.jsonl");
    CliRun.of("generate", "--volumes", "5", "--seed", "3", "--out", file.toString());
    CliRun run = CliRun.of("validate", file.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("read 5, valid 5, rejected 0");
  }

  @Test
  void validate_missingFile_isAUsageError() {
    CliRun run = CliRun.of("validate", dir.resolve("nope.jsonl").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("nope.jsonl");
  }

  @Test
  void idCheck_valid_json_isMasked() throws IOException {
    CliRun run = CliRun.of("id", "check", "--type", "citizen-id", "11010519491231002X", "--json");
    assertThat(run.exit()).isZero();
    JsonNode doc = JSON.readTree(run.out());
    assertThat(doc.get("type").asText()).isEqualTo("citizen-id");
    assertThat(doc.get("valid").asBoolean()).isTrue();
    assertThat(doc.get("value").asText()).isEqualTo("110105********002X");
    assertThat(doc.get("reason").isNull()).isTrue();
    assertThat(run.out()).doesNotContain("11010519491231002X");
  }

  @Test
  void idCheck_invalid_givesTheReasonWithoutTheNumber() throws IOException {
    CliRun run = CliRun.of("id", "check", "--type", "credit-code", "91350100M000100Y44", "--json");
    assertThat(run.exit()).isEqualTo(1);
    JsonNode doc = JSON.readTree(run.out());
    assertThat(doc.get("valid").asBoolean()).isFalse();
    assertThat(doc.get("value").asText()).isEqualTo("913501********0Y44");
    assertThat(doc.get("reason").asText())
        .isEqualTo("check character does not match the first 17 characters");
    assertThat(run.out() + run.err()).doesNotContain("91350100M000100Y44");
  }

  @Test
  void idCheck_text_isMasked() {
    CliRun run = CliRun.of("id", "check", "--type", "citizen-id", "110105194912310021");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo(
            "citizen-id 110105********0021: invalid: check character does not match the first 17 characters\n");
  }

  @Test
  void idCheck_usageErrors_neverEchoTheNumber() {
    CliRun unknownType = CliRun.of("id", "check", "--type", "passport", "11010519491231002X");
    assertThat(unknownType.exit()).isEqualTo(2);
    assertThat(unknownType.err()).contains("--type").contains("passport");
    CliRun extra =
        CliRun.of(
            "id", "check", "--type", "citizen-id", "11010519491231002X", "440524188001010014");
    assertThat(extra.exit()).isEqualTo(2);
    assertThat(extra.err()).doesNotContain("440524188001010014").contains("440524********0014");
  }

  @Test
  void demo_smallCity_runsEveryStep() throws IOException {
    CliRun run = CliRun.of("demo", "--volumes", "400", "--out", dir.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Generated 400 volumes")
        .contains("read 400, valid 400, rejected 0")
        .contains("seeded defects found: all, and nothing else")
        .contains("4. How much to inspect")
        .contains("pre-acceptance total 40 of 400 volumes")
        .contains("5. Retention")
        .contains("cn-national 2009")
        .contains("8. Phase 2 for every sub-centre")
        .contains("phase 1 beside it, SC01");
    assertThat(dir.resolve("procedure/SC01-phase1-ledger.jsonl")).exists();
    assertThat(
            CliRun.of(
                    "transfer",
                    "verify",
                    "--ledger",
                    dir.resolve("procedure/SC01-phase1-ledger.jsonl").toString())
                .exit())
        .isZero();
    assertThat(dir.resolve("city-2024.jsonl")).exists();
    assertThat(dir.resolve("truth.json")).exists();
    assertThat(dir.resolve("quality-report.html")).exists();
    // A third party re-derives a supervision draw from what the demo wrote.
    CliRun verify =
        CliRun.of(
            "sample",
            "verify",
            dir.resolve("supervision/SC01.json").toString(),
            "--ids",
            dir.resolve("supervision/SC01-ids.txt").toString());
    assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
  }

  @Test
  void everyCommand_hasHelp() {
    for (String[] args :
        List.of(
            new String[] {"--help"},
            new String[] {"demo", "--help"},
            new String[] {"generate", "--help"},
            new String[] {"validate", "--help"},
            new String[] {"id", "check", "--help"})) {
      CliRun run = CliRun.of(args);
      assertThat(run.exit()).as(String.join(" ", args)).isZero();
      assertThat(run.out()).as(String.join(" ", args)).contains("Usage:");
    }
  }
}
