package org.siarchive.examples.synthetic;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.model.Volume;
import org.siarchive.rules.procedure.Examiner;

/**
 * The synthetic city's acceptance post, who now and then passes a defective volume: with a fixed
 * chance it overlooks every defect of a volume it examines. Whether it overlooks a volume is a pure
 * function of the examiner's seed and the volume's id (a uniform number in [0, 1) made of 53 bits
 * of SHA-256 of {@code "<seed>/<volume id>"}, below the chance), so a test knows which volumes were
 * passed wrongly ({@link #overlooks(Volume)}) independently of any sample's seed. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * SyntheticExaminer tired = SyntheticExaminer.overlooking(7, 0.3);
 * Phase1.builder(transfers, context, desk, staffing).acceptance(tired);
 * }</pre>
 */
public final class SyntheticExaminer implements Examiner {
  private final long seed;
  private final double chance;

  private SyntheticExaminer(long seed, double chance) {
    this.seed = seed;
    this.chance = chance;
  }

  /**
   * An examiner who overlooks a volume's defects with a chance.
   *
   * @param seed the seed deciding which volumes
   * @param chance in [0, 1]
   * @throws IllegalArgumentException naming the chance and its value
   */
  public static SyntheticExaminer overlooking(long seed, double chance) {
    if (!(chance >= 0 && chance <= 1)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "Invalid value for chance (valid values 0 - 1): %s", chance));
    }
    return new SyntheticExaminer(seed, chance);
  }

  /** Whether this examiner overlooks the defects of a volume (of any version with that id). */
  public boolean overlooks(Volume volume) {
    long key =
        Hashing.sha256().hashString(seed + "/" + volume.id(), StandardCharsets.UTF_8).asLong();
    double u = (key >>> 11) * 0x1.0p-53;
    return u < chance;
  }

  @Override
  public List<Defect> report(String person, Volume volume, List<Defect> found) {
    return overlooks(volume) ? List.of() : found;
  }
}
