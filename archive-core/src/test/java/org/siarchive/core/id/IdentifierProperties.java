package org.siarchive.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.siarchive.core.model.ArchivalCode;
import org.siarchive.core.testing.ModelGenerators;

class IdentifierProperties {
  private static final String CITIZEN_CHECKS = "0123456789X";
  private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  @Test
  void citizenId_everyPrefix_hasExactlyOneValidCheckCharacter() {
    // Prefixes of 17 digits whose birth date is real: characters 7-14 come from a real date.
    qt().withFixedSeed(20261127L)
        .withExamples(300)
        .forAll(ModelGenerators.citizenIds())
        .checkAssert(
            id -> {
              String prefix = id.value().substring(0, 17);
              List<Character> valid = new ArrayList<>();
              for (char c : CITIZEN_CHECKS.toCharArray()) {
                if (CitizenId.isValid(prefix + c)) {
                  valid.add(c);
                }
              }
              assertThat(valid)
                  .as("valid check characters for %s", prefix)
                  .containsExactly(id.value().charAt(17));
            });
  }

  @Test
  void citizenId_anyDigitPrefix_hasExactlyOneCheckCharacterOrNoneWhenDateIsImpossible() {
    qt().withFixedSeed(7L)
        .withExamples(300)
        .forAll(integers().between(0, 999_999_999), integers().between(0, 99_999_999))
        .checkAssert(
            (a, b) -> {
              String prefix = String.format(Locale.ROOT, "%09d%08d", a, b);
              long valid =
                  CITIZEN_CHECKS.chars().filter(c -> CitizenId.isValid(prefix + (char) c)).count();
              boolean realDate = CitizenId.isValid(prefix + CitizenId.checkCharacter(prefix));
              assertThat(valid).as(prefix).isEqualTo(realDate ? 1 : 0);
            });
  }

  @Test
  void creditCode_everyPrefix_hasExactlyOneValidCheckCharacter() {
    qt().withFixedSeed(20261127L)
        .withExamples(300)
        .forAll(ModelGenerators.creditCodePrefixes())
        .checkAssert(
            prefix -> {
              List<Character> valid = new ArrayList<>();
              for (char c : CREDIT_ALPHABET.toCharArray()) {
                if (CreditCode.isValid(prefix + c)) {
                  valid.add(c);
                }
              }
              assertThat(valid).as(prefix).containsExactly(CreditCode.checkCharacter(prefix));
            });
  }

  @Test
  void masked_neverShowsTheMiddle_andKeepsTheLength() {
    qt().withFixedSeed(3L)
        .withExamples(200)
        .forAll(ModelGenerators.citizenIds())
        .checkAssert(
            id -> {
              String masked = id.toString();
              assertThat(masked)
                  .hasSize(18)
                  .startsWith(id.value().substring(0, 6))
                  .endsWith(id.value().substring(14));
              assertThat(masked.substring(6, 14)).isEqualTo("********");
            });
  }

  @Test
  void archivalCode_parseAfterFormat_isIdentity() {
    qt().withFixedSeed(11L)
        .withExamples(500)
        .forAll(ModelGenerators.archivalCodes())
        .checkAssert(code -> assertThat(ArchivalCode.parse(code.format())).isEqualTo(code));
  }
}
