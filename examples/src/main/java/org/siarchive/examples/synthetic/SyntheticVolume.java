package org.siarchive.examples.synthetic;

import java.util.List;
import java.util.Objects;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.model.Volume;

/**
 * A generated volume and the defect codes deliberately seeded into it (empty for a clean volume):
 * the ground truth that the quality checks are measured against.
 *
 * @param volume the volume
 * @param seeded the seeded defect codes, sorted, without repeats
 */
public record SyntheticVolume(Volume volume, List<DefectCode> seeded) {
  /** Checks and copies. */
  public SyntheticVolume {
    Objects.requireNonNull(volume, "volume");
    seeded = List.copyOf(seeded);
  }

  /** True when defects were seeded. */
  public boolean isDefective() {
    return !seeded.isEmpty();
  }
}
