package org.siarchive.core.defect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.siarchive.core.InvalidValueException;

/** Where a defect is, as messages and reports print it. */
class LocationTest {
  private static final String V = "SC01-2024-000001";

  @Test
  void toString_namesEachPartGiven_inTheOrderItemPageImage() {
    assertThat(Location.volume(V)).hasToString(V);
    assertThat(Location.item(V, 3)).hasToString(V + " item 3");
    assertThat(Location.page(V, 3, 2)).hasToString(V + " item 3 page 2");
    assertThat(Location.image(V, 17)).hasToString(V + " image 17");
    assertThat(new Location(V, 3, 2, 17)).hasToString(V + " item 3 page 2 image 17");
    assertThat(new Location(V, 3, null, 17)).hasToString(V + " item 3 image 17");
  }

  @Test
  void aPageWithoutItsItem_orABadVolumeId_isRefusedNamingTheField() {
    assertThatThrownBy(() -> new Location(V, null, 2, null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for pageNumber (only together with an item number): 2");
    assertThat(new Location(V, 1, null, null).pageNumber()).isNull();
    assertThatThrownBy(() -> Location.volume("SC01 2024"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid value for volumeId");
  }
}
