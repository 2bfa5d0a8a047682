package org.siarchive.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.testing.Fixtures;

class ModelTest {

  @Test
  void item_copiesItsCollections() {
    List<Page> pages = new ArrayList<>(List.of(new Page(1)));
    Set<SealKind> seals = EnumSet.of(SealKind.HANDLER_SEAL, SealKind.OFFICE_SEAL);
    Item item = new Item(1, "M-APPLICATION", true, seals, pages);
    pages.add(new Page(2));
    seals.clear();
    assertThat(item.pages()).containsExactly(new Page(1));
    assertThat(item.seals()).containsExactly(SealKind.OFFICE_SEAL, SealKind.HANDLER_SEAL);
    assertThatThrownBy(() -> item.pages().add(new Page(3)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(item.hasSeal(SealKind.OFFICE_SEAL)).isTrue();
    assertThat(item.hasSeal(SealKind.HANDLER_SEAL)).isTrue();
    assertThat(
            new Item(2, null, false, Set.of(SealKind.OFFICE_SEAL), List.of())
                .hasSeal(SealKind.HANDLER_SEAL))
        .isFalse();
  }

  @Test
  void chineseNames_areThoseOfTheArchivalStandard() {
    assertThat(SealKind.HANDLER_SEAL.chineseName()).isEqualTo("经办人章");
    assertThat(InsuranceLine.GENERAL.chineseName()).isEqualTo("综合");
  }

  @Test
  void invalidValue_carriesItsFieldConstraintAndShownValueAsData() {
    InvalidValueException e = new InvalidValueException("pages", "at most 9999", "10000");
    assertThat(e.field()).isEqualTo("pages");
    assertThat(e.constraint()).isEqualTo("at most 9999");
    assertThat(e.shownValue()).isEqualTo("10000");
  }

  @Test
  void item_nullPage_isNamedByIndex() {
    List<Page> pages = new ArrayList<>();
    pages.add(new Page(1));
    pages.add(null);
    assertThatThrownBy(() -> new Item(1, null, false, Set.of(), pages))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for pages/1 (required): null");
  }

  @Test
  void page_outOfRange_namesFieldRangeAndValue() {
    assertThatThrownBy(() -> new Page(-1))
        .hasMessage("Invalid value for number (valid values 0 - 9999): -1");
    assertThat(Page.UNNUMBERED.isNumbered()).isFalse();
  }

  @Test
  void catalogEntry_keepsDateAndCodeAsRegistered_andInterpretsThem() {
    CatalogEntry ok = Fixtures.entry(1, "20240315");
    assertThat(ok.parsedDate()).contains(LocalDate.of(2024, 3, 15));
    assertThat(ok.parsedArchivalCode()).isPresent();
    CatalogEntry impossible = Fixtures.entry(1, "20230229");
    assertThat(impossible.parsedDate()).isEmpty();
    assertThat(Fixtures.entry(1, "2024-03-15").parsedDate()).isEmpty();
    assertThat(Fixtures.entry(1, null).parsedDate()).isEmpty();
  }

  @Test
  void catalogEntry_blankTitle_isRefused() {
    assertThatThrownBy(
            () -> new CatalogEntry(1, null, "M-APPLICATION", " \t", null, "和平分中心", null, 1))
        .hasMessage("Invalid value for title (1 - 500 characters, not blank): \" \\u0009\"");
  }

  @Test
  void volume_builder_toBuilder_roundTrips() {
    Volume v = Fixtures.cleanVolume();
    assertThat(v.toBuilder().build()).isEqualTo(v);
    assertThat(v.paperPageCount()).isEqualTo(v.registeredPageCount());
  }

  @Test
  void volume_missingId_namesTheField() {
    assertThatThrownBy(() -> Fixtures.cleanVolume().toBuilder().id(null).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for id (required): null");
  }

  @Test
  void volume_badSubCenterId_showsPattern() {
    assertThatThrownBy(() -> Fixtures.cleanVolume().toBuilder().subCenterId("和平").build())
        .hasMessage(
            "Invalid value for subCenterId (pattern [A-Za-z0-9][A-Za-z0-9_-]{0,31}): \"和平\"");
  }

  @Test
  void businessType_parse_andText() {
    BusinessType t = BusinessType.parse("PENSION/BENEFIT_DETERMINATION");
    assertThat(t.line()).isEqualTo(InsuranceLine.PENSION);
    assertThat(t).hasToString("PENSION/BENEFIT_DETERMINATION");
    assertThatThrownBy(() -> BusinessType.parse("PENSIONS/X"))
        .hasMessage(
            "Invalid value for businessType (LINE/STEP, e.g. PENSION/REGISTRATION): \"PENSIONS/X\"");
  }
}
