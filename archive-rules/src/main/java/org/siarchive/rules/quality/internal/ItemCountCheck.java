package org.siarchive.rules.quality.internal;

import com.google.common.collect.ImmutableMap;
import java.util.Set;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.defect.Location;
import org.siarchive.core.model.Volume;
import org.siarchive.rules.quality.Check;
import org.siarchive.rules.quality.DefectCodes;
import org.siarchive.rules.quality.Findings;
import org.siarchive.rules.quality.Inspection;

/** Items on paper against rows in the catalogue (实物件数与目录件数不符). */
public final class ItemCountCheck implements Check {
  public static final ItemCountCheck INSTANCE = new ItemCountCheck();

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
