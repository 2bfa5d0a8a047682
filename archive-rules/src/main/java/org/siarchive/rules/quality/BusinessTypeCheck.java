package org.siarchive.rules.quality;

import com.google.common.collect.ImmutableMap;
import java.util.Set;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.defect.Location;

/** The volume's business type must have a row in the material rules in force. */
final class BusinessTypeCheck implements Check {
  static final BusinessTypeCheck INSTANCE = new BusinessTypeCheck();

  private BusinessTypeCheck() {}

  @Override
  public String id() {
    return "volume.business-type";
  }

  @Override
  public Set<DefectCode> codes() {
    return Set.of(DefectCodes.BUSINESS_TYPE_UNKNOWN);
  }

  @Override
  public void check(Inspection in, Findings findings) {
    if (in.typeRules().isEmpty()) {
      findings.report(
          DefectCodes.BUSINESS_TYPE_UNKNOWN,
          Location.volume(in.volume().id()),
          ImmutableMap.of(
              "businessType", in.volume().businessType().toString(),
              "rules", in.context().materialRules().label()));
    }
  }
}
