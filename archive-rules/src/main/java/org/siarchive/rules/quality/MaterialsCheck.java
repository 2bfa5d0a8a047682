package org.siarchive.rules.quality;

import java.util.HashSet;
import java.util.Set;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.defect.Location;
import org.siarchive.core.model.Item;
import org.siarchive.core.model.Volume;
import org.siarchive.rules.material.MaterialRules;
import org.siarchive.rules.material.TypeRules;

/**
 * The main form and the other required materials on paper. The main form is present when an item is
 * flagged as the main form and is of the rule's main-form material; another required material is
 * present when an item is of that material.
 */
final class MaterialsCheck implements Check {
  static final MaterialsCheck INSTANCE = new MaterialsCheck();

  private MaterialsCheck() {}

  @Override
  public String id() {
    return "paper.materials";
  }

  @Override
  public Set<DefectCode> codes() {
    return Set.of(DefectCodes.MAIN_FORM_MISSING, DefectCodes.REQUIRED_MATERIAL_MISSING);
  }

  @Override
  public void check(Inspection in, Findings findings) {
    TypeRules rules = in.typeRules().orElse(null);
    if (rules == null) {
      return;
    }
    Volume v = in.volume();
    Set<String> present = new HashSet<>();
    boolean mainForm = false;
    for (Item item : v.items()) {
      if (item.materialCode() != null) {
        present.add(item.materialCode());
        mainForm |= item.mainForm() && item.materialCode().equals(rules.mainForm());
      }
    }
    MaterialRules edition = in.context().materialRules();
    if (!mainForm) {
      findings.report(
          DefectCodes.MAIN_FORM_MISSING,
          Location.volume(v.id()),
          MaterialArguments.of("mainForm", edition, rules.mainForm()));
    }
    for (String material : rules.otherRequiredMaterials()) {
      if (!present.contains(material)) {
        findings.report(
            DefectCodes.REQUIRED_MATERIAL_MISSING,
            Location.volume(v.id()),
            MaterialArguments.of("material", edition, material));
      }
    }
  }
}
