package org.siarchive.core.internal.ruledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pointers as rule-data messages write them, and the order in which problems are reported. */
class PointersTest {

  @Test
  void at_escapesEachSegmentPerRfc6901_andNoSegmentIsTheWholeDocument() {
    assertThat(Pointers.at()).isEmpty();
    assertThat(Pointers.at("businessTypes", 3, "zh")).isEqualTo("/businessTypes/3/zh");
    // RFC 6901 section 3: '~' is written ~0 and '/' is written ~1, in that order.
    assertThat(Pointers.at("a/b", "m~n", "~1")).isEqualTo("/a~1b/m~0n/~01");
    assertThat(Pointers.escape("")).isEmpty();
  }

  @Test
  void documentOrder_indexesNumerically_namesAlphabetically_parentsFirst() {
    List<String> pointers =
        new ArrayList<>(
            List.of(
                "/rows/10",
                "/rows/2/zh",
                "/rows/2",
                "/rows",
                "/materials/0",
                "",
                "/rows/1234567890",
                "/rows/999",
                "/rows/02",
                "/rows/b",
                "/rows/a"));
    pointers.sort(Pointers.DOCUMENT_ORDER);
    assertThat(pointers)
        .containsExactly(
            "",
            "/materials/0",
            "/rows",
            // Ten digits or more is a name, and a name against an index compares as text:
            // "1234567890" before "2".
            "/rows/1234567890",
            // 02 and 2 are the same index: the stable sort keeps them in their given order, and
            // both come before a child of either.
            "/rows/2",
            "/rows/02",
            "/rows/2/zh",
            "/rows/10",
            "/rows/999",
            "/rows/a",
            "/rows/b");
    assertThat(Pointers.DOCUMENT_ORDER.compare("/rows/2", "/rows/02")).isZero();
    assertThat(Pointers.DOCUMENT_ORDER.compare("/rows/2", "/rows/10")).isNegative();
    assertThat(Pointers.DOCUMENT_ORDER.compare("/rows/10", "/rows/2")).isPositive();
    assertThat(Pointers.DOCUMENT_ORDER.compare("/rows", "/rows/0")).isNegative();
    assertThat(Pointers.DOCUMENT_ORDER.compare("/rows/0", "/rows")).isPositive();
    assertThat(Pointers.DOCUMENT_ORDER.compare("/a", "/a")).isZero();
  }
}
