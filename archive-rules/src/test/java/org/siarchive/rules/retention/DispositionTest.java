package org.siarchive.rules.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.model.RetentionPeriod;

/** Disposition dates at the boundaries of the rule, worked out by hand. */
class DispositionTest {

  @ParameterizedTest(name = "{0} formed {1}")
  @CsvSource({
    // period, formed,   expires,    appraisal from
    "D10,  2015-01-01, 2025-12-31, 2026-01-01",
    "D10,  2015-12-31, 2025-12-31, 2026-01-01",
    "D30,  1999-12-31, 2029-12-31, 2030-01-01",
    "D50,  2000-02-29, 2050-12-31, 2051-01-01",
    "D100, 9899-06-01, 9999-12-31, +10000-01-01",
    "D10,  1000-01-01, 1010-12-31, 1011-01-01",
  })
  void fixedPeriod_expiresAtTheEndOfYearFormedPlusN_andAppraisalFollowsTheNextDay(
      String code, LocalDate formed, LocalDate expires, LocalDate appraisalFrom) {
    Disposition d = Disposition.of(RetentionPeriod.parse(code), formed);
    assertThat(d.retentionStart()).isEqualTo(LocalDate.of(formed.getYear() + 1, 1, 1));
    assertThat(d.expires()).contains(expires);
    assertThat(d.appraisalFrom()).contains(appraisalFrom);
    assertThat(d.isDueForAppraisal(expires)).isFalse();
    assertThat(d.isDueForAppraisal(appraisalFrom)).isTrue();
  }

  @Test
  void permanent_neverExpiresNorFallsDue() {
    Disposition d = Disposition.of(RetentionPeriod.PERMANENT, LocalDate.of(2010, 3, 4));
    assertThat(d).isEqualTo(new Disposition.Permanent(LocalDate.of(2011, 1, 1)));
    assertThat(d.expires()).isEmpty();
    assertThat(d.isDueForAppraisal(LocalDate.MAX)).isFalse();
  }

  @Test
  void deferringPeriod_isUndecidedOnItsOwn() {
    Disposition d = Disposition.of(RetentionPeriod.defersTo("会计档案管理办法"), LocalDate.of(2010, 3, 4));
    assertThat(d.isDecided()).isFalse();
    assertThat(d.retentionStart()).isEqualTo(LocalDate.of(2011, 1, 1));
    assertThat(((Disposition.Undecided) d).reason()).contains("defers to 会计档案管理办法");
    assertThat(d.isDueForAppraisal(LocalDate.MAX)).isFalse();
  }

  @Test
  void yearOutOfRange_isRefusedNamingTheField() {
    assertThatThrownBy(() -> Disposition.ofYear(RetentionPeriod.PERMANENT, 999))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for yearFormed (valid values 1000 - 9999): 999");
  }

  @Test
  void yearsAtTheEndsOfTheRange_areAccepted_andTheNextOnesRefused() {
    assertThat(Disposition.ofYear(RetentionPeriod.ofYears(10), 1000).expires())
        .contains(LocalDate.of(1010, 12, 31));
    assertThat(Disposition.ofYear(RetentionPeriod.ofYears(10), 9999).expires())
        .contains(LocalDate.of(10009, 12, 31));
    assertThatThrownBy(() -> Disposition.ofYear(RetentionPeriod.PERMANENT, 10000))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for yearFormed (valid values 1000 - 9999): 10000");
  }

  @Test
  void expiring_startingOrAppraisedOnAnotherDayThanTheFirstOfJanuary_isRefused() {
    assertThatThrownBy(
            () ->
                new Disposition.Expiring(
                    RetentionPeriod.ofYears(10),
                    LocalDate.of(2011, 6, 1),
                    LocalDate.of(2020, 12, 31),
                    LocalDate.of(2021, 1, 1)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("expiresOn");
    assertThatThrownBy(
            () ->
                new Disposition.Expiring(
                    RetentionPeriod.ofYears(10),
                    LocalDate.of(2011, 1, 1),
                    LocalDate.of(2020, 12, 31),
                    LocalDate.of(2021, 2, 1)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("expiresOn");
    assertThat(
            new Disposition.Expiring(
                    RetentionPeriod.ofYears(10),
                    LocalDate.of(2011, 1, 1),
                    LocalDate.of(2020, 12, 31),
                    LocalDate.of(2021, 1, 1))
                .expires())
        .contains(LocalDate.of(2020, 12, 31));
  }

  @Test
  void expiring_withDatesThatBreakTheRule_isRefused() {
    assertThatThrownBy(
            () ->
                new Disposition.Expiring(
                    RetentionPeriod.ofYears(10),
                    LocalDate.of(2011, 1, 1),
                    LocalDate.of(2021, 12, 31),
                    LocalDate.of(2022, 1, 1)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("expiresOn");
  }
}
