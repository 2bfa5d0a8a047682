package org.siarchive.rules.retention;

import java.util.List;
import org.siarchive.core.model.RetentionPeriod;
import org.siarchive.rules.retention.internal.EditionDocument.CategoryDocument;
import org.siarchive.rules.retention.internal.EditionDocument.ProvenanceDocument;
import org.siarchive.rules.retention.internal.EditionDocument.RowDocument;
import org.siarchive.rules.retention.internal.EditionLoader;

/**
 * Converts between the wire records and the API's records. The two forms carry the same facts; an
 * empty list of aliases or material codes is written by omitting the property. Kept beside the API
 * records (not in {@code internal}) so that the internal package never depends back on the API
 * package.
 */
final class RowMapping {
  private RowMapping() {}

  /** The API row of a checked wire row. */
  static ScheduleRow toRow(RowDocument d) {
    return new ScheduleRow(
        d.id(),
        d.category(),
        d.material(),
        d.materialEn(),
        d.aliases() == null ? List.of() : d.aliases(),
        d.materialCodes() == null ? List.of() : d.materialCodes(),
        EditionLoader.period(d),
        toProvenance(d.provenance()));
  }

  /** The wire row of an API row. */
  static RowDocument toDocument(ScheduleRow r) {
    RetentionPeriod period = r.period();
    return new RowDocument(
        r.id(),
        r.category(),
        r.material(),
        r.materialEn(),
        r.aliases().isEmpty() ? null : r.aliases(),
        r.materialCodes().isEmpty() ? null : r.materialCodes(),
        period == null ? null : period.code(),
        toDocument(r.provenance()));
  }

  /** The API category of a checked wire category. */
  static Category toCategory(CategoryDocument d) {
    return new Category(
        d.id(), d.name(), d.nameEn(), d.rowsComplete(), toProvenance(d.provenance()));
  }

  static Provenance toProvenance(ProvenanceDocument d) {
    return new Provenance(d.source(), d.confirmed(), d.note());
  }

  static ProvenanceDocument toDocument(Provenance p) {
    return new ProvenanceDocument(p.source(), p.confirmed(), p.note());
  }
}
