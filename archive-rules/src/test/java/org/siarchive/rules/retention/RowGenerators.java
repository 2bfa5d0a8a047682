package org.siarchive.rules.retention;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.siarchive.core.model.RetentionPeriod;

/**
 * Generated schedule rows for properties: ids drawn from a small pool (so that two generated
 * editions share many rows), every period including deferring and unknown ones, a few materials,
 * categories, codes and confirmations.
 */
final class RowGenerators {
  private RowGenerators() {}

  private static final List<RetentionPeriod> PERIODS =
      List.of(
          RetentionPeriod.ofYears(10),
          RetentionPeriod.ofYears(30),
          RetentionPeriod.ofYears(50),
          RetentionPeriod.ofYears(100),
          RetentionPeriod.PERMANENT,
          RetentionPeriod.defersTo("会计档案管理办法"));
  private static final List<String> MATERIALS = List.of("参保单位登记材料", "稽核材料", "年度统计报表");
  private static final String[] CATEGORIES = {"一", "二"};

  /** One row, its fields decoded from one generated number. */
  static ScheduleRow row(int id, int seed) {
    int periodIndex = seed % (PERIODS.size() + 1);
    boolean unconfirmed = periodIndex == PERIODS.size();
    String category = CATEGORIES[(seed / 7) % 2];
    String material = MATERIALS.get((seed / 14) % MATERIALS.size());
    List<String> codes = (seed / 42) % 3 == 0 ? List.of("M-" + id) : List.of();
    return new ScheduleRow(
        category + "(" + id + ")",
        category,
        material,
        "material " + ((seed / 14) % MATERIALS.size()),
        List.of(),
        codes,
        unconfirmed ? null : PERIODS.get(periodIndex),
        new Provenance("generated", !unconfirmed && (seed / 126) % 4 != 0, null));
  }

  /** Rows with distinct ids (the first generated row of an id wins). */
  static Gen<List<ScheduleRow>> rows() {
    return lists()
        .of(integers().between(1, 25).zip(integers().between(0, 1_000_000), RowGenerators::row))
        .ofSizeBetween(0, 30)
        .map(RowGenerators::distinctIds);
  }

  private static List<ScheduleRow> distinctIds(List<ScheduleRow> rows) {
    Map<String, ScheduleRow> byId = new LinkedHashMap<>();
    for (ScheduleRow r : rows) {
      byId.putIfAbsent(r.id(), r);
    }
    return new ArrayList<>(byId.values());
  }
}
