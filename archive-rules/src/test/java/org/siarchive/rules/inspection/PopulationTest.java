package org.siarchive.rules.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.siarchive.core.InvalidValueException;
import org.siarchive.sampling.allocation.Rate;
import org.siarchive.sampling.allocation.RatePrior;

class PopulationTest {

  @Test
  void population_anIdInTwoStrata_isRefusedNamingIt() {
    assertThatThrownBy(
            () ->
                Population.of(
                    Map.of(
                        StratumKey.ofSubCenter("SC01"), List.of("V1", "V2"),
                        StratumKey.ofSubCenter("SC02"), List.of("V2"))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for strata/SC02 (each id once in the population): \"V2\"");
  }

  @Test
  void population_strataInKeyOrder_andSized() {
    Population p =
        Population.builder(Strata.SUB_CENTER)
            .add(StratumKey.ofSubCenter("SC02"), "B")
            .add(StratumKey.ofSubCenter("SC01"), "A")
            .add(StratumKey.ofSubCenter("SC01"), "C")
            .build();
    assertThat(p.keys()).extracting(StratumKey::id).containsExactly("SC01", "SC02");
    assertThat(p.size()).isEqualTo(3);
    assertThat(p.ids(StratumKey.ofSubCenter("SC01"))).containsExactly("A", "C");
  }

  @Test
  void history_categoryWithoutItsOwnTally_takesItsSubCentres_andNoneTakesThePrior() {
    History h = History.of(Map.of(StratumKey.ofSubCenter("SC01"), new History.Tally(98, 8)));
    assertThat(h.rate(StratumKey.of("SC01", "PENSION/REGISTRATION"), RatePrior.LAPLACE))
        .isEqualTo(Rate.parse("0.09")); // (8 + 1) / (98 + 2)
    assertThat(h.rate(StratumKey.ofSubCenter("SC09"), RatePrior.LAPLACE))
        .isEqualTo(Rate.parse("0.5"));
    assertThat(History.none().tallyOf(StratumKey.ofSubCenter("SC01"))).isEmpty();
  }

  @Test
  void strata_parse_namesTheValidValues() {
    assertThat(Strata.parse("sub-center,category")).isEqualTo(Strata.SUB_CENTER_AND_CATEGORY);
    assertThatThrownBy(() -> Strata.parse("district"))
        .hasMessage(
            "Invalid value for strata (valid values sub-center, sub-center,category,"
                + " sub-center,line): district");
  }
}
