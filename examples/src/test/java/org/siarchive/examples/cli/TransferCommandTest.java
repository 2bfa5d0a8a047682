package org.siarchive.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code siarchive transfer} contract: options, JSON keys and exit codes of issue 9. */
class TransferCommandTest {
  @TempDir Path dir;
  private Path ledger;
  private Path roster;

  private static JsonNode json(CliRun run) throws IOException {
    return CliJson.mapper().readTree(run.out());
  }

  @BeforeEach
  void openABatch() throws IOException {
    Path volumes = dir.resolve("all.jsonl");
    roster = dir.resolve("roster.json");
    assertThat(
            CliRun.of(
                    "generate",
                    "--volumes",
                    "40",
                    "--seed",
                    "7",
                    "--out",
                    volumes.toString(),
                    "--roster",
                    roster.toString())
                .exit())
        .isZero();
    List<String> sc01 =
        Files.readAllLines(volumes).stream()
            .filter(l -> l.contains("\"subCenterId\":\"SC01\""))
            .toList();
    Path mine = dir.resolve("sc01.jsonl");
    Files.write(mine, sc01);
    ledger = dir.resolve("ledger.jsonl");
    CliRun open =
        CliRun.of(
            "transfer",
            "open",
            "--ledger",
            ledger.toString(),
            "--roster",
            roster.toString(),
            "--batch",
            "B1",
            "--sub-center",
            "SC01",
            "--phase",
            "2",
            "--volumes",
            mine.toString(),
            "--as",
            "SC01-ARCHIVIST-1",
            "--json");
    assertThat(open.exit()).as(open.err()).isZero();
    JsonNode doc = json(open);
    assertThat(doc.fieldNames())
        .toIterable()
        .containsExactly("batch", "action", "from", "to", "event");
    assertThat(doc.get("to").asText()).isEqualTo("ARRANGED");
    assertThat(doc.get("event").asLong()).isZero();
  }

