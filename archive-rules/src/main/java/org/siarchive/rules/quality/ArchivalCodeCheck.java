package org.siarchive.rules.quality;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import java.util.Set;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.defect.Location;
import org.siarchive.core.id.Masking;
import org.siarchive.core.model.ArchivalCode;
import org.siarchive.core.model.CatalogEntry;
import org.siarchive.core.model.RetentionPeriod;
import org.siarchive.core.model.Volume;

/**
 * Each registered archival code (档号): of the DA/T 22-2015 form, of the volume's year and of its
 * retention period. A missing code is mandatory metadata, reported by the metadata check; a volume
 * whose period defers to another regulation has no period code to compare.
 */
final class ArchivalCodeCheck implements Check {
  static final ArchivalCodeCheck INSTANCE = new ArchivalCodeCheck();

  private ArchivalCodeCheck() {}

  @Override
  public String id() {
    return "catalogue.archival-code";
  }

  @Override
  public Set<DefectCode> codes() {
    return Set.of(
        DefectCodes.ARCHIVAL_CODE_MALFORMED,
        DefectCodes.ARCHIVAL_CODE_YEAR_MISMATCH,
        DefectCodes.ARCHIVAL_CODE_PERIOD_MISMATCH);
  }

  @Override
  public void check(Inspection in, Findings findings) {
    Volume v = in.volume();
    RetentionPeriod retention = v.retention();
    for (CatalogEntry e : v.catalogue()) {
      if (e.archivalCode() == null) {
        continue;
      }
      Location at = Location.item(v.id(), e.itemNumber());
      Optional<ArchivalCode> parsed = e.parsedArchivalCode();
      if (parsed.isEmpty()) {
        findings.report(
            DefectCodes.ARCHIVAL_CODE_MALFORMED,
            at,
            ImmutableMap.of("code", Masking.excerpt(e.archivalCode())));
        continue;
      }
      ArchivalCode code = parsed.get();
      if (code.year() != v.year()) {
        findings.report(
            DefectCodes.ARCHIVAL_CODE_YEAR_MISMATCH,
            at,
            ImmutableMap.of(
                "codeYear", Integer.toString(code.year()), "year", Integer.toString(v.year())));
      }
      if (!retention.isDeferred() && !code.period().equals(retention)) {
        findings.report(
            DefectCodes.ARCHIVAL_CODE_PERIOD_MISMATCH,
            at,
            ImmutableMap.of("codePeriod", code.period().code(), "retention", retention.code()));
      }
    }
  }
}
