package org.siarchive.rules.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The counts a {@link ReportBuilder} keeps, as a value: what a part of an input (a file, a split, a
 * cluster task's share) contributes to a report. Counts of consecutive parts {@link #merge} exactly
 * and associatively, and {@link ReportBuilder#add} puts them into a builder, so the report of any
 * partition of an input, merged in input order in any grouping, is the report of one sequential
 * run. A plain record of strings and numbers: any Jackson {@code ObjectMapper} writes and reads it.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ReportCounts first = builderOfFirstPart.counts();
 * ReportCounts whole = first.merge(builderOfSecondPart.counts());
 * QualityReport report = ReportBuilder.of(context).add(whole).build(summary, null);
 * }</pre>
 *
 * @param subCenters the counts per sub-centre id, in id order
 * @param categories the counts per business type (its text form), in that order
 * @param codes per defect code: the defects and the volumes with it, in the order first found
 * @since 0.1.0
 */
public record ReportCounts(
    Map<String, Group> subCenters, Map<String, Group> categories, Map<String, CodeCount> codes) {

  /** No counts: the counts of an empty input. */
  public static final ReportCounts EMPTY = new ReportCounts(Map.of(), Map.of(), Map.of());

  /**
   * Copies the maps, sorting the groups by key.
   *
   * @param subCenters the counts per sub-centre id, in id order
   * @param categories the counts per business type (its text form), in that order
   * @param codes per defect code: the defects and the volumes with it, in the order first found
   */
  public ReportCounts {
    subCenters = Collections.unmodifiableMap(new TreeMap<>(subCenters));
    categories = Collections.unmodifiableMap(new TreeMap<>(categories));
    codes = Collections.unmodifiableMap(new LinkedHashMap<>(codes));
  }

  /**
   * The counts of one group (a sub-centre or a category).
   *
   * @param name for a sub-centre the first name its volumes carry (null when none did); for a
   *     category its name in the material rules
   * @param checked volumes checked
   * @param volumesWithDefects those with at least one defect
   * @param defects defects found
   * @param perCode defects per code, in the order first found
   */
  public record Group(
      @Nullable String name,
      long checked,
      long volumesWithDefects,
      long defects,
      Map<String, Long> perCode) {
    /**
     * Copies the map.
     *
     * @param name for a sub-centre the first name its volumes carry (null when none did); for a
     *     category its name in the material rules
     * @param checked volumes checked
     * @param volumesWithDefects those with at least one defect
     * @param defects defects found
     * @param perCode defects per code, in the order first found
     */
    public Group {
      perCode = Collections.unmodifiableMap(new LinkedHashMap<>(perCode));
    }

    Group merge(Group later) {
      Map<String, Long> codes = new LinkedHashMap<>(perCode);
      later.perCode.forEach((code, n) -> codes.merge(code, n, Math::addExact));
      return new Group(
          name != null ? name : later.name,
          Math.addExact(checked, later.checked),
          Math.addExact(volumesWithDefects, later.volumesWithDefects),
          Math.addExact(defects, later.defects),
          codes);
    }
  }

  /**
   * A defect code's counts.
   *
   * @param defects the defects of the code
   * @param volumes the volumes with at least one
   */
  public record CodeCount(long defects, long volumes) {
    CodeCount merge(CodeCount later) {
      return new CodeCount(
          Math.addExact(defects, later.defects), Math.addExact(volumes, later.volumes));
    }
  }

  /**
   * {@return the counts of this part followed by a later one: the figures add; a sub-centre keeps
   * the first name its volumes carry; codes keep the order first found} Exact and associative.
   *
   * @param later the counts of the part after this one
   */
  public ReportCounts merge(ReportCounts later) {
    Objects.requireNonNull(later, "later");
    return new ReportCounts(
        mergeGroups(subCenters, later.subCenters),
        mergeGroups(categories, later.categories),
        mergeCodes(codes, later.codes));
  }

  private static Map<String, Group> mergeGroups(Map<String, Group> a, Map<String, Group> b) {
    Map<String, Group> out = new TreeMap<>(a);
    b.forEach((key, g) -> out.merge(key, g, Group::merge));
    return out;
  }

  private static Map<String, CodeCount> mergeCodes(
      Map<String, CodeCount> a, Map<String, CodeCount> b) {
    Map<String, CodeCount> out = new LinkedHashMap<>(a);
    b.forEach((key, c) -> out.merge(key, c, CodeCount::merge));
    return out;
  }
}
