package org.siarchive.core.ruledata.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.siarchive.core.ruledata.RuleDataException;

/** What the registry of rule-data providers accepts and refuses, with providers held in memory. */
class RuleTablesTest {

  /** A provider serving an index and files from memory. */
  private record Memory(String name, String version, Map<String, String> files)
      implements RuleDataProvider {
    @Override
    public InputStream open(String resource) {
      String text = files.get(resource);
      return text == null ? null : new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static Memory provider(
      String name, String version, String minimum, String edition, int format, String body)
      throws Exception {
    String file = "t-" + edition + ".json";
    String index =
        "{\"format\": \"siarchive-rule-index/1\""
            + (minimum == null ? "" : ", \"minimumCodeVersion\": \"" + minimum + "\"")
            + ", \"tables\": [{\"file\": \""
            + file
            + "\", \"kind\": \"retention-edition\", \"id\": \"t\","
            + " \"edition\": \""
            + edition
            + "\", \"effectiveFrom\": \"2021-01-01\", \"formatVersion\": "
            + format
            + ", \"sha256\": \""
            + sha256(body)
            + "\"}]}";
    Map<String, String> files = new LinkedHashMap<>();
    files.put(RuleDataProvider.INDEX, index);
    files.put(file, body);
    return new Memory(name, version, files);
  }

  @Test
  void tables_ofEveryProvider_bundledFirst_andBytesCheckedAgainstTheirDigest() throws Exception {
    Memory city = provider("gov.city:rules", "1.0", null, "2021", 1, "{\"city\": true}");
    Memory bundled =
        provider(RuleTables.BUNDLED, "2026.12.0", null, "2009", 1, "{\"national\": true}");
    RuleTables tables = RuleTables.of(List.of(city, bundled));
    assertThat(tables.providers())
        .containsExactly(RuleTables.BUNDLED + " 2026.12.0", "gov.city:rules 1.0");
    assertThat(tables.tables())
        .extracting(RuleTable::edition, RuleTable::providerLabel)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2009", RuleTables.BUNDLED + " 2026.12.0"),
            org.assertj.core.groups.Tuple.tuple("2021", "gov.city:rules 1.0"));
    assertThat(new String(tables.bytes(tables.tables().get(1)), StandardCharsets.UTF_8))
        .isEqualTo("{\"city\": true}");
    assertThat(tables.tables().get(1).effectiveFrom())
        .hasValueSatisfying(d -> assertThat(d).hasToString("2021-01-01"));
    assertThat(tables.verify()).allMatch(RuleTables.Check::ok);
  }

  @Test
  void theSameEdition_withTheSameBytes_isKeptOnce_withOtherBytes_isRefusedNamingBothProviders()
      throws Exception {
    Memory a = provider(RuleTables.BUNDLED, "2026.12.0", null, "2021", 1, "{\"a\": 1}");
    Memory same = provider("gov.city:rules", "1.0", null, "2021", 1, "{\"a\": 1}");
    assertThat(RuleTables.of(List.of(a, same)).tables()).hasSize(1);

    Memory other = provider("gov.city:rules", "1.0", null, "2021", 1, "{\"a\": 2}");
    assertThatThrownBy(() -> RuleTables.of(List.of(other, a)))
        .isInstanceOf(RuleDataException.class)
        .hasMessage(
            "gov.city:rules 1.0 index.json: /tables/0/sha256: retention-edition t edition 2021 is offered by "
                + RuleTables.BUNDLED
                + " 2026.12.0 with SHA-256 "
                + sha256("{\"a\": 1}")
                + " and by gov.city:rules 1.0 with other bytes: "
                + sha256("{\"a\": 2}"));
  }

  @Test
  void aFormatNewerThanTheCodeReads_isRefused_namingTheCodeVersionThatReadsIt() throws Exception {
    RuleTables tables =
        RuleTables.of(List.of(provider("gov.city:rules", "2.0", "0.2.0", "2030", 2, "{}")));
    assertThat(tables.tables(RuleTables.BUNDLED, 1)).isEmpty();
    assertThat(tables.tables("retention-edition", 2)).hasSize(1);
    assertThatThrownBy(() -> tables.tables("retention-edition", 1))
        .isInstanceOf(RuleDataException.class)
        .hasMessage(
            "gov.city:rules 2.0 index.json: /tables/0/formatVersion: retention-edition format version newer"
                + " than this library reads (valid values 1 - 1); siarchive 0.2.0 or later reads it: 2");
  }

  @Test
  void bytes_changedAfterTheIndex_areRefused_andVerifySaysWhich() throws Exception {
    Memory p = provider("gov.city:rules", "1.0", null, "2021", 1, "{\"a\": 1}");
    p.files().put("t-2021.json", "{\"a\": 3}");
    RuleTables tables = RuleTables.of(List.of(p));
    assertThatThrownBy(() -> tables.bytes(tables.tables().get(0)))
        .isInstanceOf(RuleDataException.class)
        .hasMessage(
            "gov.city:rules 1.0 t-2021.json: (document): SHA-256 differs from gov.city:rules 1.0 index.json "
                + sha256("{\"a\": 1}")
                + ": "
                + sha256("{\"a\": 3}"));
    assertThat(tables.verify())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.ok()).isFalse();
              assertThat(c.actual()).isEqualTo(sha256("{\"a\": 3}"));
            });
  }
}
