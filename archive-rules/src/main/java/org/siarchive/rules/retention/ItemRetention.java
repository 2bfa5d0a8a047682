package org.siarchive.rules.retention;

import java.util.Objects;
import org.siarchive.core.InvalidValueException;

/**
 * How one catalogue entry of a volume falls under a schedule row, and its period: part of a {@link
 * VolumeClassification}. The classification says how the row was reached ({@link
 * Classification.Match#BUSINESS_TYPE}, {@link Classification.Match#MATERIAL_CODE}, a text match,
 * {@link Classification.Match#MATERIAL_RULES}) or why none was; the resolution gives the period
 * once any deferral is resolved.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ItemRetention item = rules.classify(volume).items().get(0);
 * item.classification().foundRow();   // Optional[一(2) ...]
 * item.resolution().period();         // Optional[D100]
 * }</pre>
 *
 * @param itemNumber the entry's item number
 * @param materialCode the entry's material code
 * @param classification the row found, or why none was
 * @param resolution the period of that row, or why it cannot be given; {@link
 *     PeriodResolution.Unresolved} whenever the classification is undecided
 * @since 0.1.0
 */
public record ItemRetention(
    int itemNumber,
    String materialCode,
    Classification classification,
    PeriodResolution resolution) {

  /**
   * Checks the fields.
   *
   * @param itemNumber the entry's item number
   * @param materialCode the entry's material code
   * @param classification the row found, or why none was
   * @param resolution the period of that row, or why it cannot be given; {@link
   *     PeriodResolution.Unresolved} whenever the classification is undecided
   */
  public ItemRetention {
    Objects.requireNonNull(materialCode, "materialCode");
    Objects.requireNonNull(classification, "classification");
    Objects.requireNonNull(resolution, "resolution");
    if (!classification.isDecided() && resolution instanceof PeriodResolution.Resolved) {
      throw new InvalidValueException(
          "resolution", "unresolved when the classification is undecided", resolution.toString());
    }
  }
}
