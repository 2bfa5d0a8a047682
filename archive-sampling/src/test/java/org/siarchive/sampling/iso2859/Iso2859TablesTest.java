package org.siarchive.sampling.iso2859;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Iso2859TablesTest {
  private final Iso2859Tables tables = SourceTables.bundled();

  private SamplingPlan plan(long lot, String level, String aql, InspectionSeverity inspection) {
    return tables.plan(lot, InspectionLevel.parse(level), Aql.parse(aql), inspection);
  }

  @Test
  void plan_lot1000LevelIIAql1_isJ80Ac2Re3() {
    SamplingPlan p = plan(1000, "II", "1.0", InspectionSeverity.NORMAL);
    assertThat(p.codeLetter()).isEqualTo(CodeLetter.J);
    assertThat(p.planLetter()).isEqualTo(CodeLetter.J);
    assertThat(p.sampleSize()).isEqualTo(80);
    assertThat(p.acceptanceNumber()).isEqualTo(2);
    assertThat(p.rejectionNumber()).isEqualTo(3);
    assertThat(p.isFullInspection()).isFalse();
    assertThat(p.tableId()).isEqualTo("iso2859-1-normal");
  }

  @ParameterizedTest(name = "lot {0} level {1} AQL {2} {3} -> {4}/{5} n={6} {7}/{8} full={9}")
  @CsvSource({
    // down arrows: A at 1.0 points down to E 0/1 (n = 13 >= 5: 100%)
    "5, II, 1.0, NORMAL, A, E, 13, 0, 1, true",
    // up arrow: F at 1.0 points up to E 0/1
    "100, II, 1.0, NORMAL, F, E, 13, 0, 1, false",
    // up arrow at the bottom: R at 0.010 normal -> Q 0/1
    "600000, III, 0.010, NORMAL, R, Q, 1250, 0, 1, false",
    // tightened: Q at 0.025 -> R (arrow) -> S 1/2, n = 3150
    "200000, III, 0.025, TIGHTENED, Q, S, 3150, 1, 2, false",
    "1000, II, 1.0, TIGHTENED, J, J, 80, 1, 2, false",
    // tightened A at 6.5 points down to B 0/1
    "8, II, 6.5, TIGHTENED, A, B, 3, 0, 1, false",
    // ANSI reduced: cells carry their own n; the plan letter is the nearest row with that n
    "1000, II, 1.0, REDUCED, J, J, 32, 1, 3, false",
    "40, II, 2.5, REDUCED, D, C, 2, 0, 1, false",
    "60, II, 2.5, REDUCED, E, F, 8, 0, 2, false",
    "250, II, 10, REDUCED, G, G, 13, 3, 6, false",
    "1500, II, 10, REDUCED, K, K, 50, 10, 13, false",
    "4000, II, 10, REDUCED, L, K, 50, 10, 13, false"
  })
  void plan_arrowsResolvedToThePlanUsed(
      long lot,
      String level,
      String aql,
      InspectionSeverity inspection,
      CodeLetter code,
      CodeLetter planLetter,
      int n,
      int ac,
      int re,
      boolean full) {
    SamplingPlan p = plan(lot, level, aql, inspection);
    assertThat(p.codeLetter()).isEqualTo(code);
    assertThat(p.planLetter()).isEqualTo(planLetter);
    assertThat(p.sampleSize()).isEqualTo(n);
    assertThat(p.acceptanceNumber()).isEqualTo(ac);
    assertThat(p.rejectionNumber()).isEqualTo(re);
    assertThat(p.isFullInspection()).isEqualTo(full);
  }

  @ParameterizedTest(name = "lot {0} level {1} -> {2}")
  @CsvSource({
    "2, S-1, A",
    "8, III, B",
    "9, III, C",
    "15, II, B",
    "16, II, C",
    "1200, II, J",
    "1201, II, K",
    "10000, I, J",
    "10001, I, K",
    "500000, III, Q",
    "500001, III, R",
    "500001, S-4, K",
    "9223372036854775807, II, Q"
  })
  void codeLetter_atEachBreakpoint(long lot, String level, CodeLetter expected) {
    assertThat(tables.codeLetters().codeLetter(lot, InspectionLevel.parse(level)))
        .isEqualTo(expected);
  }

  @Test
  void reducedTable_isLabelledAsAnsiVariant_andAcceptsBetweenAcAndRe() {
    PlanTable reduced = tables.table(InspectionSeverity.REDUCED);
    assertThat(reduced.id()).isEqualTo("ansi-z1.4-reduced");
    assertThat(reduced.variant()).hasValueSatisfying(v -> assertThat(v).contains("ANSI/ASQ Z1.4"));
    assertThat(reduced.acceptsBetweenAcceptanceAndRejection()).isTrue();
    SamplingPlan p = plan(1000, "II", "1.0", InspectionSeverity.REDUCED); // 32 1/3
    assertThat(p.isAccepted(2)).isTrue();
    assertThat(p.isAccepted(3)).isFalse();
    assertThat(tables.table(InspectionSeverity.NORMAL).variant()).isEmpty();
  }

  @Test
  void isAccepted_normalPlan_acceptsUpToAc() {
    SamplingPlan p = plan(1000, "II", "1.0", InspectionSeverity.NORMAL);
    assertThat(p.isAccepted(2)).isTrue();
    assertThat(p.isAccepted(3)).isFalse();
    assertThatThrownBy(() -> p.isAccepted(81))
        .hasMessage("Invalid value for nonconforming (valid values 0 - 80): 81");
  }

  @Test
  void plan_sampleSizeEqualToTheLot_isFullInspection() {
    // lot 13 at II is letter B; at AQL 1.0 its arrow leads to E, n = 13
    SamplingPlan whole = plan(13, "II", "1.0", InspectionSeverity.NORMAL);
    assertThat(whole.sampleSize()).isEqualTo(13);
    assertThat(whole.isFullInspection()).isTrue();
    assertThat(whole.unitsToInspect()).isEqualTo(13);
    assertThat(whole.isAccepted(13)).isFalse();
    assertThat(whole.isAccepted(0)).isTrue();
    assertThatThrownBy(() -> whole.isAccepted(-1))
        .hasMessage("Invalid value for nonconforming (valid values 0 - 13): -1");
    SamplingPlan part = plan(14, "II", "1.0", InspectionSeverity.NORMAL);
    assertThat(part.isFullInspection()).isFalse();
    assertThat(part.unitsToInspect()).isEqualTo(13);
    assertThat(InspectionLevel.II.label()).isEqualTo("II");
    assertThat(InspectionLevel.S4.label()).isEqualTo("S-4");
    assertThatThrownBy(() -> Aql.parse("0"))
        .hasMessage("Invalid value for AQL (valid values > 0): 0");
  }

  @Test
  void plan_fullInspection_countsOnlyTheLot() {
    SamplingPlan p = plan(5, "II", "1.0", InspectionSeverity.NORMAL);
    assertThat(p.unitsToInspect()).isEqualTo(5);
    assertThatThrownBy(() -> p.isAccepted(6))
        .hasMessage("Invalid value for nonconforming (valid values 0 - 5): 6");
  }

  @Test
  void plan_invalidArguments_nameThem() {
    assertThatThrownBy(() -> plan(1000, "II", "3.0", InspectionSeverity.NORMAL))
        .hasMessage(
            "Invalid value for AQL (valid values 0.010, 0.015, 0.025, 0.040, 0.065, 0.10, 0.15, 0.25, 0.40, 0.65,"
                + " 1.0, 1.5, 2.5, 4.0, 6.5, 10): 3");
    assertThatThrownBy(() -> plan(1, "II", "1.0", InspectionSeverity.NORMAL))
        .hasMessage("Invalid value for lot size (valid values >= 2): 1");
    assertThatThrownBy(() -> InspectionLevel.parse("IV"))
        .hasMessage(
            "Invalid value for inspection level (valid values S-1, S-2, S-3, S-4, I, II, III): IV");
    assertThatThrownBy(() -> InspectionSeverity.parse("strict"))
        .hasMessage(
            "Invalid value for inspection (valid values normal, tightened, reduced): strict");
    assertThatThrownBy(() -> Aql.parse("-1"))
        .hasMessage("Invalid value for AQL (valid values > 0): -1");
  }

  @Test
  void samplingPlan_smallestValidPlan_isAccepted_andEachBoundIsNamed() {
    // n = 1, Ac = 0, Re = 1: the least plan there is (one unit, no nonconforming allowed)
    SamplingPlan least =
        new SamplingPlan(
            CodeLetter.A,
            CodeLetter.A,
            InspectionSeverity.NORMAL,
            Aql.parse("1.0"),
            2,
            1,
            0,
            1,
            false,
            "t");
    assertThat(least.unitsToInspect()).isEqualTo(1);
    assertThat(least.isAccepted(0)).isTrue();
    assertThat(least.isAccepted(1)).isFalse();
    assertThatThrownBy(() -> plan(2, 0, 0, 1))
        .hasMessage("Invalid plan (valid: n >= 1, 0 <= Ac < Re): n=0 Ac=0 Re=1");
    assertThatThrownBy(() -> plan(2, 1, -1, 1))
        .hasMessage("Invalid plan (valid: n >= 1, 0 <= Ac < Re): n=1 Ac=-1 Re=1");
    assertThatThrownBy(() -> plan(2, 5, 1, 1))
        .hasMessage("Invalid plan (valid: n >= 1, 0 <= Ac < Re): n=5 Ac=1 Re=1");
    // a lot is at least 2 units, as in the lot-size table
    assertThatThrownBy(() -> plan(1, 1, 0, 1))
        .hasMessage("Invalid value for lotSize (valid values >= 2): 1");
    assertThatThrownBy(() -> plan(0, 5, 1, 2))
        .hasMessage("Invalid value for lotSize (valid values >= 2): 0");
  }

  private static SamplingPlan plan(long lot, int n, int ac, int re) {
    return new SamplingPlan(
        CodeLetter.A,
        CodeLetter.A,
        InspectionSeverity.NORMAL,
        Aql.parse("1.0"),
        lot,
        n,
        ac,
        re,
        false,
        "t");
  }

  @Test
  void withReducedTable_hostIsoTable_isUsed() {
    String iso =
        """
        {"schemaVersion": 1, "id": "host-iso2859-1-reduced", "inspection": "reduced",
         "title": "host table", "source": "host", "aqls": ["1.0"],
         "rows": [
          {"letter": "A", "sampleSize": 2, "cells": ["v"]}, {"letter": "B", "sampleSize": 2, "cells": ["v"]},
          {"letter": "C", "sampleSize": 2, "cells": ["v"]}, {"letter": "D", "sampleSize": 3, "cells": ["v"]},
          {"letter": "E", "sampleSize": 5, "cells": ["0/1"]}, {"letter": "F", "sampleSize": 8, "cells": ["^"]},
          {"letter": "G", "sampleSize": 13, "cells": ["v"]}, {"letter": "H", "sampleSize": 20, "cells": ["1/2"]},
          {"letter": "J", "sampleSize": 32, "cells": ["1/2"]}, {"letter": "K", "sampleSize": 50, "cells": ["2/3"]},
          {"letter": "L", "sampleSize": 80, "cells": ["3/4"]}, {"letter": "M", "sampleSize": 125, "cells": ["5/6"]},
          {"letter": "N", "sampleSize": 200, "cells": ["7/8"]}, {"letter": "P", "sampleSize": 315, "cells": ["10/11"]},
          {"letter": "Q", "sampleSize": 500, "cells": ["14/15"]}, {"letter": "R", "sampleSize": 800, "cells": ["21/22"]}
         ]}""";
    Iso2859Tables withIso = tables.withReducedTable(PlanTable.parse("host.json", iso));
    SamplingPlan p =
        withIso.plan(1000, InspectionLevel.II, Aql.parse("1.0"), InspectionSeverity.REDUCED);
    assertThat(p.tableId()).isEqualTo("host-iso2859-1-reduced");
    assertThat(p.sampleSize()).isEqualTo(32);
    assertThat(p.acceptanceNumber()).isEqualTo(1);
    assertThat(p.acceptsBetweenAcceptanceAndRejection()).isFalse();
    assertThatThrownBy(() -> tables.withReducedTable(tables.table(InspectionSeverity.NORMAL)))
        .hasMessage(
            "Invalid table for reduced inspection: iso2859-1-normal serves normal inspection");
  }
}
