package org.siarchive.rules.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.siarchive.core.model.RetentionPeriod;

/** Properties of disposition dates over generated periods and formation dates (fixed seeds). */
class DispositionProperties {

  private static final List<RetentionPeriod> SHORTEST_FIRST =
      List.of(
          RetentionPeriod.ofYears(10),
          RetentionPeriod.ofYears(30),
          RetentionPeriod.ofYears(50),
          RetentionPeriod.ofYears(100),
          RetentionPeriod.PERMANENT);

  private static final LocalDate FIRST = LocalDate.of(1000, 1, 1);
  private static final LocalDate LAST = LocalDate.of(9899, 12, 31);

  private static Gen<LocalDate> dates() {
    return integers()
        .between(0, (int) (LAST.toEpochDay() - FIRST.toEpochDay()))
        .map(d -> FIRST.plusDays(d));
  }

  private static Gen<Integer> periodIndexes() {
    return integers().between(0, SHORTEST_FIRST.size() - 1);
  }

  /** The last day of retention, permanent as the latest date of all. */
  private static LocalDate end(Disposition d) {
    return d.expires().orElse(LocalDate.MAX);
  }

  @Test
  void disposition_isMonotoneInThePeriod() {
    qt().withFixedSeed(20260315L)
        .withExamples(2000)
        .forAll(dates(), periodIndexes(), periodIndexes())
        .checkAssert(
            (formed, i, j) -> {
              Disposition a = Disposition.of(SHORTEST_FIRST.get(Math.min(i, j)), formed);
              Disposition b = Disposition.of(SHORTEST_FIRST.get(Math.max(i, j)), formed);
              assertThat(end(a))
                  .as("formed %s, periods %s %s", formed, i, j)
                  .isBeforeOrEqualTo(end(b));
              assertThat(a.retentionStart()).isEqualTo(b.retentionStart());
            });
  }

  @Test
  void disposition_isMonotoneInTheFormationDate() {
    qt().withFixedSeed(9_2009_0901L)
        .withExamples(2000)
        .forAll(dates(), dates(), periodIndexes())
        .checkAssert(
            (x, y, i) -> {
              LocalDate earlier = x.isBefore(y) ? x : y;
              LocalDate later = x.isBefore(y) ? y : x;
              RetentionPeriod p = SHORTEST_FIRST.get(i);
              Disposition a = Disposition.of(p, earlier);
              Disposition b = Disposition.of(p, later);
              assertThat(a.retentionStart()).isBeforeOrEqualTo(b.retentionStart());
              assertThat(end(a))
                  .as("%s formed %s and %s", p, earlier, later)
                  .isBeforeOrEqualTo(end(b));
            });
  }

  @Test
  void fixedPeriod_coversExactlyNWholeYearsFromTheStart() {
    qt().withFixedSeed(31L)
        .withExamples(2000)
        .forAll(dates(), integers().between(0, 3))
        .checkAssert(
            (formed, i) -> {
              int years = ((RetentionPeriod.Fixed) SHORTEST_FIRST.get(i)).years();
              Disposition d = Disposition.of(SHORTEST_FIRST.get(i), formed);
              // Oracle by another route: N calendar years from the start, minus one day.
              assertThat(d.retentionStart().isAfter(formed)).isTrue();
              assertThat(d.retentionStart().minusDays(1).getYear()).isEqualTo(formed.getYear());
              assertThat(d.expires()).contains(d.retentionStart().plusYears(years).minusDays(1));
              assertThat(d.appraisalFrom())
                  .isEqualTo(Optional.of(d.retentionStart().plusYears(years)));
            });
  }
}
