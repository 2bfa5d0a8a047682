package org.siarchive.core.defect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Defect codes are written as their text and sort by it. */
class DefectCodeTest {
  @Test
  void code_isWrittenAsItsText_andSortsByIt() {
    assertThat(DefectCode.of("SEAL_MISSING")).hasToString("SEAL_MISSING");
    assertThat(
            Stream.of("PAGE_GAP", "AB", "SEAL_MISSING", "PAGE_DUPLICATE")
                .map(DefectCode::of)
                .sorted())
        .map(DefectCode::value)
        .isEqualTo(List.of("AB", "PAGE_DUPLICATE", "PAGE_GAP", "SEAL_MISSING"));
    assertThat(DefectCode.of("AB").compareTo(DefectCode.of("AB"))).isZero();
  }
}
