package org.siarchive.rules.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.siarchive.core.ruledata.RuleDataException;
import org.siarchive.core.ruledata.provider.RuleDataProvider;
import org.siarchive.core.ruledata.provider.RuleTables;

/** The registry: editions oldest to newest, the edition in force on a date, local editions. */
class RetentionSchedulesTest {

  @Test
  void editions_areListedOldestToNewest_whateverTheLoadOrder() {
    RetentionSchedules s = Fixtures.withFixtures("tianjin-2021.json", "tianjin-2019.json");
    assertThat(s.editions("tianjin")).extracting(Edition::edition).containsExactly("2019", "2021");
    assertThat(s.latest("tianjin").edition()).isEqualTo("2021");
    assertThat(s.scheduleIds()).containsExactly("cn-national", "tianjin");
  }

  @ParameterizedTest
  @CsvSource({
    "2018-12-31, -",
    "2019-01-01, 2019",
    "2021-06-30, 2019",
    "2021-07-01, 2021",
    "2040-01-01, 2021",
  })
  void inForce_givesTheNewestEditionStartedByThatDate(LocalDate date, String expected) {
    RetentionSchedules s = Fixtures.withFixtures("tianjin-2019.json", "tianjin-2021.json");
    assertThat(s.inForce("tianjin", date).map(Edition::edition))
        .isEqualTo(java.util.Optional.ofNullable("-".equals(expected) ? null : expected));
  }

  @Test
  void inForce_afterAnEditionsOwnEnd_givesNothing() {
    RetentionSchedules s = RetentionSchedules.withBundledEditions();
    s.load(
        Fixtures.stream(
            Fixtures.text("accounting-2015.json")
                .replace(
                    "\"effectiveFrom\": \"2016-01-01\",",
                    "\"effectiveFrom\": \"2016-01-01\", \"effectiveUntil\": \"2030-12-31\",")),
        "acc.json");
    assertThat(s.inForce("cn-accounting-archives", LocalDate.of(2030, 12, 31))).isPresent();
    assertThat(s.inForce("cn-accounting-archives", LocalDate.of(2031, 1, 1))).isEmpty();
    assertThat(s.inForce(RetentionSchedules.NATIONAL, LocalDate.of(2009, 8, 31))).isEmpty();
    assertThat(s.inForce(RetentionSchedules.NATIONAL, LocalDate.of(2009, 9, 1))).isPresent();
  }

  @Test
  void unknownScheduleOrEdition_isRefusedNamingWhatIsHeld() {
    RetentionSchedules s = RetentionSchedules.withBundledEditions();
    assertThatThrownBy(() -> s.editions("beijing"))
        .isInstanceOf(UnknownEditionException.class)
        .hasMessage("No schedule beijing (schedules: cn-national)")
        .isInstanceOfSatisfying(
            UnknownEditionException.class,
            e -> {
              assertThat(e.scheduleId()).isEqualTo("beijing");
              assertThat(e.edition()).isEmpty();
            });
    assertThatThrownBy(() -> s.edition("cn-national", "2030"))
        .isInstanceOf(UnknownEditionException.class)
        .hasMessage("No edition 2030 of schedule cn-national (editions: 2009)")
        .isInstanceOfSatisfying(
            UnknownEditionException.class,
            e -> {
              assertThat(e.scheduleId()).isEqualTo("cn-national");
              assertThat(e.edition()).contains("2030");
            });
    assertThatThrownBy(() -> s.rulesInForce("cn-national", LocalDate.of(2000, 1, 1)))
        .isInstanceOf(UnknownEditionException.class)
        .hasMessage(
            "No edition in force on 2000-01-01 of schedule cn-national (editions: 2009 from 2009-09-01)");
  }

  @Test
  void localEdition_overridesNationalRowsInPlace_andAddsItsOwn() {
    RetentionSchedules s = Fixtures.withFixtures("tianjin-2019.json");
    Edition national = s.edition(RetentionSchedules.NATIONAL, "2009");
    Edition local = s.edition("tianjin", "2019");
    assertThat(local.base()).contains(national.ref());
    assertThat(local.rows()).hasSize(national.rows().size() + 2);
    assertThat(local.rows().subList(0, national.rows().size()))
        .extracting(ScheduleRow::id)
        .containsExactlyElementsOf(national.rows().stream().map(ScheduleRow::id).toList());
    assertThat(local.row("一(4)").orElseThrow().period().code()).isEqualTo("D30");
    assertThat(national.row("一(4)").orElseThrow().period().code()).isEqualTo("D10");
    assertThat(local.row("一(1)")).isEqualTo(national.row("一(1)"));
    assertThat(local.row("十(2)").orElseThrow().period().code()).isEqualTo("Y");
    assertThat(local.category("十")).isPresent();
    assertThat(local.category("七")).isEqualTo(national.category("七"));
    assertThat(local.ownRowIds()).containsExactly("一(2)", "一(4)", "八(3)", "十(1)", "十(2)");
    assertThat(local.toJson()).contains("\"extends\"").doesNotContain("参保单位登记材料");
  }

