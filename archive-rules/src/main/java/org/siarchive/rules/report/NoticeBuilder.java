package org.siarchive.rules.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.defect.Location;
import org.siarchive.core.json.LineResult;
import org.siarchive.rules.Language;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.quality.DefectCatalogue;
import org.siarchive.rules.quality.DefectType;
import org.siarchive.rules.quality.NotPerformed;
import org.siarchive.rules.quality.RunListener;
import org.siarchive.rules.quality.RunSummary;
import org.siarchive.rules.quality.VolumeResult;

/**
 * Builds the {@link RectificationNotice} of one sub-centre from a run: add it as a listener, then
 * {@link #build} with the run's summary. It keeps the sub-centre's volumes with defects only.
 *
 * <p>Not thread-safe; runs call listeners on one thread.
 *
 * <pre>{@code
 * NoticeBuilder builder = NoticeBuilder.of(context, "SC05");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class NoticeBuilder implements RunListener {
  private final CheckContext context;
  private final String subCenterId;
  private long checked;
  private final List<RectificationNotice.NoticeVolume> volumes = new ArrayList<>();
  private final Map<DefectCode, Long> counts = new LinkedHashMap<>();
  private final List<LineResult.Rejected> rejectedLines = new ArrayList<>();

  private NoticeBuilder(CheckContext context, String subCenterId) {
    this.context = context;
    this.subCenterId = subCenterId;
  }

  /**
   * {@return a builder for one sub-centre's notice}
   *
   * @param context the context the checks ran in
   * @param subCenterId the sub-centre's code
   */
  public static NoticeBuilder of(CheckContext context, String subCenterId) {
    return new NoticeBuilder(
        Objects.requireNonNull(context, "context"),
        Objects.requireNonNull(subCenterId, "subCenterId"));
  }

  @Override
  public void rejected(LineResult.Rejected rejected) {
    if (rejectedLines.size() < QualityReport.LISTED_REJECTIONS) {
      rejectedLines.add(rejected);
    }
  }

  @Override
  public void checked(VolumeResult r) {
    if (!r.subCenterId().equals(subCenterId)) {
      return;
    }
    checked++;
    if (!r.hasDefects()) {
      return;
    }
    DefectCatalogue catalogue = context.catalogue();
    List<RectificationNotice.NoticeDefect> defects = new ArrayList<>();
    for (Defect d : r.defects()) {
      counts.merge(d.code(), 1L, Long::sum);
      defects.add(
          new RectificationNotice.NoticeDefect(
              d.code().value(),
              d.severity().name(),
              where(d.location()),
              catalogue.message(d, Language.ZH),
              catalogue.message(d, Language.EN)));
    }
    volumes.add(
        new RectificationNotice.NoticeVolume(
            r.volumeId(), r.line(), r.businessType().toString(), defects));
  }

  /** The location without the volume id, e.g. {@code "item 3 page 2"}, or {@code "volume"}. */
  private static String where(Location l) {
    String s = l.toString().substring(l.volumeId().length()).trim();
    return s.isEmpty() ? "volume" : s;
  }

  /**
   * {@return the notice}
   *
   * @param summary the run's figures
   */
  public RectificationNotice build(RunSummary summary) {
    Objects.requireNonNull(summary, "summary");
    List<Map.Entry<DefectCode, Long>> order = new ArrayList<>(counts.entrySet());
    order.sort(
        Comparator.comparingLong((Map.Entry<DefectCode, Long> e) -> -e.getValue())
            .thenComparing(Map.Entry::getKey));
    List<RectificationNotice.Guidance> guidance = new ArrayList<>();
    for (Map.Entry<DefectCode, Long> e : order) {
      DefectType t = context.catalogue().require(e.getKey());
      guidance.add(
          new RectificationNotice.Guidance(
              t.code(),
              String.format(Locale.ROOT, "%s / %s", t.zh(), t.en()),
              e.getValue(),
              t.guidance().zh(),
              t.guidance().en(),
              t.reference()));
    }
    return new RectificationNotice(
        subCenterId,
        context.today().toString(),
        summary.suite(),
        summary.editions(),
        NotPerformed.of(summary, context),
        checked,
        volumes,
        guidance,
        summary.rejected(),
        rejectedLines);
  }
}
