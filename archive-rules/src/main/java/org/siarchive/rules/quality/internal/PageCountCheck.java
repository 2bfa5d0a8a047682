package org.siarchive.rules.quality.internal;

import com.google.common.collect.ImmutableMap;
import java.util.Set;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.defect.Location;
import org.siarchive.core.model.CatalogEntry;
import org.siarchive.core.model.Item;
import org.siarchive.rules.quality.Check;
import org.siarchive.rules.quality.DefectCodes;
import org.siarchive.rules.quality.Findings;
import org.siarchive.rules.quality.Inspection;

/**
 * Registered page count against the pages found on paper, for each paper item that has a
 * catalogue row with its number (an item without one is an item-count defect).
 */
public final class PageCountCheck implements Check {
  public static final PageCountCheck INSTANCE = new PageCountCheck();

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