  @Test
  void localEdition_extendsTheEditionItNames_notAnotherEditionOfTheSameSchedule() {
    RetentionSchedules s = RetentionSchedules.withBundledEditions();
    String older =
        Fixtures.nationalAs("2001", "2001-01-01")
            .replace("\"period\" : \"Y\"", "\"period\" : \"D50\"");
    s.load(Fixtures.stream(older), "national-2001.json");
    assertThat(s.editions(RetentionSchedules.NATIONAL))
        .extracting(Edition::edition)
        .containsExactly("2001", "2009");
    Edition local =
        s.load(Fixtures.stream(Fixtures.text("tianjin-2019.json")), "tianjin-2019.json");
    assertThat(local.base()).contains(EditionRef.of(RetentionSchedules.NATIONAL, "2009"));
    assertThat(local.row("一(1)").orElseThrow().period().code())
        .as("the 2009 edition's period, not the 2001 one's D50")
        .isEqualTo("Y");
  }

  @Test
  void withEditionsOf_theInstalledTables_holdsTheBundledNationalEdition() {
    RetentionSchedules installed = RetentionSchedules.withEditionsOf(RuleTables.installed());
    assertThat(installed.edition(RetentionSchedules.NATIONAL, "2009"))
        .isEqualTo(
            RetentionSchedules.withBundledEditions().edition(RetentionSchedules.NATIONAL, "2009"));
  }

  @Test
  void withEditionsOf_aTableInForceFromAnotherDayThanItsIndexSays_isRefused() throws Exception {
    byte[] national =
        RetentionSchedules.withBundledEditions()
            .edition(RetentionSchedules.NATIONAL, "2009")
            .toJson()
            .getBytes(StandardCharsets.UTF_8);
    StringBuilder sha256 = new StringBuilder();
    for (byte b : MessageDigest.getInstance("SHA-256").digest(national)) {
      sha256.append(String.format(Locale.ROOT, "%02x", b));
    }
    byte[] index =
        ("{\"format\": \"siarchive-rule-index/1\", \"tables\": [{\"file\": \"national.json\","
                + " \"kind\": \"retention-edition\", \"id\": \"cn-national\", \"edition\": \"2009\","
                + " \"effectiveFrom\": \"2009-09-02\", \"formatVersion\": 1, \"sha256\": \""
                + sha256
                + "\"}]}")
            .getBytes(StandardCharsets.UTF_8);
    RuleDataProvider provider =
        new RuleDataProvider() {
          @Override
          public String name() {
            return "org.example:misindexed";
          }

          @Override
          public String version() {
            return "1.0.0";
          }

          @Override
          public @Nullable InputStream open(String resource) {
            return switch (resource) {
              case RuleDataProvider.INDEX -> new ByteArrayInputStream(index);
              case "national.json" -> new ByteArrayInputStream(national);
              default -> null;
            };
          }
        };
    assertThatThrownBy(() -> RetentionSchedules.withEditionsOf(RuleTables.of(List.of(provider))))
        .isInstanceOfSatisfying(
            RuleDataException.class,
            e -> {
              assertThat(e.pointer()).isEqualTo("/effectiveFrom");
              assertThat(e.getMessage()).contains("2009-09-02").endsWith(": 2009-09-01");
            });
  }

  @Test
  void load_fromAFile_namesTheFileInErrors(@TempDir Path dir) throws Exception {
    Path good = dir.resolve("tianjin-2019.json");
    Files.writeString(good, Fixtures.text("tianjin-2019.json"));
    RetentionSchedules s = RetentionSchedules.withBundledEditions();
    Edition e = s.load(good);
    assertThat(e.sourceName()).isEqualTo(good.toString());
    assertThat(e.sha256()).hasSize(64);

    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, Fixtures.text("tianjin-2021.json").replace("\"D30\"", "\"D31\""));
    assertThatThrownBy(() -> s.load(bad))
        .isInstanceOf(RuleDataException.class)
        .hasMessageStartingWith(bad + ": /rows/2/period (row 八(3)): unknown period code");
  }

  @Test
  void copy_isIndependentOfTheOriginal() {
    RetentionSchedules s = RetentionSchedules.withBundledEditions();
    RetentionSchedules c = s.copy();
    c.load(Fixtures.stream(Fixtures.text("tianjin-2019.json")), "t.json");
    assertThat(s.scheduleIds()).containsExactly("cn-national");
    assertThat(c.scheduleIds()).containsExactly("cn-national", "tianjin");
  }
}
