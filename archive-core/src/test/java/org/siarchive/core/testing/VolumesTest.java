package org.siarchive.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.siarchive.core.json.ArchiveJson;
import org.siarchive.core.model.ArchivalCode;
import org.siarchive.core.model.CatalogEntry;
import org.siarchive.core.model.ColourMode;
import org.siarchive.core.model.ImageFormat;
import org.siarchive.core.model.Item;
import org.siarchive.core.model.Page;
import org.siarchive.core.model.PageImage;
import org.siarchive.core.model.RetentionPeriod;
import org.siarchive.core.model.SealKind;
import org.siarchive.core.model.Volume;

/**
 * The shared clean-volume builder derives three views that agree, item by item and page by page.
 */
class VolumesTest {
  private static final Volumes.Scan GREY_JPEG =
      new Volumes.Scan(ImageFormat.JPEG, 200, ColourMode.GREYSCALE);

  private static Volume threeItems() {
    return Volumes.builder()
        .id("SC07-2019-000042")
        .subCenterId("SC07")
        .year(2019)
        .retention(RetentionPeriod.ofYears(10))
        .organisation(null)
        .item(Volumes.Piece.of("M-A", "甲", true, EnumSet.of(SealKind.OFFICE_SEAL), "20190101", 1))
        .item(
            new Volumes.Piece(
                "M-B",
                "乙",
                false,
                Set.of(),
                "20190202",
                List.of(GREY_JPEG, Volumes.Scan.TIFF_300_COLOUR)))
        .item(Volumes.Piece.of("M-C", "丙", false, EnumSet.allOf(SealKind.class), null, 3))
        .build();
  }

  @Test
  void build_catalogueAndPaperAgreeItemByItem() {
    Volume v = threeItems();
    assertThat(v.catalogue()).extracting(CatalogEntry::itemNumber).containsExactly(1, 2, 3);
    assertThat(v.items()).extracting(Item::number).containsExactly(1, 2, 3);
    assertThat(v.catalogue())
        .extracting(CatalogEntry::materialCode)
        .containsExactly("M-A", "M-B", "M-C");
    assertThat(v.items()).extracting(Item::materialCode).containsExactly("M-A", "M-B", "M-C");
    assertThat(v.catalogue()).extracting(CatalogEntry::registeredPages).containsExactly(1, 2, 3);
    assertThat(v.items().get(2).pages()).containsExactly(new Page(1), new Page(2), new Page(3));
    assertThat(v.items()).extracting(Item::mainForm).containsExactly(true, false, false);
    assertThat(v.items().get(0).seals()).containsExactly(SealKind.OFFICE_SEAL);
    assertThat(v.catalogue().get(2).date()).isNull();
  }

  @Test
  void build_oneImagePerPage_inSequence_asScanned() {
    Volume v = threeItems();
    assertThat(v.images()).extracting(PageImage::sequence).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(v.images())
        .extracting(i -> i.itemNumber() + "/" + i.pageNumber())
        .containsExactly("1/1", "2/1", "2/2", "3/1", "3/2", "3/3");
    PageImage grey = v.images().get(1);
    assertThat(grey.format()).isEqualTo(ImageFormat.JPEG);
    assertThat(grey.dpi()).isEqualTo(200);
    assertThat(grey.colourMode()).isEqualTo(ColourMode.GREYSCALE);
    assertThat(v.images()).extracting(PageImage::sha256).doesNotHaveDuplicates();
  }

  @Test
  void digest_isSha256OfIdHashSequence() {
    // printf 'V#1' | sha256sum
    assertThat(Volumes.digest("V", 1))
        .isEqualTo("f719d9367606be90b818d4a0e5f47b7dbc2aa243da3b883c4a9e4e98005709a7");
    // printf 'SC07-2019-000042#4' | sha256sum
    assertThat(threeItems().images().get(3).sha256())
        .isEqualTo("c11a71032eb7f02262c7ab95d3dea9f001ba1af438a3b51b9b4a0e0211bb9a17");
  }

  @Test
  void build_archivalCodesCarryTheVolumesYearAndPeriod() {
    Volume v = threeItems();
    assertThat(v.catalogue().get(1).parsedArchivalCode())
        .contains(new ArchivalCode("J001", "SB", 2019, RetentionPeriod.ofYears(10), null, 2));
    Volume deferred =
        Volumes.builder()
            .retention(RetentionPeriod.defersTo("会计档案管理办法"))
            .item(Volumes.Piece.of("M-A", "甲", true, Set.of(), "20240101", 1))
            .build();
    assertThat(deferred.catalogue().get(0).archivalCode())
        .as("no code carries a deferring period")
        .isNull();
  }

  @Test
  void build_roundTripsThroughTheCodec() {
    Volume v = threeItems();
    assertThat(ArchiveJson.readVolume(ArchiveJson.writeVolume(v))).isEqualTo(v);
    assertThat(Fixtures.cleanVolume().images()).hasSize(4);
    assertThat(Fixtures.cleanVolume().person()).isNotNull();
  }
}
