package org.siarchive.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SampleCommandTest {
  @TempDir Path dir;

  /** Exit status, standard output and standard error of one run. */
  record Run(int status, String out, String err) {
    JsonNode json() {
      try {
        return CliJson.mapper().readTree(out);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + out, e);
      }
    }
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Siarchive.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(status, out.toString(), err.toString());
  }

  private Path file(String name, List<String> lines) throws IOException {
    return Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
  }

  private Path ids(int n) throws IOException {
    return file(
        "ids.txt",
        IntStream.rangeClosed(1, n)
            .mapToObj(i -> String.format("DA-%04d", i))
            .collect(Collectors.toList()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"size", "ratio", "plan", "allocate", "draw", "verify", "rfc3797", "switch"})
  void everySubcommand_hasHelp(String command) {
    Run r = run("sample", command, "--help");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("Usage: siarchive sample " + command).contains("--help");
  }

  @Test
  void size_issueExample_json() {
    Run r =
        run(
            "sample",
            "size",
            "--tolerable-rate",
            "0.05",
            "--confidence",
            "0.95",
            "--acceptance-number",
            "1",
            "--json");
    assertThat(r.status()).isZero();
    JsonNode j = r.json();
    assertThat(j.get("sampleSize").asInt()).isEqualTo(93);
    assertThat(j.get("acceptanceNumber").asInt()).isEqualTo(1);
    assertThat(j.get("model").asText()).isEqualTo("binomial");
    assertThat(j.get("risk").asDouble()).isBetween(0.049975, 0.049976);
    assertThat(j.size()).isEqualTo(4);
  }

  @Test
  void size_populationDefaultsToHypergeometric_andExpectedRateSetsC() {
    JsonNode j =
        run(
                "sample",
                "size",
                "--tolerable-rate",
                "0.05",
                "--confidence",
                "0.95",
                "--population",
                "1000",
                "--expected-rate",
                "0.01",
                "--json")
            .json();
    assertThat(j.get("model").asText()).isEqualTo("hypergeometric");
    assertThat(j.get("sampleSize").asInt()).isEqualTo(90);
    assertThat(j.get("acceptanceNumber").asInt()).isEqualTo(1);
    JsonNode b =
        run(
                "sample",
                "size",
                "--tolerable-rate",
                "0.05",
                "--confidence",
                "0.95",
                "--population",
                "1000",
                "--model",
                "binomial",
                "--json")
            .json();
    assertThat(b.get("model").asText()).isEqualTo("binomial");
    assertThat(b.get("sampleSize").asInt()).isEqualTo(59);
  }

  @Test
  void size_badArguments_exit2NamingOptionAndValue() {
    Run r = run("sample", "size", "--tolerable-rate", "1.5", "--confidence", "0.95");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .contains(
            "Invalid value for option '--tolerable-rate' (a decimal, valid values > 0 - 1, or a percentage such as 5%): 1.5");
    Run both =
        run(
            "sample",
            "size",
            "--tolerable-rate",
            "0.05",
            "--confidence",
            "0.95",
            "--acceptance-number",
            "1",
            "--expected-rate",
            "0.01");
    assertThat(both.status()).isEqualTo(2);
    assertThat(both.err())
        .contains("'--acceptance-number' (1) and '--expected-rate' (0.01) exclude each other");
    Run model =
        run(
            "sample",
            "size",
            "--tolerable-rate",
            "0.05",
            "--confidence",
            "0.95",
            "--model",
            "poisson");
    assertThat(model.status()).isEqualTo(2);
    assertThat(model.err()).contains("'--model'").contains("poisson");
    Run noN =
        run(
            "sample",
            "size",
            "--tolerable-rate",
            "0.05",
            "--confidence",
            "0.95",
            "--model",
            "hypergeometric");
    assertThat(noN.err()).contains("Option '--model' hypergeometric needs '--population'");
    Run infeasible =
        run(
            "sample",
            "size",
            "--tolerable-rate",
            "0.05",
            "--confidence",
            "0.95",
            "--population",
            "20",
            "--acceptance-number",
            "1");
    assertThat(infeasible.status()).isEqualTo(2);
    assertThat(infeasible.err()).contains("D = ceil(0.05 x 20) = 1");
    Run notNumber =
        run(
            "sample",
            "size",
            "--tolerable-rate",
            "0.05",
            "--confidence",
            "0.95",
            "--population",
            "many");
    assertThat(notNumber.status()).isEqualTo(2);
    assertThat(notNumber.err()).contains("--population").contains("many");
  }

  @Test
  void ratio_sevenPercentOfHundred_isSeven() {
    Run r = run("sample", "ratio", "--population", "100", "--ratio", "0.07", "--json");
    assertThat(r.json().get("sampleSize").asLong()).isEqualTo(7);
    assertThat(run("sample", "ratio", "--population", "100", "--ratio", "0").err())
        .contains(
            "Invalid value for option '--ratio' (a decimal, valid values > 0 - 1, or a percentage such as 5%): 0");
    assertThat(run("sample", "ratio", "--population", "100", "--ratio", "0.07").out())
        .startsWith("Sample size 7 of 100");
  }

  @Test
  void plan_lot1000_isJ80_andArrowsResolved() {
    JsonNode j =
        run("sample", "plan", "--lot-size", "1000", "--level", "II", "--aql", "1.0", "--json")
            .json();
    assertThat(j.get("codeLetter").asText()).isEqualTo("J");
    assertThat(j.get("planLetter").asText()).isEqualTo("J");
    assertThat(j.get("sampleSize").asInt()).isEqualTo(80);
    assertThat(j.get("acceptanceNumber").asInt()).isEqualTo(2);
    assertThat(j.get("rejectionNumber").asInt()).isEqualTo(3);
    assertThat(j.get("fullInspection").asBoolean()).isFalse();
    JsonNode small =
        run("sample", "plan", "--lot-size", "5", "--level", "II", "--aql", "1.0", "--json").json();
    assertThat(small.get("codeLetter").asText()).isEqualTo("A");
    assertThat(small.get("planLetter").asText()).isEqualTo("E");
    assertThat(small.get("sampleSize").asInt()).isEqualTo(13);
    assertThat(small.get("fullInspection").asBoolean()).isTrue();
    JsonNode reduced =
        run(
                "sample",
                "plan",
                "--lot-size",
                "1000",
                "--level",
                "II",
                "--aql",
                "1.0",
                "--inspection",
                "reduced",
                "--json")
            .json();
    assertThat(reduced.get("sampleSize").asInt()).isEqualTo(32);
    assertThat(reduced.get("rejectionNumber").asInt()).isEqualTo(3);
  }

  @Test
  void plan_badArguments_exit2() {
    Run level = run("sample", "plan", "--lot-size", "1000", "--level", "IV", "--aql", "1.0");
    assertThat(level.status()).isEqualTo(2);
    assertThat(level.err()).contains("Invalid value for option '--level'").contains(": IV");
    Run lot = run("sample", "plan", "--lot-size", "1", "--level", "II", "--aql", "1.0");
    assertThat(lot.err()).contains("Invalid value for option '--lot-size' (valid values >= 2): 1");
    Run inspection =
        run(
            "sample",
            "plan",
            "--lot-size",
            "10",
            "--level",
            "II",
            "--aql",
            "1.0",
            "--inspection",
            "x");
    assertThat(inspection.err()).contains("'--inspection'").contains(": x");
  }

  @Test
  void allocate_json_andErrors() {
    JsonNode j =
        run(
                "sample",
                "allocate",
                "--total",
                "20",
                "--method",
                "defect-rate",
                "--strata",
                "B:100:0.08,A:100:0.02",
                "--json")
            .json();
    assertThat(j.get("allocation").get("A").asLong()).isEqualTo(4);
    assertThat(j.get("allocation").get("B").asLong()).isEqualTo(16);
    // quotas 29.7 and 0.3: unbounded B gets 0; the minimum ratio 2% lifts it to ceil(0.2) = 1
    assertThat(
            run(
                    "sample",
                    "allocate",
                    "--total",
                    "30",
                    "--method",
                    "proportional",
                    "--strata",
                    "A:1000,B:10",
                    "--json")
                .json()
                .get("allocation")
                .toString())
        .isEqualTo("{\"A\":30,\"B\":0}");
    assertThat(
            run(
                    "sample",
                    "allocate",
                    "--total",
                    "30",
                    "--method",
                    "proportional",
                    "--strata",
                    "A:1000,B:10",
                    "--min-ratio",
                    "0.02",
                    "--json")
                .json()
                .get("allocation")
                .toString())
        .isEqualTo("{\"A\":29,\"B\":1}");
    Run noRate =
        run("sample", "allocate", "--total", "5", "--method", "neyman", "--strata", "A:10");
    assertThat(noRate.status()).isEqualTo(2);
    assertThat(noRate.err())
        .contains("Invalid value for option '--strata' (method neyman needs a rate: ID:N:p): A:10");
    Run infeasible =
        run(
            "sample",
            "allocate",
            "--total",
            "50",
            "--method",
            "proportional",
            "--strata",
            "A:100,B:100",
            "--max-ratio",
            "0.2");
    assertThat(infeasible.status()).isEqualTo(2);
    assertThat(infeasible.err()).contains("total 50 is above the 40 units");
    Run dup =
        run(
            "sample",
            "allocate",
            "--total",
            "5",
            "--method",
            "proportional",
            "--strata",
            "A:10,A:20");
    assertThat(dup.status()).isEqualTo(2);
    assertThat(dup.err()).contains("'--strata'").contains("duplicate id A");
  }

  @Test
  void allocate_exactTiesAndTheQuotaRule_issue8() {
    // p (1 - p) is 0.0475 for both: quotas 0.5 and 0.5 exactly, the tie goes to A (was B by
    // rounding)
    assertThat(
            run(
                    "sample",
                    "allocate",
                    "--total",
                    "1",
                    "--method",
                    "neyman",
                    "--strata",
                    "A:100:0.05,B:100:0.95",
                    "--json")
                .json()
                .get("allocation")
                .toString())
        .isEqualTo("{\"A\":1,\"B\":0}");
    assertThat(
            run(
                    "sample",
                    "allocate",
                    "--total",
                    "34",
                    "--method",
                    "proportional",
                    "--strata",
                    "B:300,A:100",
                    "--json")
                .json()
                .get("allocation")
                .toString())
        .isEqualTo("{\"A\":9,\"B\":25}");
    // B has weight 0, so its quota is 0: B = 5 would break the quota rule (was given)
    Run zero =
        run(
            "sample",
            "allocate",
            "--total",
            "15",
            "--method",
            "defect-rate",
            "--strata",
            "A:10:0.5,B:10:0");
    assertThat(zero.status()).isEqualTo(2);
    assertThat(zero.err())
        .contains(
            "Infeasible options: Infeasible allocation: total 15 is above the 10 units the"
                + " quotas can reach: the strata of weight 0 (B)");
    assertThat(
            run(
                    "sample",
                    "allocate",
                    "--total",
                    "10",
                    "--method",
                    "defect-rate",
                    "--strata",
                    "A:10:0.5,B:10:0",
                    "--json")
                .json()
                .get("allocation")
                .toString())
        .isEqualTo("{\"A\":10,\"B\":0}");
    Run notDecimal =
        run("sample", "allocate", "--total", "1", "--method", "neyman", "--strata", "A:100:0.5d");
    assertThat(notDecimal.status()).isEqualTo(2);
    assertThat(notDecimal.err())
        .contains("'--strata'")
        .contains("p must be a rate in [0, 1]")
        .contains("A:100:0.5d");
  }

  @Test
  void draw_thenVerify_roundTrips_andTamperingFailsWithExit1() throws IOException {
    Path ids = ids(200);
    Run draw =
        run(
            "sample",
            "draw",
            "--seed",
            "2024-Q1",
            "--ids",
            ids.toString(),
            "--size",
            "3",
            "--json");
    assertThat(draw.status()).isZero();
    JsonNode j = draw.json();
    List<String> keys = new ArrayList<>();
    j.fieldNames().forEachRemaining(keys::add);
    assertThat(keys)
        .containsExactly("seed", "populationSize", "populationDigest", "size", "selected");
    // by hand: LC_ALL=C sort ids.txt | sha256sum, and the three smallest printf '2024-Q1\0DA-....'
    // | sha256sum
    assertThat(j.get("populationDigest").asText())
        .isEqualTo("7966aa940639e8b62b0ec6d4f03d553b225c8bc949524da0698ebfbc1bbbce9b");
    assertThat(j.get("selected").toString()).isEqualTo("[\"DA-0184\",\"DA-0055\",\"DA-0129\"]");
    Path record = Files.writeString(dir.resolve("record.json"), draw.out());
    Run ok = run("sample", "verify", record.toString(), "--ids", ids.toString(), "--json");
    assertThat(ok.status()).isZero();
    assertThat(ok.json().get("verified").asBoolean()).isTrue();
    Path forged =
        Files.writeString(dir.resolve("forged.json"), draw.out().replace("DA-0055", "DA-0056"));
    Run bad = run("sample", "verify", forged.toString(), "--ids", ids.toString(), "--json");
    assertThat(bad.status()).isEqualTo(1);
    assertThat(bad.json().get("verified").asBoolean()).isFalse();
    assertThat(bad.err())
        .contains("does not re-derive")
        .contains("record \"DA-0056\", re-derived \"DA-0055\"");
  }

  @Test
  void draw_rate_recordsRate_andVerifies() throws IOException {
    Path ids = ids(500);
    Run draw =
        run("sample", "draw", "--seed", "s", "--ids", ids.toString(), "--rate", "0.05", "--json");
    assertThat(draw.json().get("rate").decimalValue()).isEqualByComparingTo("0.05");
    assertThat(draw.json().has("size")).isFalse();
    Path record = Files.writeString(dir.resolve("r.json"), draw.out());
    assertThat(run("sample", "verify", record.toString(), "--ids", ids.toString()).status())
        .isZero();
  }

  @Test
  void draw_badArguments_andRecords() throws IOException {
    Run missing =
        run(
            "sample",
            "draw",
            "--seed",
            "s",
            "--ids",
            dir.resolve("nope.txt").toString(),
            "--size",
            "3");
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("--ids ").contains("nope.txt: no such file");
    Run both =
        run(
            "sample",
            "draw",
            "--seed",
            "s",
            "--ids",
            ids(5).toString(),
            "--size",
            "3",
            "--rate",
            "0.1");
    assertThat(both.status()).isEqualTo(2);
    assertThat(both.err()).contains("--size").contains("--rate");
    Run negative = run("sample", "draw", "--seed", "s", "--ids", ids(5).toString(), "--size", "-1");
    assertThat(negative.err())
        .contains("Invalid value for option '--size' (valid values >= 0): -1");
    Path dup = file("dup.txt", List.of("a", "b", "a"));
    Run duplicate = run("sample", "draw", "--seed", "s", "--ids", dup.toString(), "--size", "3");
    assertThat(duplicate.status()).isEqualTo(1);
    assertThat(duplicate.err()).contains("dup.txt").contains("\"a\"");
    Path empty = file("empty.txt", List.of("a", "", "b"));
    Run emptyLine = run("sample", "draw", "--seed", "s", "--ids", empty.toString(), "--size", "3");
    assertThat(emptyLine.status()).isEqualTo(1);
    assertThat(emptyLine.err()).contains("empty.txt:2: empty line");
    Path unknown = Files.writeString(dir.resolve("u.json"), "{\"seed\": \"s\", \"extra\": 1}");
    Run strict = run("sample", "verify", unknown.toString(), "--ids", ids(5).toString());
    assertThat(strict.status()).isEqualTo(1);
    assertThat(strict.err()).contains("u.json: unknown property \"extra\"");
  }

  @Test
  void rfc3797_reproducesTheRfcExample() throws IOException {
    Path candidates =
        file(
            "c.txt",
            IntStream.rangeClosed(1, 25).mapToObj(String::valueOf).collect(Collectors.toList()));
    Run r =
        run(
            "sample",
            "rfc3797",
            "--key",
            "9319./2.5.8.10.12./9.18.26.34.41.45./",
            "--candidates",
            candidates.toString(),
            "--count",
            "10",
            "--json");
    assertThat(r.status()).isZero();
    assertThat(r.json().get("selected").toString())
        .isEqualTo("[\"17\",\"7\",\"2\",\"16\",\"25\",\"23\",\"8\",\"24\",\"19\",\"13\"]");
    Run tooMany =
        run(
            "sample",
            "rfc3797",
            "--key",
            "k",
            "--candidates",
            candidates.toString(),
            "--count",
            "26");
    assertThat(tooMany.status()).isEqualTo(2);
    assertThat(tooMany.err()).contains("Invalid value for option '--count'").contains(": 26");
  }

  @Test
  void switch_appliesRulesPerLot_json() throws IOException {
    List<String> lots = new ArrayList<>();
    lots.add("{\"lotSize\": 1000, \"nonconforming\": 3}");
    lots.add("{\"lotSize\": 1000, \"nonconforming\": 3}");
    for (int i = 0; i < 5; i++) {
      lots.add("{\"lotSize\": 1000, \"nonconforming\": 2}"); // not accepted on tightened (Ac 1)
    }
    lots.add("{\"lotSize\": 1000, \"nonconforming\": 0}");
    Path file = file("lots.jsonl", lots);
    Run r =
        run(
            "sample",
            "switch",
            "--aql",
            "1.0",
            "--level",
            "II",
            "--lots",
            file.toString(),
            "--json");
    assertThat(r.status()).isZero();
    JsonNode out = r.json().get("lots");
    assertThat(out).hasSize(8);
    JsonNode first = out.get(0);
    List<String> keys = new ArrayList<>();
    first.fieldNames().forEachRemaining(keys::add);
    assertThat(keys)
        .containsExactly(
            "inspection",
            "sampleSize",
            "acceptanceNumber",
            "rejectionNumber",
            "accepted",
            "switchingScore");
    assertThat(first.get("inspection").asText()).isEqualTo("normal");
    assertThat(first.get("accepted").asBoolean()).isFalse();
    assertThat(out.get(1).get("transition").get("to").asText()).isEqualTo("tightened");
    assertThat(out.get(2).get("inspection").asText()).isEqualTo("tightened");
    assertThat(out.get(2).get("acceptanceNumber").asInt()).isEqualTo(1);
    assertThat(out.get(6).get("transition").get("reason").asText())
        .isEqualTo("FIVE_NOT_ACCEPTED_ON_TIGHTENED");
    assertThat(out.get(7).get("inspection").asText()).isEqualTo("discontinued");
    assertThat(out.get(7).get("sampleSize").isNull()).isTrue();
    assertThat(out.get(7).get("accepted").asBoolean()).isFalse();
  }

  @Test
  void switch_reducedOnlyWithAllowReduced() throws IOException {
    List<String> lots = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      lots.add("{\"lotSize\": 1000, \"nonconforming\": 0}");
    }
    Path file = file("clean.jsonl", lots);
    JsonNode without =
        run(
                "sample",
                "switch",
                "--aql",
                "1.0",
                "--level",
                "II",
                "--lots",
                file.toString(),
                "--json")
            .json();
    assertThat(without.get("lots").get(10).get("inspection").asText()).isEqualTo("normal");
    assertThat(without.get("lots").get(10).get("switchingScore").asInt()).isEqualTo(33);
    JsonNode with =
        run(
                "sample",
                "switch",
                "--aql",
                "1.0",
                "--level",
                "II",
                "--lots",
                file.toString(),
                "--allow-reduced",
                "--json")
            .json();
    assertThat(with.get("lots").get(9).get("switchingScore").asInt()).isEqualTo(30);
    assertThat(with.get("lots").get(10).get("inspection").asText()).isEqualTo("reduced");
    assertThat(with.get("lots").get(10).get("sampleSize").asInt()).isEqualTo(32);
  }

  @Test
  void switch_badRecord_exit1NamingFileAndLine() throws IOException {
    Path file =
        file(
            "bad.jsonl",
            List.of("{\"lotSize\": 1000, \"nonconforming\": 0}", "{\"lotSize\": 1000}"));
    Run r = run("sample", "switch", "--aql", "1.0", "--level", "II", "--lots", file.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("bad.jsonl:2: \"nonconforming\" must be a whole number");
    Path tooMany = file("many.jsonl", List.of("{\"lotSize\": 1000, \"nonconforming\": 81}"));
    Run r2 = run("sample", "switch", "--aql", "1.0", "--level", "II", "--lots", tooMany.toString());
    assertThat(r2.status()).isEqualTo(1);
    assertThat(r2.err())
        .contains("many.jsonl:1: lot 1: Invalid value for nonconforming (valid values 0 - 80): 81");
    Run aql = run("sample", "switch", "--aql", "3", "--level", "II", "--lots", file.toString());
    assertThat(aql.status()).isEqualTo(2);
    assertThat(aql.err()).contains("Invalid value for option '--aql'").contains(": 3");
  }
}
