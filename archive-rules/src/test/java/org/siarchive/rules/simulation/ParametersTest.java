package org.siarchive.rules.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.transfer.Role;
import org.siarchive.rules.quality.Stage;
import org.siarchive.rules.simulation.Parameters.Step;

/**
 * The parameters' contract: each range of the Javadoc accepted at both ends and refused just
 * outside, the message naming the field, the range and the value; the defaults as the Javadoc lists
 * them; each {@code with} method changing its component only.
 */
class ParametersTest {
  private static final Parameters D = Parameters.defaults();

  private static void refused(Runnable r, String message) {
    assertThatThrownBy(r::run).isInstanceOf(InvalidValueException.class).hasMessage(message);
  }

  /** The defaults with other flexible bounds and pre-acceptance ratio, through the constructor. */
  private static Parameters flexible(String pre, String min, String max) {
    return new Parameters(
        D.people(),
        D.rates(),
        D.efficiency(),
        D.spotCheckRatio(),
        D.recheckRatio(),
        new BigDecimal(pre),
        D.supervisionRatio(),
        new BigDecimal(min),
        new BigDecimal(max),
        D.batchDays(),
        D.keepDays(),
        D.serviceVariability(),
        D.poissonArrivals());
  }

  @Test
  void defaults_areTheJavadocsFigures() {
    assertThat(D.people())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                Role.CASE_HANDLER, 3,
                Role.AUDIT_POST, 1,
                Role.ARCHIVIST, 2,
                Role.ARCHIVE_ASSISTANT, 1,
                Role.SUPERVISING_LEADER, 1,
                Role.ACCEPTANCE_POST, 2,
                Role.RECHECK_POST, 1,
                Role.DIGITISER, 2,
                Role.STORAGE_KEEPER, 2));
    for (Stage s : Stage.values()) {
      double expected =
          switch (s) {
            case SELF_CHECK -> 0.6;
            case AUDIT_POST -> 0.9;
            default -> 0.95;
          };
      assertThat(D.efficiencyOf(s)).as("%s", s).isEqualTo(expected);
    }
    assertThat(D.spotCheckRatio()).isEqualByComparingTo("0.05");
    assertThat(D.recheckRatio()).isEqualByComparingTo("0.20");
    assertThat(D.preAcceptanceRatio()).isEqualByComparingTo("0.20");
    assertThat(D.supervisionRatio()).isEqualByComparingTo("0.05");
    assertThat(D.flexibleMinRatio()).isEqualByComparingTo("0.05");
    assertThat(D.flexibleMaxRatio()).isEqualByComparingTo("1");
    assertThat(D.batchDays()).isEqualTo(21);
    assertThat(D.keepDays()).isEqualTo(Parameters.WORKING_DAYS_PER_YEAR);
    assertThat(D.serviceVariability()).isEqualTo(0.25);
    assertThat(D.poissonArrivals()).isTrue();
    assertThat(D.rates()).hasSize(Step.values().length);
  }

  @Test
  void accessors_readTheComponents() {
    Parameters p = D.withPeople(Role.DIGITISER, 7).withRate(Step.REPORT, 3.5).withEfficiency(0.5);
    assertThat(p.peopleOf(Role.DIGITISER)).isEqualTo(7);
    assertThat(p.people().get(Role.DIGITISER)).isEqualTo(7);
    assertThat(p.rate(Step.REPORT)).isEqualTo(3.5);
    assertThat(p.rates().get(Step.REPORT)).isEqualTo(3.5);
    for (Stage s : Stage.values()) {
      assertThat(p.efficiencyOf(s)).as("%s", s).isEqualTo(0.5);
    }
  }

  @Test
  void people_areOneToTenThousandForEveryRole() {
    assertThat(D.withPeople(Role.AUDIT_POST, 1).peopleOf(Role.AUDIT_POST)).isEqualTo(1);
    assertThat(D.withPeople(Role.AUDIT_POST, 10_000).peopleOf(Role.AUDIT_POST)).isEqualTo(10_000);
    refused(
        () -> D.withPeople(Role.AUDIT_POST, 0),
        "Invalid value for people.AUDIT_POST (1 - 10000): 0");
    refused(
        () -> D.withPeople(Role.DIGITISER, 10_001),
        "Invalid value for people.DIGITISER (1 - 10000): 10001");
    Map<Role, Integer> missing = new EnumMap<>(D.people());
    missing.remove(Role.RECHECK_POST);
    refused(
        () ->
            new Parameters(
                missing,
                D.rates(),
                D.efficiency(),
                D.spotCheckRatio(),
                D.recheckRatio(),
                D.preAcceptanceRatio(),
                D.supervisionRatio(),
                D.flexibleMinRatio(),
                D.flexibleMaxRatio(),
                D.batchDays(),
                D.keepDays(),
                D.serviceVariability(),
                D.poissonArrivals()),
        "Invalid value for people.RECHECK_POST (1 - 10000): null");
  }

  @Test
  void rates_areAboveZeroAndFinite() {
    assertThat(D.withRate(Step.SCAN, Double.MIN_VALUE).rate(Step.SCAN)).isEqualTo(Double.MIN_VALUE);
    assertThat(D.withRate(Step.SCAN, Double.MAX_VALUE).rate(Step.SCAN)).isEqualTo(Double.MAX_VALUE);
    refused(() -> D.withRate(Step.SCAN, 0), "Invalid value for rates.SCAN (above 0, finite): 0.0");
    refused(
        () -> D.withRate(Step.STORE, -1), "Invalid value for rates.STORE (above 0, finite): -1.0");
    refused(
        () -> D.withRate(Step.AUDIT, Double.POSITIVE_INFINITY),
        "Invalid value for rates.AUDIT (above 0, finite): Infinity");
    refused(
        () -> D.withRate(Step.AUDIT, Double.NaN),
        "Invalid value for rates.AUDIT (above 0, finite): NaN");
  }

  @Test
  void efficiencies_areZeroToOne() {
    assertThat(D.withEfficiency(0).efficiencyOf(Stage.ALL)).isZero();
    assertThat(D.withEfficiency(1).efficiencyOf(Stage.ALL)).isEqualTo(1);
    String id = Stage.values()[0].id();
    refused(
        () -> D.withEfficiency(-0.01), "Invalid value for efficiency." + id + " (0 - 1): -0.01");
    refused(() -> D.withEfficiency(1.01), "Invalid value for efficiency." + id + " (0 - 1): 1.01");
    refused(
        () -> D.withEfficiency(Double.NaN), "Invalid value for efficiency." + id + " (0 - 1): NaN");
  }

  @Test
  void ratios_areAboveZeroToOne() {
    BigDecimal one = BigDecimal.ONE;
    Parameters all = D.withRatios(one, one, one, one);
    assertThat(all.spotCheckRatio()).isEqualTo(one);
    assertThat(all.recheckRatio()).isEqualTo(one);
    assertThat(all.preAcceptanceRatio()).isEqualTo(one);
    assertThat(all.supervisionRatio()).isEqualTo(one);
    BigDecimal small = new BigDecimal("0.001");
    Parameters tiny = D.withRatios(small, small, small, small);
    assertThat(tiny.spotCheckRatio()).isEqualTo(small);
    refused(
        () -> D.withRatios(BigDecimal.ZERO, one, one, one),
        "Invalid value for spotCheckRatio (above 0 - 1): 0");
    refused(
        () -> D.withRatios(one, new BigDecimal("1.01"), one, one),
        "Invalid value for recheckRatio (above 0 - 1): 1.01");
    refused(
        () -> D.withRatios(one, one, new BigDecimal("-0.2"), one),
        "Invalid value for preAcceptanceRatio (above 0 - 1): -0.2");
    refused(
        () -> D.withRatios(one, one, one, new BigDecimal("1.5")),
        "Invalid value for supervisionRatio (above 0 - 1): 1.5");
    refused(() -> flexible("0.5", "0", "1"), "Invalid value for flexibleMinRatio (above 0 - 1): 0");
    refused(
        () -> flexible("0.5", "0.1", "2"), "Invalid value for flexibleMaxRatio (above 0 - 1): 2");
    assertThatThrownBy(() -> D.withRatios(null, one, one, one))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("spotCheckRatio");
  }

  @Test
  void flexibleBounds_encloseThePreAcceptanceRatio() {
    Parameters equal = flexible("0.3", "0.3", "0.3");
    assertThat(equal.flexibleMinRatio()).isEqualByComparingTo("0.3");
    assertThat(equal.flexibleMaxRatio()).isEqualByComparingTo("0.3");
    String message =
        "Invalid value for flexibleMinRatio (at most preAcceptanceRatio %s and"
            + " flexibleMaxRatio %s): %s";
    refused(() -> flexible("0.3", "0.4", "0.3"), String.format(message, "0.3", "0.3", "0.4"));
    refused(() -> flexible("0.3", "0.31", "0.5"), String.format(message, "0.3", "0.5", "0.31"));
    refused(() -> flexible("0.3", "0.1", "0.29"), String.format(message, "0.3", "0.29", "0.1"));
  }

  @Test
  void withRatios_widensTheFlexibleBoundsToThePreAcceptanceRatioOnly() {
    Parameters narrow = flexible("0.3", "0.2", "0.5");
    BigDecimal r = new BigDecimal("0.10");
    Parameters low = narrow.withRatios(r, r, new BigDecimal("0.1"), r);
    assertThat(low.flexibleMinRatio()).isEqualByComparingTo("0.1");
    assertThat(low.flexibleMaxRatio()).isEqualByComparingTo("0.5");
    Parameters high = narrow.withRatios(r, r, new BigDecimal("0.8"), r);
    assertThat(high.flexibleMinRatio()).isEqualByComparingTo("0.2");
    assertThat(high.flexibleMaxRatio()).isEqualByComparingTo("0.8");
    Parameters inside = narrow.withRatios(r, r, new BigDecimal("0.4"), r);
    assertThat(inside.flexibleMinRatio()).isEqualByComparingTo("0.2");
    assertThat(inside.flexibleMaxRatio()).isEqualByComparingTo("0.5");
  }

  @Test
  void batchDays_areOneTo250AndKeepDaysZeroTo2500() {
    assertThat(D.withBatchDays(1, 0).batchDays()).isEqualTo(1);
    assertThat(D.withBatchDays(1, 0).keepDays()).isZero();
    assertThat(D.withBatchDays(250, 2500).batchDays()).isEqualTo(250);
    assertThat(D.withBatchDays(250, 2500).keepDays()).isEqualTo(2500);
    refused(() -> D.withBatchDays(0, 10), "Invalid value for batchDays (1 - 250): 0");
    refused(() -> D.withBatchDays(251, 10), "Invalid value for batchDays (1 - 250): 251");
    refused(() -> D.withBatchDays(21, -1), "Invalid value for keepDays (0 - 2500): -1");
    refused(() -> D.withBatchDays(21, 2501), "Invalid value for keepDays (0 - 2500): 2501");
  }

  @Test
  void serviceVariability_isZeroToTwo() {
    assertThat(D.withServiceVariability(0).serviceVariability()).isZero();
    assertThat(D.withServiceVariability(2).serviceVariability()).isEqualTo(2);
    refused(
        () -> D.withServiceVariability(-0.001),
        "Invalid value for serviceVariability (0 - 2): -0.001");
    refused(
        () -> D.withServiceVariability(2.001),
        "Invalid value for serviceVariability (0 - 2): 2.001");
    refused(
        () -> D.withServiceVariability(Double.NaN),
        "Invalid value for serviceVariability (0 - 2): NaN");
  }

  @Test
  void eachWithMethod_changesItsComponentOnly() {
    assertThat(D.withPoissonArrivals(false).poissonArrivals()).isFalse();
    assertThat(D.withPoissonArrivals(false).withPoissonArrivals(true)).isEqualTo(D);
    assertThat(D.withServiceVariability(1).withServiceVariability(0.25)).isEqualTo(D);
    assertThat(D.withBatchDays(5, 6).withBatchDays(21, 250)).isEqualTo(D);
    assertThat(D.withPeople(Role.ARCHIVIST, 9).withPeople(Role.ARCHIVIST, 2)).isEqualTo(D);
    assertThat(D.withRate(Step.COLLECT, 1).withRate(Step.COLLECT, 60)).isEqualTo(D);
    BigDecimal r = new BigDecimal("0.3");
    assertThat(
            D.withRatios(r, r, r, r)
                .withRatios(
                    D.spotCheckRatio(),
                    D.recheckRatio(),
                    D.preAcceptanceRatio(),
                    D.supervisionRatio()))
        .isEqualTo(D);
  }

  @Test
  void components_areCopiedAndUnmodifiable() {
    Map<Role, Integer> people = new EnumMap<>(D.people());
    Parameters p = D.withPeople(Role.CASE_HANDLER, 4);
    people.put(Role.CASE_HANDLER, 8);
    assertThat(p.peopleOf(Role.CASE_HANDLER)).isEqualTo(4);
    assertThatThrownBy(() -> p.people().put(Role.CASE_HANDLER, 1))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> p.rates().put(Step.SCAN, 1.0))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> p.efficiency().put(Stage.ALL, 1.0))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
