package org.siarchive.rules.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.siarchive.core.model.BusinessType;
import org.siarchive.core.model.CatalogEntry;
import org.siarchive.core.model.InsuranceLine;
import org.siarchive.core.model.Item;
import org.siarchive.core.model.Volume;
import org.siarchive.rules.material.MaterialRules;

/** What an inspection tells the checks of a volume: materials, and whether images are required. */
class InspectionTest {
  private static final Volume CLEAN = CleanVolumes.of(0, 1);

  @Test
  void materialOfItem_isTheCatalogues_elseThePapers() {
    Item first = CLEAN.items().get(0);
    List<CatalogEntry> rows = new ArrayList<>(CLEAN.catalogue());
    rows.removeIf(e -> e.itemNumber() == first.number());
    Inspection in = Inspection.of(CLEAN.withCatalogue(rows), CleanVolumes.CONTEXT);
    assertThat(in.paperItem(first.number())).isEqualTo(first);
    assertThat(in.materialOfItem(first.number())).isEqualTo(first.materialCode()).isNotNull();
    assertThat(in.materialOfItem(9999)).isNull();
  }

  @Test
  void imageRequired_isTheBusinessTypes_andTrueForATypeTheRulesDoNotKnow() {
    // RULE-DATA.md's minimal edition, its one business type needing no images.
    MaterialRules rules =
        MaterialRules.load(
            new ByteArrayInputStream(
                """
                {"format": "siarchive-material-rules/1", "id": "tianjin-local", "edition": "2027.1",
                 "effectiveFrom": "2027-01-01", "illustrative": false, "title": "T", "source": "S",
                 "images": {"minDpi": 200, "allowedFormats": ["TIFF"], "colourForSeals": true},
                 "mandatoryMetadata": ["volume.arranger"],
                 "materials": [{"code": "FORM", "zh": "表", "en": "Form", "colourRequired": false}],
                 "businessTypes": [
                   {"businessType": {"line": "PENSION", "step": "X"}, "zh": "养老", "en": "Pension",
                    "availableFrom": "1991-01-01", "imageRequired": false,
                    "materials": [{"material": "FORM", "required": true, "mainForm": true,
                                   "seals": []}]}]}
                """
                    .getBytes(StandardCharsets.UTF_8)),
            "local.json");
    CheckContext context = CheckContext.builder(rules).build();
    Volume pension = CLEAN.withBusinessType(new BusinessType(InsuranceLine.PENSION, "X"));
    assertThat(Inspection.of(pension, context).imageRequired()).isFalse();
    Volume other = CLEAN.withBusinessType(new BusinessType(InsuranceLine.PENSION, "Y"));
    assertThat(Inspection.of(other, context).imageRequired()).isTrue();
    assertThat(Inspection.of(CLEAN, CleanVolumes.CONTEXT).imageRequired()).isTrue();
  }
}
