package org.siarchive.rules.quality;

import com.google.common.collect.ImmutableMap;
import java.util.BitSet;
import java.util.Set;
import java.util.TreeSet;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.defect.Location;
import org.siarchive.core.model.Item;
import org.siarchive.core.model.Page;

/**
 * Page numbers of each paper item (DA/T 22-2015: per item from 1, consecutively). Over the numbered
 * pages in physical order: the lowest must be 1; no number inside the range may be missing; none
 * may repeat; they must not decrease. Unnumbered pages are reported on their own. Each finding is
 * one defect per item, so that one broken thing gives one defect.
 */
final class PageNumbersCheck implements Check {
  static final PageNumbersCheck INSTANCE = new PageNumbersCheck();

  private PageNumbersCheck() {}

  @Override
  public String id() {
    return "paper.page-numbers";
  }

  @Override
  public Set<DefectCode> codes() {
    return Set.of(
        DefectCodes.PAGE_NUMBER_GAP,
        DefectCodes.PAGE_NUMBER_DUPLICATE,
        DefectCodes.PAGE_NUMBER_ORDER,
        DefectCodes.PAGE_NUMBER_NOT_FROM_ONE,
        DefectCodes.PAGE_UNNUMBERED);
  }

  @Override
  public void check(Inspection in, Findings findings) {
    for (Item item : in.volume().items()) {
      checkItem(in.volume().id(), item, findings);
    }
  }

  private static void checkItem(String volumeId, Item item, Findings findings) {
    int unnumbered = 0;
    int min = Integer.MAX_VALUE;
    int max = 0;
    int previous = 0;
    int outOfOrderPosition = 0;
    int outOfOrderPage = 0;
    BitSet seen = new BitSet(64);
    TreeSet<Integer> repeated = null;
    int distinct = 0;
    int position = 0;
    for (Page p : item.pages()) {
      position++;
      int n = p.number();
      if (n == 0) {
        unnumbered++;
        continue;
      }
      if (seen.get(n)) {
        if (repeated == null) {
          repeated = new TreeSet<>();
        }
        repeated.add(n);
      } else {
        seen.set(n);
        distinct++;
      }
      if (n < previous && outOfOrderPosition == 0) {
        outOfOrderPosition = position;
        outOfOrderPage = n;
      }
      previous = n;
      min = Math.min(min, n);
      max = Math.max(max, n);
    }
    Location at = Location.item(volumeId, item.number());
    if (distinct > 0 && min != 1) {
      findings.report(
          DefectCodes.PAGE_NUMBER_NOT_FROM_ONE,
          at,
          ImmutableMap.of("first", Integer.toString(min)));
    }
    if (distinct > 0 && distinct != max - min + 1) {
      TreeSet<Integer> missing = new TreeSet<>();
      for (int n = min + 1; n < max; n++) {
        if (!seen.get(n)) {
          missing.add(n);
        }
      }
      findings.report(
          DefectCodes.PAGE_NUMBER_GAP, at, ImmutableMap.of("missing", Numbers.list(missing)));
    }
    if (repeated != null) {
      findings.report(
          DefectCodes.PAGE_NUMBER_DUPLICATE, at, ImmutableMap.of("pages", Numbers.list(repeated)));
    }
    if (outOfOrderPosition > 0) {
      findings.report(
          DefectCodes.PAGE_NUMBER_ORDER,
          at,
          ImmutableMap.of(
              "position",
              Integer.toString(outOfOrderPosition),
              "page",
              Integer.toString(outOfOrderPage)));
    }
    if (unnumbered > 0) {
      findings.report(
          DefectCodes.PAGE_UNNUMBERED, at, ImmutableMap.of("count", Integer.toString(unnumbered)));
    }
  }
}
