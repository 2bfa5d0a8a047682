package org.siarchive.rules.retention.internal;

import java.util.List;
import org.siarchive.rules.retention.internal.EditionDocument.RowDocument;

/**
 * The JSON form of an edition diff; rows are in the edition format.
 *
 * @param from the older edition
 * @param to the newer edition
 * @param added rows only in the newer edition
 * @param removed rows only in the older edition
 * @param changed rows in both that differ
 */
public record DiffDocument(
    Ref from, Ref to, List<RowDocument> added, List<RowDocument> removed, List<Change> changed) {

  /**
   * An edition's identity.
   *
   * @param scheduleId the schedule
   * @param edition the edition
   */
  public record Ref(String scheduleId, String edition) {
    /** The reference. */
    public static Ref of(String scheduleId, String edition) {
      return new Ref(scheduleId, edition);
    }
  }

  /**
   * One changed row.
   *
   * @param rowId the row
   * @param kinds the kinds of change, by name
   * @param from the row before
   * @param to the row after
   */
  public record Change(String rowId, List<String> kinds, RowDocument from, RowDocument to) {}
}
