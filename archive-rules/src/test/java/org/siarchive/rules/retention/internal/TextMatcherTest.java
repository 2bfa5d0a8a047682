package org.siarchive.rules.retention.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.siarchive.rules.retention.internal.TextMatcher.Result;
import org.siarchive.rules.retention.internal.TextMatcher.Tier;

/**
 * Worked examples of the class Javadoc's tiers, beside the property that the index finds what a
 * scan finds: every equal match is reported, each value once, and a longer text in the query beats
 * a shorter one found earlier in it.
 */
class TextMatcherTest {

  @Test
  void sameText_ofTwoValues_reportsBoth_inTheOrderAdded() {
    TextMatcher<String> m =
        TextMatcher.<String>builder().add("a", List.of("登记材料")).add("b", List.of("登记材料")).build();
    assertThat(m.match("登记材料")).isEqualTo(new Result<>(Tier.SAME_TEXT, List.of("a", "b")));
  }

  @Test
  void sameText_ofOneValueUnderTwoSpellings_reportsItOnce() {
    TextMatcher<String> m =
        TextMatcher.<String>builder().add("a", List.of("登记材料", "登记 材料", "登记（材料）")).build();
    assertThat(m.match("登记材料")).isEqualTo(new Result<>(Tier.SAME_TEXT, List.of("a")));
  }

  @Test
  void result_cannotBeChangedByTheCaller() {
    TextMatcher<String> m =
        TextMatcher.<String>builder().add("a", List.of("登记材料")).add("b", List.of("登记材料")).build();
    List<String> values = m.match("登记材料").values();
    assertThatThrownBy(() -> values.add("c")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(m.match("登记材料").values()).containsExactly("a", "b");
  }

  @Test
  void textInQuery_aLongerTextLaterInTheQuery_beatsAShorterOneBeforeIt() {
    TextMatcher<String> m =
        TextMatcher.<String>builder()
            .add("short", List.of("登记"))
            .add("long", List.of("参保单位"))
            .build();
    assertThat(m.match("登记参保单位表")).isEqualTo(new Result<>(Tier.TEXT_IN_QUERY, List.of("long")));
  }
}
