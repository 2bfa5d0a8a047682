package org.siarchive.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shared argument checks give back the value they accept, so that a compact constructor can
 * assign their result, and refuse one past each limit naming the field.
 */
class ChecksTest {
  @Test
  void range_returnsTheValue_atBothEnds() {
    assertThat(Checks.range(7, 7, 9, "n")).isEqualTo(7);
    assertThat(Checks.range(9, 7, 9, "n")).isEqualTo(9);
    assertThat(Checks.range(9_000_000_000L, 1L, 9_000_000_000L, "n")).isEqualTo(9_000_000_000L);
    assertThat(Checks.range(-5L, -5L, 0L, "n")).isEqualTo(-5L);
    assertThatThrownBy(() -> Checks.range(10, 7, 9, "n"))
        .hasMessage("Invalid value for n (valid values 7 - 9): 10");
  }

  @Test
  void texts_returnTheValue_andAbsentOptionalTextStaysAbsent() {
    assertThat(Checks.text("abc", 3, "t")).isEqualTo("abc");
    assertThat(Checks.optionalText("abc", 3, "t")).isEqualTo("abc");
    assertThat(Checks.optionalText(null, 3, "t")).isNull();
    assertThat(Checks.form("SC01-2024-000001", Forms.VOLUME_ID, "id"))
        .isEqualTo("SC01-2024-000001");
    assertThatThrownBy(() -> Checks.text("abcd", 3, "t"))
        .hasMessage("Invalid value for t (1 - 3 characters, not blank): \"abcd\"");
  }

  @Test
  void list_ofExactlyTheMaximum_isKept_andOneMoreRefused() {
    assertThat(Checks.list(List.of(1, 2), 2, "l")).containsExactly(1, 2);
    assertThatThrownBy(() -> Checks.list(List.of(1, 2, 3), 2, "l"))
        .hasMessage("Invalid value for l (at most 2 elements): 3 elements");
  }
}
