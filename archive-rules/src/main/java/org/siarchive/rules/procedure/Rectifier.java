package org.siarchive.rules.procedure;

import java.util.List;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.model.Volume;

/**
 * How a host rectifies (整改) a volume a step returned: given the volume and the defects found in it,
 * the volume as the archivist hands it back. A rectification may fail (the same volume back) or
 * bring a new defect; the procedure checks the volume again either way. A procedure whose
 * parallelism is above 1 calls it from several threads at once, in no fixed order.
 *
 * <pre>{@code
 * Rectifier byHand = (volume, defects, attempt) -> workbench.fix(volume, defects);
 * }</pre>
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface Rectifier {
  /**
   * Rectifies one volume.
   *
   * @param volume the volume as it was returned
   * @param defects the defects found in it, at least one
   * @param attempt how many times this volume has been rectified in this batch, this one included
   *     (1 for the first)
   * @return the volume after rectification, with the same id
   */
  Volume rectify(Volume volume, List<Defect> defects, int attempt);
}
