package org.siarchive.rules.simulation;

import java.util.List;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.model.Volume;

/**
 * Where the simulated city's volumes come from: a host's sample of real volumes with what is known
 * to be wrong with them, or a synthetic city with its seeded defects (the examples' {@code
 * SyntheticCity}). The volumes are checked once by the real suites ({@link CityPool#of}); the
 * simulation then forms volumes like them. Implementations return the same volume for the same
 * index every time.
 *
 * <pre>{@code
 * VolumeSource source = new VolumeSource() {
 *   public int size() { return 5_000; }
 *   public Volume volume(int i) { return city.volume(i).volume(); }
 *   public List<DefectCode> defects(int i) { return city.volume(i).seeded(); }
 * };
 * }</pre>
 *
 * @since 0.1.0
 */
public interface VolumeSource {
  /** {@return how many volumes, 1 or more} */
  int size();

  /**
   * {@return the volume at an index, 0 to {@code size() - 1}}
   *
   * @param index 0 to {@code size() - 1}
   */
  Volume volume(int index);

  /**
   * {@return what is truly wrong with the volume at an index: empty when it is sound}
   *
   * @param index 0 to {@code size() - 1}
   */
  List<DefectCode> defects(int index);
}
