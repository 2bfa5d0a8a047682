package org.siarchive.rules.quality;

import java.util.List;
import java.util.Objects;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.model.BusinessType;
import org.siarchive.core.model.Volume;

/**
 * What a run found in one volume: where the volume was read, what reports group it by, and its
 * defects (empty for a clean volume). The volume itself is not kept, so that a run over a large
 * file holds little.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * VolumeResult r = VolumeResult.of(12, volume, suite.check(volume, context));
 * r.hasDefects();
 * }</pre>
 *
 * @param line the 1-based line of the JSON Lines file, or 0 when not read from a file
 * @param volumeId the volume's id
 * @param subCenterId the sub-centre that formed it
 * @param businessType its business type (the category reports group by)
 * @param year its year
 * @param defects the defects found, in the suite's order
 */
public record VolumeResult(
    long line, String volumeId, String subCenterId, BusinessType businessType, int year, List<Defect> defects) {

  /** Checks the fields and copies the list. */
  public VolumeResult {
    Objects.requireNonNull(volumeId, "volumeId");
    Objects.requireNonNull(subCenterId, "subCenterId");
    Objects.requireNonNull(businessType, "businessType");
    defects = List.copyOf(defects);
  }

  /** The result of checking a volume. */
  public static VolumeResult of(long line, Volume volume, List<Defect> defects) {
    return new VolumeResult(
        line, volume.id(), volume.subCenterId(), volume.businessType(), volume.year(), defects);
  }

  /** True when at least one defect was found. */
  public boolean hasDefects() {
    return !defects.isEmpty();
  }
}
