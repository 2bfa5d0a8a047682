package org.siarchive.rules.quality;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.defect.DefectCode;

/**
 * The figures of a run, which always add up: {@code read = checked + rejected}; {@code
 * volumesWithDefects <= checked}; the defects per code are positive and a volume with defects has
 * at least one. It names the suite, the rule editions that produced it, and the checks the context
 * did not allow (e.g. the digest check without image files).
 *
 * <p>Immutable and thread-safe; the map keeps the catalogue's code order.
 *
 * <pre>{@code
 * RunSummary s = run.run(file);
 * s.read() == s.checked() + s.rejected();  // always
 * }</pre>
 *
 * @param read the records read (non-blank lines)
 * @param checked the volumes decoded and checked
 * @param rejected the records rejected
 * @param volumesWithDefects the volumes with at least one defect
 * @param defectsPerCode the number of defects of each code found, only codes found
 * @param suite the suite's name
 * @param editions the rule editions in force
 * @param notPerformed the ids of the checks the context did not allow
 * @since 0.1.0
 */
public record RunSummary(
    long read,
    long checked,
    long rejected,
    long volumesWithDefects,
    Map<DefectCode, Long> defectsPerCode,
    String suite,
    List<String> editions,
    List<String> notPerformed) {

  /**
   * Checks that the figures add up and copies the collections.
   *
   * @param read the records read (non-blank lines)
   * @param checked the volumes decoded and checked
   * @param rejected the records rejected
   * @param volumesWithDefects the volumes with at least one defect
   * @param defectsPerCode the number of defects of each code found, only codes found
   * @param suite the suite's name
   * @param editions the rule editions in force
   * @param notPerformed the ids of the checks the context did not allow
   */
  public RunSummary {
    Objects.requireNonNull(suite, "suite");
    editions = List.copyOf(editions);
    notPerformed = List.copyOf(notPerformed);
    defectsPerCode = Collections.unmodifiableMap(new LinkedHashMap<>(defectsPerCode));
    long total = 0;
    for (Map.Entry<DefectCode, Long> e : defectsPerCode.entrySet()) {
      if (e.getValue() <= 0) {
        throw new InvalidValueException(
            "defectsPerCode/" + e.getKey(), "positive", e.getValue().toString());
      }
      total += e.getValue();
    }
    if (checked < 0
        || rejected < 0
        || read != checked + rejected
        || volumesWithDefects < 0
        || volumesWithDefects > checked
        || volumesWithDefects > total
        || (volumesWithDefects == 0) != (total == 0)) {
      throw new InvalidValueException(
          "read",
          "read = checked + rejected; 0 <= volumesWithDefects <= checked and <= defects",
          String.format(
              Locale.ROOT,
              "read %d, checked %d, rejected %d, volumesWithDefects %d, defects %d",
              read,
              checked,
              rejected,
              volumesWithDefects,
              total));
    }
  }

  /** {@return the number of defects found} */
  public long defects() {
    return defectsPerCode.values().stream().mapToLong(Long::longValue).sum();
  }
}
