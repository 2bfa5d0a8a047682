package org.siarchive.rules.quality;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.defect.Location;
import org.siarchive.core.model.Item;
import org.siarchive.core.model.SealKind;
import org.siarchive.rules.material.TypeRules;

/** Each paper item carries the seals its material must carry in the business type (缺章). */
final class SealsCheck implements Check {
  static final SealsCheck INSTANCE = new SealsCheck();

  /** The defect code of each missing seal; a test proves every {@link SealKind} has one. */
  static final Map<SealKind, DefectCode> CODE_OF =
      new EnumMap<>(
          Map.of(
              SealKind.OFFICE_SEAL, DefectCodes.OFFICE_SEAL_MISSING,
              SealKind.HANDLER_SEAL, DefectCodes.HANDLER_SEAL_MISSING));

  private SealsCheck() {}

  @Override
  public String id() {
    return "paper.seals";
  }

  @Override
  public Set<DefectCode> codes() {
    return Set.copyOf(CODE_OF.values());
  }

  @Override
  public void check(Inspection in, Findings findings) {
    TypeRules rules = in.typeRules().orElse(null);
    if (rules == null) {
      return;
    }
    for (Item item : in.volume().items()) {
      for (SealKind seal : rules.requiredSeals(item.materialCode())) {
        if (!item.hasSeal(seal)) {
          findings.report(
              Objects.requireNonNull(CODE_OF.get(seal)),
              Location.item(in.volume().id(), item.number()),
              // an unidentified material (null) requires no seal
              MaterialArguments.of(
                  "material",
                  in.context().materialRules(),
                  Objects.requireNonNull(item.materialCode())));
        }
      }
    }
  }
}
