package org.siarchive.core.ruledata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one timeline of rule-table editions: order, the edition in force, and what it refuses. */
class TimelineTest {

  private record E(
      String tableId, String edition, LocalDate effectiveFrom, Optional<LocalDate> effectiveUntil)
      implements TableEdition {
    @Override
    public String sourceName() {
      return tableId + "-" + edition + ".json";
    }
  }

  private static E e(String table, String edition, String from) {
    return new E(table, edition, LocalDate.parse(from), Optional.empty());
  }

  private static E e(String table, String edition, String from, String until) {
    return new E(table, edition, LocalDate.parse(from), Optional.of(LocalDate.parse(until)));
  }

  @Test
  void versions_areOldestToNewest_whateverTheOrderGiven() {
    E a = e("t", "2009", "2009-09-01");
    E b = e("t", "2021", "2021-01-01");
    E c = e("t", "2030", "2030-07-01");
    Timeline<E> t = Timeline.of(List.of(c, a, b));
    assertThat(t.versions()).containsExactly(a, b, c);
    assertThat(t.latest()).isSameAs(c);
    assertThat(t.tableId()).isEqualTo("t");
    assertThat(t.edition("2021")).contains(b);
    assertThat(t.edition("1999")).isEmpty();
  }

  @Test
  void equals_isByTheEditions_whateverTheOrderGiven() {
    E a = e("t", "2009", "2009-09-01");
    E b = e("t", "2021", "2021-01-01");
    Timeline<E> one = Timeline.of(List.of(a, b));
    Timeline<E> same = Timeline.of(List.of(b, a));
    Timeline<E> other = Timeline.of(List.of(a));
    assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
    assertThat(one.hashCode()).isEqualTo(List.of(a, b).hashCode());
    assertThat(one).isNotEqualTo(List.of(a, b)).isNotEqualTo(null);
    assertThat(one).hasToString("t: [2009, 2021]");
  }

  @Test
  void inForce_isTheNewestStartedOnOrBeforeTheDate() {
    E a = e("t", "2009", "2009-09-01");
    E b = e("t", "2021", "2021-01-01");
    Timeline<E> t = Timeline.of(List.of(a, b));
    assertThat(t.inForce(LocalDate.of(2009, 8, 31))).isEmpty();
    assertThat(t.inForce(LocalDate.of(2009, 9, 1))).contains(a);
    assertThat(t.inForce(LocalDate.of(2020, 12, 31))).contains(a);
    assertThat(t.inForce(LocalDate.of(2021, 1, 1))).contains(b);
    assertThat(t.inForce(LocalDate.of(2999, 1, 1))).contains(b);
  }

  @Test
  void inForce_endsWithTheEditionsOwnLastDay() {
    E a = e("t", "1", "2020-01-01", "2020-12-31");
    E b = e("t", "2", "2022-01-01");
    Timeline<E> t = Timeline.of(List.of(a, b));
    assertThat(t.inForce(LocalDate.of(2020, 12, 31))).contains(a);
    assertThat(t.inForce(LocalDate.of(2021, 1, 1))).isEmpty();
    assertThat(t.inForce(LocalDate.of(2022, 1, 1))).contains(b);
  }

  @Test
  void of_refusesNoEditions_mixedTables_repeatedEditions_oneDay_andOverlaps() {
    assertThatThrownBy(() -> Timeline.of(List.<E>of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for editions (at least one): 0 editions");
    assertThatThrownBy(
            () -> Timeline.of(List.of(e("t", "1", "2020-01-01"), e("u", "2", "2021-01-01"))))
        .hasMessage("Invalid value for editions (one table, t): u from u-2.json");
    assertThatThrownBy(
            () -> Timeline.of(List.of(e("t", "1", "2020-01-01"), e("t", "1", "2021-01-01"))))
        .hasMessage("Invalid value for edition (distinct editions): 1 twice");
    assertThatThrownBy(
            () -> Timeline.of(List.of(e("t", "1", "2020-01-01"), e("t", "2", "2020-01-01"))))
        .hasMessage(
            "Invalid value for effectiveFrom (distinct dates): editions 1 and 2 both from 2020-01-01");
    assertThatThrownBy(
            () ->
                Timeline.of(
                    List.of(e("t", "1", "2020-01-01", "2021-01-01"), e("t", "2", "2021-01-01"))))
        .hasMessage(
            "Invalid value for effectiveUntil (before the next edition, from 2021-01-01): edition 1 until 2021-01-01");
  }

  @Test
  void with_addsAnEdition_andLeavesTheOriginalAsItWas() {
    Timeline<E> t = Timeline.of(List.of(e("t", "1", "2020-01-01")));
    Timeline<E> more = t.with(e("t", "2", "2021-01-01"));
    assertThat(t.versions()).extracting(E::edition).containsExactly("1");
    assertThat(more.versions()).extracting(E::edition).containsExactly("1", "2");
    assertThat(more.toString()).isEqualTo("t: [1, 2]");
    assertThatThrownBy(() -> more.with(e("t", "2", "2022-01-01")))
        .hasMessage("Invalid value for edition (distinct editions): 2 twice");
  }
}
