package org.siarchive.rules.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Properties of edition diffs over generated rows (fixed seeds). */
class EditionDiffProperties {

  private static final EditionRef A = EditionRef.of("gen", "a");
  private static final EditionRef B = EditionRef.of("gen", "b");

  @Test
  void diff_ofAnEditionWithItself_isEmpty() {
    qt().withFixedSeed(1L)
        .withExamples(500)
        .forAll(RowGenerators.rows())
        .checkAssert(
            rows -> {
              EditionDiff d = EditionDiff.between(A, rows, A, List.copyOf(rows));
              assertThat(d.isEmpty()).as("%s", rows).isTrue();
              assertThat(d.summary(org.siarchive.rules.Language.ZH)).hasSize(2);
            });
  }

  @Test
  void applyingTheDiffOfAToB_toA_yieldsTheRowsOfB() {
    qt().withFixedSeed(2L)
        .withExamples(1000)
        .forAll(RowGenerators.rows(), RowGenerators.rows())
        .checkAssert(
            (a, b) -> {
              EditionDiff d = EditionDiff.between(A, a, B, b);
              assertThat(new HashSet<>(d.applyTo(a))).isEqualTo(new HashSet<>(b));
            });
  }

  @Test
  void diff_listsEachRowIdOnce_andAccountsForEveryRowOfBoth() {
    qt().withFixedSeed(3L)
        .withExamples(1000)
        .forAll(RowGenerators.rows(), RowGenerators.rows())
        .checkAssert(
            (a, b) -> {
              EditionDiff d = EditionDiff.between(A, a, B, b);
              Set<String> ids = new HashSet<>();
              d.added().forEach(r -> assertThat(ids.add(r.id())).isTrue());
              d.removed().forEach(r -> assertThat(ids.add(r.id())).isTrue());
              d.changed().forEach(c -> assertThat(ids.add(c.rowId())).isTrue());
              long unchanged = b.stream().filter(a::contains).count();
              assertThat(d.added().size() + d.changed().size() + unchanged).isEqualTo(b.size());
              assertThat(d.removed().size() + d.changed().size() + unchanged).isEqualTo(a.size());
              EditionDiff back = EditionDiff.between(B, b, A, a);
              assertThat(back.added()).containsExactlyInAnyOrderElementsOf(d.removed());
              assertThat(back.removed()).containsExactlyInAnyOrderElementsOf(d.added());
            });
  }

  @Test
  void periodChange_isLongerOrShorterExactlyWhenBothPeriodsAreRanked() {
    qt().withFixedSeed(4L)
        .withExamples(1000)
        .forAll(RowGenerators.rows(), RowGenerators.rows())
        .checkAssert(
            (a, b) -> {
              for (RowChange c : EditionDiff.between(A, a, B, b).changed()) {
                OptionalInt order = Periods.compare(c.to().period(), c.from().period());
                boolean periodDiffers =
                    !java.util.Objects.equals(c.from().period(), c.to().period());
                assertThat(c.kinds().contains(RowChange.Kind.PERIOD_LONGER))
                    .isEqualTo(periodDiffers && order.isPresent() && order.getAsInt() > 0);
                assertThat(c.kinds().contains(RowChange.Kind.PERIOD_SHORTER))
                    .isEqualTo(periodDiffers && order.isPresent() && order.getAsInt() < 0);
                assertThat(c.kinds().contains(RowChange.Kind.PERIOD_CHANGED))
                    .isEqualTo(periodDiffers && order.isEmpty());
              }
            });
  }
}
