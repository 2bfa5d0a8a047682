package org.siarchive.rules.quality;

import java.util.List;
import java.util.Objects;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.model.BusinessType;
import org.siarchive.core.model.Volume;

/**
 * What a run found in one volume: where the volume was read, the volume itself and its defects
 * (empty for a clean volume). A listener has the whole volume at hand, so a host that checks
 * volumes and also dates their disposition, samples or indexes them does it in the same pass over
 * the file.
 *
 * <p>Memory: a result holds its volume only as long as someone holds the result. A {@link
 * QualityRun} keeps at most {@code 4 × parallelism} batches of results in flight and lets go of
 * each once its listeners have returned, so a run's memory stays bounded whatever the file's size;
 * a listener that keeps results (rather than the figures it needs from them) keeps their volumes.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * VolumeResult r = VolumeResult.of(12, volume, suite.check(volume, context));
 * r.hasDefects();
 * Volume v = r.volume();  // at hand for dating, sampling or indexing in the same pass
 * }</pre>
 *
 * @param line the 1-based line of the JSON Lines file, or 0 when not read from a file
 * @param volume the volume checked
 * @param defects the defects found, in the suite's order
 * @since 0.1.0
 */
public record VolumeResult(long line, Volume volume, List<Defect> defects) {

  /**
   * Checks the fields and copies the list.
   *
   * @param line the 1-based line of the JSON Lines file, or 0 when not read from a file
   * @param volume the volume checked
   * @param defects the defects found, in the suite's order
   */
  public VolumeResult {
    if (line < 0) {
      throw new IllegalArgumentException(
          "Invalid value for line (valid values 0 or more): " + line);
    }
    Objects.requireNonNull(volume, "volume");
    defects = List.copyOf(defects);
  }

  /**
   * {@return the result of checking a volume}
   *
   * @param line the 1-based line of the JSON Lines file, or 0 when not read from a file
   * @param volume the volume checked
   * @param defects the defects found, in the suite's order
   */
  public static VolumeResult of(long line, Volume volume, List<Defect> defects) {
    return new VolumeResult(line, volume, defects);
  }

  /** {@return the volume's id} */
  public String volumeId() {
    return volume.id();
  }

  /** {@return the sub-centre that formed the volume} */
  public String subCenterId() {
    return volume.subCenterId();
  }

  /** {@return the volume's business type (the category reports group by)} */
  public BusinessType businessType() {
    return volume.businessType();
  }

  /** {@return the volume's year} */
  public int year() {
    return volume.year();
  }

  /** {@return true when at least one defect was found} */
  public boolean hasDefects() {
    return !defects.isEmpty();
  }
}
