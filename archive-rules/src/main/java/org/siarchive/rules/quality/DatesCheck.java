package org.siarchive.rules.quality;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.defect.Location;
import org.siarchive.core.id.Masking;
import org.siarchive.core.model.CatalogEntry;
import org.siarchive.rules.material.TypeRules;

/**
 * Each catalogue row's date: present; 8 digits of a real date; not after today by the context's
 * clock; not before the first day the business type could exist. At most one finding per row.
 */
final class DatesCheck implements Check {
  static final DatesCheck INSTANCE = new DatesCheck();

  private DatesCheck() {}

  @Override
  public String id() {
    return "catalogue.dates";
  }

  @Override
  public Set<DefectCode> codes() {
    return Set.of(
        DefectCodes.DATE_MISSING,
        DefectCodes.DATE_INVALID,
        DefectCodes.DATE_IN_FUTURE,
        DefectCodes.DATE_BEFORE_BUSINESS);
  }

  @Override
  public void check(Inspection in, Findings findings) {
    LocalDate today = null;
    LocalDate earliest = in.typeRules().map(TypeRules::availableFrom).orElse(null);
    for (CatalogEntry e : in.volume().catalogue()) {
      Location at = Location.item(in.volume().id(), e.itemNumber());
      if (e.date() == null) {
        findings.report(DefectCodes.DATE_MISSING, at);
        continue;
      }
      Optional<LocalDate> parsed = e.parsedDate();
      if (parsed.isEmpty()) {
        findings.report(
            DefectCodes.DATE_INVALID, at, ImmutableMap.of("date", Masking.excerpt(e.date())));
        continue;
      }
      LocalDate d = parsed.get();
      if (today == null) {
        today = in.context().today();
      }
      if (d.isAfter(today)) {
        findings.report(
            DefectCodes.DATE_IN_FUTURE,
            at,
            ImmutableMap.of("date", e.date(), "today", today.toString()));
      } else if (earliest != null && d.isBefore(earliest)) {
        findings.report(
            DefectCodes.DATE_BEFORE_BUSINESS,
            at,
            ImmutableMap.of("date", e.date(), "earliest", earliest.toString()));
      }
    }
  }
}
