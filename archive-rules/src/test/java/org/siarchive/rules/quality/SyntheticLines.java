package org.siarchive.rules.quality;

import java.util.SplittableRandom;
import org.siarchive.core.json.ArchiveJson;
import org.siarchive.core.model.Volume;

/** JSON Lines of clean and broken volumes with a few malformed lines, for run and report tests. */
public final class SyntheticLines {
  /** The retention schedule edition the clean volumes' periods agree with. */
  public static final org.siarchive.rules.retention.RetentionRules SCHEDULE = CleanVolumes.SCHEDULE;

  private SyntheticLines() {}

  /** A clean volume of a seed. */
  public static Volume volume(long seed) {
    return CleanVolumes.fromSeed(seed);
  }

  /** {@code count} lines from a seed: ~70% clean, ~25% broken one way, ~5% malformed. */
  public static String of(int count, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < count; i++) {
      int kind = r.nextInt(20);
      Volume clean = CleanVolumes.fromSeed(seed * 1_000_003L + i);
      if (kind == 0) {
        b.append("{\"schemaVersion\": 1, \"id\": ").append(i).append('}');
      } else if (kind <= 5) {
        Breakage br = Breakage.ALL.get(r.nextInt(Breakage.ALL.size()));
        b.append(
            ArchiveJson.writeVolume(br.applicable().test(clean) ? br.apply().apply(clean) : clean));
      } else {
        b.append(ArchiveJson.writeVolume(clean));
      }
      b.append('\n');
    }
    return b.toString();
  }
}
