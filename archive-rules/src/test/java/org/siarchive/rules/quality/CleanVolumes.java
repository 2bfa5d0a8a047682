package org.siarchive.rules.quality;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.siarchive.core.model.ColourMode;
import org.siarchive.core.model.ImageFormat;
import org.siarchive.core.model.RetentionPeriod;
import org.siarchive.core.model.SealKind;
import org.siarchive.core.model.Volume;
import org.siarchive.core.testing.Volumes;
import org.siarchive.rules.material.MaterialRequirement;
import org.siarchive.rules.material.MaterialRules;
import org.siarchive.rules.material.TypeRules;
import org.siarchive.rules.retention.Classification;
import org.siarchive.rules.retention.RetentionRules;
import org.siarchive.rules.retention.RetentionSchedules;

/**
 * Volumes that are clean under the bundled illustrative material rules, built from a seed: every
 * required material present with its seals, pages numbered 1..n, catalogue rows agreeing with the
 * paper, one image per page at the material's resolution and colour, archival codes of the volume's
 * year and period, dates inside the year and before the fixed clock. The material rules choose the
 * items; archive-core's {@link Volumes} builds the volume from them.
 */
public final class CleanVolumes {
  public static final MaterialRules RULES = MaterialRules.bundledIllustrative();
  public static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  public static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-06-01T08:00:00Z"), ZoneOffset.UTC);
  public static final RetentionRules SCHEDULE =
      RetentionSchedules.withBundledEditions().rulesInForce(RetentionSchedules.NATIONAL, TODAY);
  public static final CheckContext CONTEXT =
      CheckContext.builder(RULES).clock(CLOCK).retention(SCHEDULE).build();

  private static final RetentionPeriod[] PERIODS = {
    RetentionPeriod.PERMANENT,
    RetentionPeriod.ofYears(100),
    RetentionPeriod.ofYears(30),
    RetentionPeriod.ofYears(10)
  };

  private CleanVolumes() {}

  /** A clean volume of the business type at the index (mod the number of types). */
  public static Volume of(int typeIndex, long seed) {
    List<TypeRules> types = RULES.businessTypes();
    return build(
        types.get(Math.floorMod(typeIndex, types.size())), new SplittableRandom(seed), seed);
  }

  /** A clean volume of a business type chosen by the seed. */
  public static Volume fromSeed(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<TypeRules> types = RULES.businessTypes();
    return build(types.get(r.nextInt(types.size())), r, seed);
  }

  private static Volume build(TypeRules type, SplittableRandom r, long seed) {
    int year = 2010 + r.nextInt(16);
    RetentionPeriod drawn = PERIODS[r.nextInt(PERIODS.length)];
    RetentionPeriod period = schedulePeriod(type).orElse(drawn);
    String id =
        String.format(
            Locale.ROOT,
            "SC%02d-%d-%06d",
            1 + r.nextInt(16),
            year,
            Math.floorMod(seed, 1_000_000L));
    Volumes.Builder volume =
        Volumes.builder()
            .id(id)
            .subCenterId(id.substring(0, 4))
            .year(year)
            .businessType(type.businessType())
            .retention(period)
            .title(type.rule().zh())
            .arranger("立卷人")
            .checker("检查人")
            .arrangedOn(LocalDate.of(year, 12, 31))
            .organisation("SC")
            .responsible("分中心");
    for (MaterialRequirement req : type.rule().materials()) {
      if (!req.required() && r.nextBoolean()) {
        continue;
      }
      int pages = 1 + r.nextInt(4);
      String material = req.material();
      LocalDate date = LocalDate.of(year, 1, 1).plusDays(r.nextInt(365));
      EnumSet<SealKind> seals = EnumSet.noneOf(SealKind.class);
      seals.addAll(type.requiredSeals(material));
      if (r.nextInt(4) == 0) {
        seals.addAll(EnumSet.allOf(SealKind.class));
      }
      List<Volumes.Scan> scans = new ArrayList<>();
      for (int p = 1; p <= pages; p++) {
        int dpi = type.minDpi(material) + (r.nextBoolean() ? 0 : 100);
        ColourMode mode =
            type.colourRequired(material) || r.nextBoolean()
                ? ColourMode.COLOUR
                : ColourMode.GREYSCALE;
        ImageFormat format =
            new ImageFormat[] {ImageFormat.TIFF, ImageFormat.JPEG, ImageFormat.JPEG2000}
                [r.nextInt(3)];
        scans.add(new Volumes.Scan(format, dpi, mode));
      }
      volume.item(
          new Volumes.Piece(
              material,
              material + " title",
              req.mainForm(),
              seals,
              date.toString().replace("-", ""),
              scans));
    }
    return volume.build();
  }

  /**
   * The period of the schedule row the business type is filed under, when the schedule decides it.
   */
  static java.util.Optional<RetentionPeriod> schedulePeriod(TypeRules type) {
    return type.retentionRow()
        .map(SCHEDULE::classifyRow)
        .filter(c -> c instanceof Classification.Classified)
        .map(c -> ((Classification.Classified) c).period());
  }

  public static String digest(String volumeId, int sequence) {
    return Volumes.digest(volumeId, sequence);
  }
}
