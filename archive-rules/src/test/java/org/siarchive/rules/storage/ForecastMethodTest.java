package org.siarchive.rules.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForecastMethodTest {
  private static GenerationHistory history(long... v) {
    List<Long> l = new ArrayList<>();
    for (long x : v) {
      l.add(x);
    }
    return new GenerationHistory(YearMonth.of(2024, 1), l);
  }

  @Test
  void mean12_roundsTheMeanOfTheLastTwelveMonthsHalfUp() {
    // 99 then eleven months summing to 6 * 11 + ... : last 12 = 1..12 -> 78 / 12 = 6.5 -> 7
    GenerationHistory h = history(99, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    assertThat(ForecastMethod.MEAN_12.forecast(h, 3)).containsExactly(7, 7, 7);
  }

  @Test
  void seasonal_repeatsTheSameCalendarMonthOfTheLastYear() {
    GenerationHistory h = history(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
    // history Jan 2024 .. Jan 2025: Feb 2025 gets Feb 2024 (2), Jan 2026 gets Jan 2025 (13)
    assertThat(ForecastMethod.SEASONAL.forecast(h, 13))
        .containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 2);
  }

  @Test
  void forecast_shorterThanTwelveMonths_isRefusedNamingTheLength() {
    assertThatThrownBy(() -> ForecastMethod.MEAN_12.forecast(history(1, 2, 3), 1))
        .hasMessage("Invalid value for history (months) (at least 12 months to forecast): 3");
  }

  @Test
  void heldOutError_isTheMeanAbsoluteErrorOnTheLastTwelveMonths() {
    long[] v = new long[24];
    for (int i = 0; i < 24; i++) {
      v[i] = i < 12 ? 10 : (i % 2 == 0 ? 13 : 10); // second year: six months 3 above the first
    }
    GenerationHistory h = history(v);
    assertThat(ForecastMethod.MEAN_12.heldOutError(h)).hasValue(new BigDecimal("1.50"));
    assertThat(ForecastMethod.SEASONAL.heldOutError(h)).hasValue(new BigDecimal("1.50"));
    assertThat(ForecastMethod.MEAN_12.heldOutError(history(v).withoutLast(1))).isEmpty();
  }

  @Test
  void heldOutError_seasonalBeatsTheMeanOnASeasonalHistory() {
    long[] v = new long[36];
    for (int i = 0; i < 36; i++) {
      v[i] = i % 12 == 11 ? 100 : 10; // a December peak every year
    }
    GenerationHistory h = history(v);
    assertThat(ForecastMethod.SEASONAL.heldOutError(h)).hasValue(new BigDecimal("0.00"));
    // mean of a year = (11*10+100)/12 = 17.5 -> 18: error (11*8 + 82)/12 = 14.17
    assertThat(ForecastMethod.MEAN_12.heldOutError(h)).hasValue(new BigDecimal("14.17"));
  }

  @Test
  void fillRatio_comparesExactlyEvenWhereProductsOverflowALong() {
    long big = StorageNetwork.MAX_VOLUMES;
    assertThat(FillRatio.of(big - 1, big).compareTo(FillRatio.of(big - 2, big - 1))).isPositive();
    assertThat(FillRatio.of(2, 3).compareTo(FillRatio.of(4, 6))).isZero();
    assertThat(FillRatio.of(1, 3).toDecimal(4)).isEqualByComparingTo("0.3333");
    assertThat(FillRatio.of(3, 2).isOverfull()).isTrue();
    assertThat(FillRatio.of(2, 2).isOverfull()).isFalse();
  }
}