  private CliRun act(String action, String person, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "transfer",
                "act",
                "--ledger",
                ledger.toString(),
                "--roster",
                roster.toString(),
                "--batch",
                "B1",
                "--action",
                action,
                "--as",
                person));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void act_acceptedAndRefused_followTheContract() throws IOException {
    CliRun ok = act("SELF_CHECK", "SC01-ARCHIVE_ASSISTANT-1", "--note", "all volumes", "--json");
    assertThat(ok.exit()).isZero();
    assertThat(json(ok).get("from").asText()).isEqualTo("ARRANGED");
    assertThat(json(ok).get("event").asLong()).isEqualTo(1);
    CliRun refused = act("REQUEST", "SC01-ARCHIVE_ASSISTANT-1", "--json");
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(json(refused).get("refused").asBoolean()).isTrue();
    assertThat(json(refused).get("reason").asText())
        .isEqualTo(
            "batch B1 (SELF_CHECKED): REQUEST by SC01-ARCHIVE_ASSISTANT-1 [ARCHIVE_ASSISTANT] refused by"
                + " SOD-ASSISTANT-DUTIES: an archive assistant takes only assistant duties (scanning, arranging, helping the"
                + " self-check), never a request, an acceptance or a supervision");
    assertThat(refused.err()).contains("refused by SOD-ASSISTANT-DUTIES");
    Path findings = dir.resolve("findings.json");
    Files.writeString(
        findings, "[{\"code\": \"SEAL_MISSING\"}, {\"code\": \"MAIN_FORM_MISSING\"}]");
    assertThat(act("REQUEST", "SC01-ARCHIVIST-2", "--findings", findings.toString()).exit())
        .isZero();
    assertThat(Files.readAllLines(ledger).get(2))
        .contains("\"findings\":{\"count\":2,\"digest\":\"");
    assertThat(act("FLY", "SC01-ARCHIVIST-2").exit()).isEqualTo(1);
    assertThat(
            CliRun.of(
                    "transfer",
                    "act",
                    "--ledger",
                    ledger.toString(),
                    "--roster",
                    roster.toString(),
                    "--batch",
                    "B9",
                    "--action",
                    "REQUEST",
                    "--as",
                    "SC01-ARCHIVIST-2")
                .exit())
        .isEqualTo(2);
  }

  @Test
  void statusHeadVerifyProveConsistency_printTheContractsKeys() throws IOException {
    act("SELF_CHECK", "SC01-ARCHIVIST-1");
    act("REQUEST", "SC01-ARCHIVIST-1");
    JsonNode status =
        json(CliRun.of("transfer", "status", "--ledger", ledger.toString(), "--json"));
    JsonNode b = status.get("batches").get(0);
    assertThat(b.fieldNames())
        .toIterable()
        .containsExactly("batch", "phase", "subCenter", "state", "volumes", "events");
    assertThat(b.get("state").asText()).isEqualTo("REQUESTED");
    assertThat(b.get("events").asLong()).isEqualTo(3);
    CliRun head = CliRun.of("transfer", "head", "--ledger", ledger.toString(), "--json");
    JsonNode h = json(head);
    assertThat(h.fieldNames()).toIterable().containsExactly("treeSize", "rootHash", "algorithm");
    assertThat(h.get("treeSize").asLong()).isEqualTo(3);
    assertThat(h.get("rootHash").asText()).matches("[0-9a-f]{64}");
    Path published = dir.resolve("head.json");
    Files.writeString(published, head.out());
    CliRun verify =
        CliRun.of(
            "transfer",
            "verify",
            "--ledger",
            ledger.toString(),
            "--against",
            published.toString(),
            "--json");
    assertThat(verify.exit()).isZero();
    assertThat(json(verify).fieldNames())
        .toIterable()
        .containsExactly("valid", "events", "firstBadEvent", "reason", "treeHead");
    JsonNode prove =
        json(
            CliRun.of(
                "transfer", "prove", "--ledger", ledger.toString(), "--event", "1", "--json"));
    assertThat(prove.fieldNames())
        .toIterable()
        .containsExactly("leafIndex", "treeSize", "leafHash", "path", "rootHash");
    assertThat(prove.get("rootHash").asText()).isEqualTo(h.get("rootHash").asText());
    JsonNode consistency =
        json(
            CliRun.of(
                "transfer", "consistency", "--ledger", ledger.toString(), "--from", "1", "--json"));
    assertThat(consistency.fieldNames()).toIterable().containsExactly("from", "to", "path");
    assertThat(consistency.get("to").asLong()).isEqualTo(3);
    CliRun outOfRange =
        CliRun.of("transfer", "prove", "--ledger", ledger.toString(), "--event", "3");
    assertThat(outOfRange.exit()).isEqualTo(2);
    assertThat(outOfRange.err())
        .contains("Invalid value for option '--event' (valid values 0 - 2): 3");
    String l = ledger.toString();
    assertThat(CliRun.of("transfer", "prove", "--ledger", l, "--event", "0", "--tree-size", "4"))
        .satisfies(r -> assertThat(r.exit()).isEqualTo(2))
        .satisfies(
            r ->
                assertThat(r.err())
                    .contains("Invalid value for option '--tree-size' (valid values 1 - 3): 4"));
    assertThat(CliRun.of("transfer", "consistency", "--ledger", l, "--from", "2", "--to", "1"))
        .satisfies(r -> assertThat(r.exit()).isEqualTo(2))
        .satisfies(
            r ->
                assertThat(r.err())
                    .contains("Invalid value for option '--from' (valid values 0 - 1): 2"));
    assertThat(CliRun.of("transfer", "consistency", "--ledger", l, "--from", "0", "--to", "9"))
        .satisfies(r -> assertThat(r.exit()).isEqualTo(2))
        .satisfies(
            r ->
                assertThat(r.err())
                    .contains("Invalid value for option '--to' (valid values 0 - 3): 9"));

    // An edited event is found, and so is a truncation against the published head.
    List<String> lines = Files.readAllLines(ledger, StandardCharsets.UTF_8);
    Files.write(
        ledger,
        List.of(
            lines.get(0).replace("SC01-ARCHIVIST-1", "SC01-ARCHIVIST-3"),
            lines.get(1),
            lines.get(2)));
    CliRun edited = CliRun.of("transfer", "verify", "--ledger", ledger.toString(), "--json");
    assertThat(edited.exit()).isEqualTo(1);
    assertThat(json(edited).get("firstBadEvent").asLong()).isEqualTo(1);
    Files.write(ledger, lines.subList(0, 2));
    CliRun truncated =
        CliRun.of(
            "transfer",
            "verify",
            "--ledger",
            ledger.toString(),
            "--against",
            published.toString(),
            "--json");
    assertThat(truncated.exit()).isEqualTo(1);
    assertThat(json(truncated).get("reason").asText())
        .isEqualTo("truncated: the ledger holds 2 events, the published head 3");
  }

  @Test
  void generate_roster_hasCentreStaffWithNull() throws IOException {
    JsonNode people = CliJson.mapper().readTree(roster.toFile()).get("people");
    assertThat(people.size()).isEqualTo(16 * 10 + 9);
    assertThat(people.get(0).fieldNames())
        .toIterable()
        .containsExactly("id", "name", "roles", "subCenter");
    JsonNode last = people.get(people.size() - 1);
    assertThat(last.get("subCenter").isNull()).isTrue();
    assertThat(last.get("roles").get(0).asText()).isEqualTo("DIGITISER");
  }
}
