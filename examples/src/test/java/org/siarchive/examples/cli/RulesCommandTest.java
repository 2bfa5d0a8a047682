package org.siarchive.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.siarchive.core.ruledata.provider.RuleTables;

/** {@code siarchive rules list} and {@code rules verify} over the bundled data artifact. */
class RulesCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path DATA =
      Path.of("../archive-rules-data/src/main/resources/org/siarchive/rules/data");

  @Test
  void list_json_namesEveryBundledTable_withItsProviderVersionAndDigest() throws Exception {
    CliRun run = CliRun.of("rules", "list", "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode doc = JSON.readTree(run.out());
    assertThat(doc.get("providers").get(0).asText())
        .startsWith("org.siarchive:archive-rules-data 2026.12.0");
    JsonNode index = JSON.readTree(DATA.resolve("index.json").toFile()).get("tables");
    assertThat(doc.get("tables")).hasSameSizeAs(index);
    for (int i = 0; i < index.size(); i++) {
      JsonNode row = doc.get("tables").get(i);
      String file = index.get(i).get("file").asText();
      String sha =
          HexFormat.of()
              .formatHex(
                  MessageDigest.getInstance("SHA-256")
                      .digest(Files.readAllBytes(DATA.resolve(file))));
      assertThat(row.get("file").asText()).isEqualTo(file);
      assertThat(row.get("sha256").asText()).as(file).isEqualTo(sha);
      assertThat(row.get("provider").asText()).isEqualTo("org.siarchive:archive-rules-data");
      assertThat(row.get("providerVersion").asText()).startsWith("2026.12.0");
    }
    assertThat(doc.get("tables").get(0).get("kind").asText()).isEqualTo("retention-edition");
    assertThat(doc.get("tables").get(0).get("id").asText()).isEqualTo("cn-national");
    assertThat(doc.get("tables").get(0).get("effectiveFrom").asText()).isEqualTo("2009-09-01");
  }

  @Test
  void list_text_andVerify_coverEveryTable() {
    CliRun list = CliRun.of("rules", "list");
    assertThat(list.exit()).as(list.err()).isZero();
    int tables = RuleTables.installed().tables().size();
    assertThat(tables).isEqualTo(9);
    assertThat(list.out())
        .startsWith(tables + " tables from org.siarchive:archive-rules-data 2026.12.0")
        .contains("retention-edition     cn-national             2009    from 2009-09-01 format 1")
        .contains("iso2859-code-letters  iso2859-1-code-letters  1       from -          format 1");
    // Every row's columns line up: the "from" column starts at one offset.
    assertThat(list.out().lines().skip(1).map(l -> l.indexOf(" from ")).distinct()).hasSize(1);
    CliRun verify = CliRun.of("rules", "verify");
    assertThat(verify.exit()).as(verify.err()).isZero();
    assertThat(verify.out())
        .contains("ok   defect-catalogue siarchive 2026.1")
        .contains("ok   transfer-lifecycle transfer-lifecycle 2026.1")
        .contains("ok   iso2859-plans ansi-z1.4-reduced 1")
        .endsWith(tables + " tables, " + tables + " verified, 0 differ\n");
  }
}
