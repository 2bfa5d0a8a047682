package org.siarchive.rules.quality;

import com.google.common.collect.ImmutableMap;
import java.util.BitSet;
import java.util.Set;
import java.util.TreeSet;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.defect.Location;
import org.siarchive.core.model.PageImage;

/**
 * Image sequence numbers continuous from 1 (DA/T 70-2018 integrity): the numbers missing below the
 * highest, and the numbers used twice, each as one defect of the volume.
 */
final class ImageSequenceCheck implements Check {
  static final ImageSequenceCheck INSTANCE = new ImageSequenceCheck();

  private ImageSequenceCheck() {}

  @Override
  public String id() {
    return "images.sequence";
  }

  @Override
  public Set<DefectCode> codes() {
    return Set.of(DefectCodes.IMAGE_SEQUENCE_GAP, DefectCodes.IMAGE_SEQUENCE_DUPLICATE);
  }

  @Override
  public void check(Inspection in, Findings findings) {
    BitSet seen = new BitSet();
    TreeSet<Integer> repeated = null;
    int max = 0;
    for (PageImage img : in.volume().images()) {
      int s = img.sequence();
      if (seen.get(s)) {
        if (repeated == null) {
          repeated = new TreeSet<>();
        }
        repeated.add(s);
      }
      seen.set(s);
      max = Math.max(max, s);
    }
    if (seen.cardinality() != max) {
      TreeSet<Integer> missing = new TreeSet<>();
      for (int s = seen.nextClearBit(1); s < max; s = seen.nextClearBit(s + 1)) {
        missing.add(s);
      }
      findings.report(
          DefectCodes.IMAGE_SEQUENCE_GAP,
          Location.volume(in.volume().id()),
          ImmutableMap.of("missing", Numbers.list(missing)));
    }
    if (repeated != null) {
      findings.report(
          DefectCodes.IMAGE_SEQUENCE_DUPLICATE,
          Location.volume(in.volume().id()),
          ImmutableMap.of("sequences", Numbers.list(repeated)));
    }
  }
}
