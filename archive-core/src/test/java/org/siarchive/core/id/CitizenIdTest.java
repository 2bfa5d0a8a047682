package org.siarchive.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitizenIdTest {

  @Test
  void of_standardExamples_areValid() {
    CitizenId a = CitizenId.of("11010519491231002X");
    assertThat(a.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(a.areaCode()).isEqualTo("110105");
    assertThat(a.isMale()).isFalse();
    CitizenId b = CitizenId.of("440524188001010014");
    assertThat(b.birthDate()).isEqualTo(LocalDate.of(1880, 1, 1));
    assertThat(b.isMale()).isTrue();
  }

  @Test
  void birthYear1800_isTheFirstAccepted() {
    // 1800-01-01 is the earliest birth date accepted; 1799-12-31 is refused (see the table below).
    assertThat(CitizenId.of("110101180001010015").birthDate()).isEqualTo(LocalDate.of(1800, 1, 1));
    assertThat(CitizenId.isValid("110101179912310010")).isFalse();
  }

  @Test
  void checkCharacter_standardExamples() {
    assertThat(CitizenId.checkCharacter("11010519491231002")).isEqualTo('X');
    assertThat(CitizenId.checkCharacter("44052418800101001")).isEqualTo('4');
  }

  @Test
  void toString_isMasked() {
    assertThat(CitizenId.of("11010519491231002X")).hasToString("110105********002X");
    assertThat(CitizenId.of("11010519491231002X").masked()).isEqualTo("110105********002X");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "110105194912310021|check character does not match the first 17 characters|110105********0021",
        "11010519490231002X|characters 7-14 are not a real birth date|110105********002X",
        "1101051949123100|must be 18 characters, got 16|11010*******3100",
        "11010519491231002x|the check character must be a digit or X|110105********002x",
        "1101051949A231002X|the first 17 characters must be digits|110105********002X",
        "11010517991231002X|characters 7-14 are not a real birth date|110105********002X",
        "110105209912310029|characters 7-14 give a birth date after today|110105********0029",
      })
  void of_invalid_explainsWithoutEchoingTheNumber(String raw, String reason, String masked) {
    assertThatThrownBy(() -> CitizenId.of(raw))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessage("Invalid value for citizenId (" + reason + "): " + masked)
        .hasMessageNotContaining(raw)
        .satisfies(e -> assertThat(((InvalidIdentifierException) e).reason()).isEqualTo(reason));
    assertThat(CitizenId.isValid(raw)).isFalse();
  }

  @Test
  void of_null_isRequired() {
    assertThatThrownBy(() -> CitizenId.of(null))
        .hasMessage("Invalid value for citizenId (required): null");
  }

  @Test
  void equality_isByValue() {
    assertThat(CitizenId.of("11010519491231002X")).isEqualTo(CitizenId.of("11010519491231002X"));
    assertThat(CitizenId.of("11010519491231002X").hashCode())
        .isEqualTo(CitizenId.of("11010519491231002X").hashCode());
    assertThat(CitizenId.of("11010519491231002X")).isNotEqualTo(CitizenId.of("440524188001010014"));
  }

  @Test
  void of_bornToday_isValid_bornTomorrow_isNot() {
    java.time.LocalDate today =
        org.siarchive.core.ArchiveTime.today(org.siarchive.core.ArchiveTime.systemClock());
    String todayFirst17 =
        "110105" + today.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + "002";
    java.time.LocalDate tomorrow = today.plusDays(1);
    String tomorrowFirst17 =
        "110105" + tomorrow.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + "002";
    assertThat(CitizenId.of(todayFirst17 + CitizenId.checkCharacter(todayFirst17)).birthDate())
        .isEqualTo(today);
    assertThat(CitizenId.isValid(tomorrowFirst17 + CitizenId.checkCharacter(tomorrowFirst17)))
        .isFalse();
  }
}
