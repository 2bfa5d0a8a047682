package org.siarchive.rules.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.model.Item;
import org.siarchive.core.model.Page;
import org.siarchive.core.model.PageImage;
import org.siarchive.core.model.Volume;

/**
 * The checks of numbered things name the numbers they found wanting: the pages an item lacks, the
 * image sequence numbers a volume lacks, the image a new one repeats.
 */
class NumberedChecksTest {
  private static final Volume CLEAN = CleanVolumes.of(0, 1);

  private static List<Defect> check(Check check, Volume v) {
    return Suite.of("one", List.of(check)).check(v, CleanVolumes.CONTEXT);
  }

  @Test
  void pageNumbers_aGap_namesEveryPageMissingBetweenTheFirstAndTheLast() {
    Item first = CLEAN.items().get(0);
    Item gapped =
        new Item(
            first.number(),
            first.materialCode(),
            first.mainForm(),
            first.seals(),
            List.of(new Page(1), new Page(2), new Page(4), new Page(6)));
    List<Item> items = new ArrayList<>(CLEAN.items());
    items.set(0, gapped);
    List<Defect> found = check(PageNumbersCheck.INSTANCE, CLEAN.withItems(items));
    assertThat(found).extracting(d -> d.code().value()).containsExactly("PAGE_NUMBER_GAP");
    assertThat(found.get(0).arguments()).containsEntry("missing", "3, 5");
  }

  @Test
  void imageSequence_aGap_namesEverySequenceNumberMissingBeforeTheLast() {
    List<PageImage> images = new ArrayList<>();
    int[] sequences = {1, 2, 4, 5, 7};
    for (int i = 0; i < sequences.length; i++) {
      images.add(CLEAN.images().get(i % CLEAN.images().size()).withSequence(sequences[i]));
    }
    List<Defect> found = check(ImageSequenceCheck.INSTANCE, CLEAN.withImages(images));
    assertThat(found).extracting(d -> d.code().value()).containsExactly("IMAGE_SEQUENCE_GAP");
    assertThat(found.get(0).arguments()).containsEntry("missing", "3, 6");
  }

  @Test
  void duplicate_ofANewImage_namesTheImageItRepeats_andAFreshOneIsNone() {
    assertThat(CLEAN.images()).hasSizeGreaterThanOrEqualTo(2);
    Suite duplicates = Suite.of("one", List.of(ImageDuplicateCheck.INSTANCE));
    int next = CLEAN.images().size() + 1;
    PageImage fresh = CLEAN.images().get(0).withSequence(next).withSha256("e".repeat(64));
    assertThat(duplicates.checkImage(CLEAN, fresh, CleanVolumes.CONTEXT)).isEmpty();
    PageImage again = fresh.withSha256(CLEAN.images().get(1).sha256());
    List<Defect> found = duplicates.checkImage(CLEAN, again, CleanVolumes.CONTEXT);
    assertThat(found).extracting(d -> d.code().value()).containsExactly("IMAGE_DUPLICATE");
    assertThat(found.get(0).arguments())
        .containsEntry("firstSequence", Integer.toString(CLEAN.images().get(1).sequence()));
  }
}
