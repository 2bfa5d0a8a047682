package org.siarchive.examples.synthetic;

import java.util.List;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.model.Volume;
import org.siarchive.rules.simulation.VolumeSource;

/**
 * The synthetic city as the simulation's volume source: its first volumes with their seeded defects
 * as the truth.
 *
 * <pre>{@code
 * CityPool pool = CityPool.of(SyntheticSource.of(SyntheticCity.of(42L), 4_000), context, 20_000);
 * }</pre>
 *
 * <p>Thread-safe: each volume is a pure function of the city's seed and its index.
 */
public final class SyntheticSource implements VolumeSource {
  private final SyntheticCity city;
  private final int size;

  private SyntheticSource(SyntheticCity city, int size) {
    this.city = city;
    this.size = size;
  }

  /**
   * The city's first volumes.
   *
   * @param size 1 or more
   */
  public static SyntheticSource of(SyntheticCity city, int size) {
    if (size < 1) {
      throw new IllegalArgumentException(
          "Invalid value for size (valid values 1 - 2147483647): " + size);
    }
    return new SyntheticSource(city, size);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Volume volume(int index) {
    return at(index).volume();
  }

  @Override
  public List<DefectCode> defects(int index) {
    return at(index).seeded();
  }

  private SyntheticVolume at(int index) {
    if (index < 0 || index >= size) {
      throw new IllegalArgumentException(
          "Invalid value for index (valid values 0 - " + (size - 1) + "): " + index);
    }
    return city.volume(index);
  }
}
