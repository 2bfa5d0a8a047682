package org.siarchive.rules.retention.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The row index that a failure's JSON pointer names, by which a refusal names the row. */
class EditionLoaderTest {

  @Test
  void rowIndex_ofAPointerUnderARow_isItsIndex() {
    assertThat(EditionLoader.rowIndex("/rows/0")).isZero();
    assertThat(EditionLoader.rowIndex("/rows/12/period")).isEqualTo(12);
    assertThat(EditionLoader.rowIndex("/rows/3/provenance/source")).isEqualTo(3);
  }

  @Test
  void rowIndex_ofAnyOtherPointer_isMinusOne() {
    assertThat(EditionLoader.rowIndex("")).isEqualTo(-1);
    assertThat(EditionLoader.rowIndex("/rows")).isEqualTo(-1);
    assertThat(EditionLoader.rowIndex("/categories/0/id")).isEqualTo(-1);
    assertThat(EditionLoader.rowIndex("/rows/first/id")).isEqualTo(-1);
    assertThat(EditionLoader.rowIndex("/rows//id")).isEqualTo(-1);
  }
}
