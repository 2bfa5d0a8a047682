package org.siarchive.rules.quality;

import com.google.common.collect.ImmutableMap;
import java.util.Set;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.defect.Location;
import org.siarchive.core.model.Volume;

/** Items on paper against rows in the catalogue (实物件数与目录件数不符). */
final class ItemCountCheck implements Check {
  static final ItemCountCheck INSTANCE = new ItemCountCheck();

  private ItemCountCheck() {}

  @Override
  public String id() {
    return "paper.item-count";
  }

  @Override
  public Set<DefectCode> codes() {
    return Set.of(DefectCodes.ITEM_COUNT_MISMATCH);
  }

  @Override
  public void check(Inspection in, Findings findings) {
    Volume v = in.volume();
    if (v.items().size() != v.catalogue().size()) {
      findings.report(
          DefectCodes.ITEM_COUNT_MISMATCH,
          Location.volume(v.id()),
          ImmutableMap.of(
              "paper", Integer.toString(v.items().size()),
              "catalogue", Integer.toString(v.catalogue().size())));
    }
  }
}
