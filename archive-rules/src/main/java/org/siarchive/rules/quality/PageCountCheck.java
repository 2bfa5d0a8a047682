package org.siarchive.rules.quality;

import com.google.common.collect.ImmutableMap;
import java.util.Set;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.defect.Location;
import org.siarchive.core.model.CatalogEntry;
import org.siarchive.core.model.Item;

/**
 * Registered page count against the pages found on paper, for each paper item that has a catalogue
 * row with its number (an item without one is an item-count defect).
 */
final class PageCountCheck implements Check {
  static final PageCountCheck INSTANCE = new PageCountCheck();

  private PageCountCheck() {}

  @Override
  public String id() {
    return "paper.page-count";
  }

  @Override
  public Set<DefectCode> codes() {
    return Set.of(DefectCodes.PAGE_COUNT_MISMATCH);
  }

  @Override
  public void check(Inspection in, Findings findings) {
    for (Item item : in.volume().items()) {
      CatalogEntry e = in.catalogueEntry(item.number());
      if (e != null && e.registeredPages() != item.pageCount()) {
        findings.report(
            DefectCodes.PAGE_COUNT_MISMATCH,
            Location.item(in.volume().id(), item.number()),
            ImmutableMap.of(
                "registered", Integer.toString(e.registeredPages()),
                "paper", Integer.toString(item.pageCount())));
      }
    }
  }
}
