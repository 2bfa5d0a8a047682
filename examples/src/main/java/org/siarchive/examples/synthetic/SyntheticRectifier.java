package org.siarchive.examples.synthetic;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.model.Volume;
import org.siarchive.rules.procedure.Rectifier;

/**
 * The synthetic city's archivist at the rectification desk: hands back the rectified version of a
 * returned volume (its seeded defects removed: the volume as the generator made it before seeding),
 * except that with a configurable chance the rectification fails (the volume comes back unchanged)
 * or brings a new defect (one mutation seeded into the clean volume), so rounds of return and
 * resubmission really happen. Every outcome is a pure function of the city's seed, the volume's
 * index and the attempt; the seeded defects of every version it hands back are kept as ground truth
 * ({@link #seeded(Volume)}).
 *
 * <pre>{@code
 * SyntheticRectifier desk = SyntheticRectifier.of(city, 0.2, 0.1);
 * Volume fixed = desk.rectify(returned, defects, 1);
 * desk.seeded(fixed);   // [] unless the attempt failed or brought a new defect
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class SyntheticRectifier implements Rectifier {
  private final SyntheticCity city;
  private final double failureChance;
  private final double newDefectChance;
  private final Map<Volume, List<DefectCode>> made = new ConcurrentHashMap<>();

  /**
   * The city's original and clean version of each volume seen, by index: generated once, not at
   * every look-up or rectification.
   */
  private final Map<Integer, SyntheticCity.Versions> versions = new ConcurrentHashMap<>();

  private SyntheticRectifier(SyntheticCity city, double failureChance, double newDefectChance) {
    this.city = city;
    this.failureChance = failureChance;
    this.newDefectChance = newDefectChance;
  }

  /**
   * A rectifier for a city's volumes.
   *
   * @param failureChance the chance that a rectification leaves the volume as it was, in [0, 1]
   * @param newDefectChance the chance that it brings a new defect, in [0, 1], with {@code
   *     failureChance + newDefectChance <= 1}
   * @throws IllegalArgumentException naming the chance and its value
   */
  public static SyntheticRectifier of(
      SyntheticCity city, double failureChance, double newDefectChance) {
    Objects.requireNonNull(city, "city");
    check("failureChance", failureChance);
    check("newDefectChance", newDefectChance);
    if (failureChance + newDefectChance > 1) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Invalid value for failureChance + newDefectChance (at most 1): %s",
              failureChance + newDefectChance));
    }
    return new SyntheticRectifier(city, failureChance, newDefectChance);
  }

  private static void check(String field, double chance) {
    if (!(chance >= 0 && chance <= 1)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT, "Invalid value for %s (valid values 0 - 1): %s", field, chance));
    }
  }

  @Override
  public Volume rectify(Volume volume, List<Defect> defects, int attempt) {
    Objects.requireNonNull(volume, "volume");
    Objects.requireNonNull(defects, "defects");
    int index = indexOf(volume);
    SplittableRandom r =
        new SplittableRandom(
            (city.seed() ^ 0x5EC7_1F1E_D00DL) * 0x9E3779B97F4A7C15L + index * 1_000_003L + attempt);
    double x = r.nextDouble();
    if (x < failureChance) {
      return volume; // a version made before: the city's or this desk's, known to seeded
    }
    Volume clean = versions(index).clean();
    if (x < failureChance + newDefectChance) {
      SyntheticVolume broken = SyntheticCity.mutate(clean, r);
      made.put(broken.volume(), broken.seeded());
      return broken.volume();
    }
    return clean; // kept in versions: a record is hashed whole, so the map holds only new ones
  }

  /**
   * The defects seeded into a version of a volume: one this rectifier handed back, or the city's
   * original (none in its clean version).
   *
   * @throws IllegalArgumentException for a volume neither the city nor this rectifier made
   */
  public List<DefectCode> seeded(Volume volume) {
    List<DefectCode> known = made.get(volume);
    if (known != null) {
      return known;
    }
    SyntheticCity.Versions v = versions(indexOf(volume));
    SyntheticVolume original = v.original();
    if (original.volume().equals(volume)) {
      return original.seeded();
    }
    if (v.clean().equals(volume)) {
      return List.of();
    }
    throw new IllegalArgumentException(
        "Invalid value for volume (a version the city or this rectifier made): " + volume.id());
  }

  private SyntheticCity.Versions versions(int index) {
    return versions.computeIfAbsent(index, city::versions);
  }

  /** The city index of a volume, checked against the city's own volume at that index. */
  private int indexOf(Volume volume) {
    String id = volume.id();
    int dash = id.lastIndexOf('-');
    int index;
    try {
      index = Integer.parseInt(id.substring(dash + 1)) - 1;
    } catch (NumberFormatException e) {
      index = -1;
    }
    Volume original = index < 0 ? null : versions(index).original().volume();
    if (original == null
        || !original.id().equals(id)
        || !Objects.equals(original.title(), volume.title())
        || !Objects.equals(original.arranger(), volume.arranger())) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Invalid value for volume (a volume of the synthetic city of seed %d): %s",
              city.seed(),
              id));
    }
    return index;
  }
}
