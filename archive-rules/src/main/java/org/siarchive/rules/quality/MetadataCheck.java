package org.siarchive.rules.quality;

import com.google.common.collect.ImmutableMap;
import java.util.Set;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.defect.Location;
import org.siarchive.core.model.CatalogEntry;
import org.siarchive.core.model.Volume;
import org.siarchive.rules.material.MetadataField;

/**
 * The metadata the material rules in force declare mandatory (DA/T 70-2018 integrity): volume
 * fields once per volume, catalogue fields once per row.
 */
final class MetadataCheck implements Check {
  static final MetadataCheck INSTANCE = new MetadataCheck();

  private MetadataCheck() {}

  @Override
  public String id() {
    return "catalogue.metadata";
  }

  @Override
  public Set<DefectCode> codes() {
    return Set.of(DefectCodes.METADATA_MISSING);
  }

  @Override
  public void check(Inspection in, Findings findings) {
    Volume v = in.volume();
    for (MetadataField field : in.context().materialRules().mandatoryMetadata()) {
      if (field.perCatalogueRow()) {
        for (CatalogEntry e : v.catalogue()) {
          if (!field.presentIn(e)) {
            findings.report(
                DefectCodes.METADATA_MISSING,
                Location.item(v.id(), e.itemNumber()),
                ImmutableMap.of("field", field.jsonName()));
          }
        }
      } else if (!field.presentIn(v)) {
        findings.report(
            DefectCodes.METADATA_MISSING,
            Location.volume(v.id()),
            ImmutableMap.of("field", field.jsonName()));
      }
    }
  }
}
