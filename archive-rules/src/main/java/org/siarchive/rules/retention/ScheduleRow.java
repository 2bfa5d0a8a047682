package org.siarchive.rules.retention;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.internal.Checks;
import org.siarchive.core.model.RetentionPeriod;

/**
 * One row of a retention schedule: its id as the regulation numbers it, its category, the material
 * in Chinese and English, the retention period and where the row comes from.
 *
 * <p>A confirmed row has its material (both languages) and its period. A row that was not confirmed
 * may lack any of them: its period is then unknown, never invented, and {@link
 * RetentionRules#classifyRow} says it cannot decide.
 *
 * <p>Immutable and thread-safe; the lists are unmodifiable copies.
 *
 * <pre>{@code
 * ScheduleRow row = new ScheduleRow("一(1)", "一", "参保单位登记材料",
 *     "Employer registration materials", List.of(), List.of(), RetentionPeriod.PERMANENT,
 *     new Provenance("人社部/国家档案局令第3号 附件", true, null));
 * row.knownPeriod();  // Optional[Y]
 * }</pre>
 *
 * @param id the row id, 1 to 32 characters without white space, e.g. {@code 一(1)}
 * @param category the id of its category
 * @param material the material in Chinese, 1 to 500 characters; null only when not confirmed
 * @param materialEn the material in English, 1 to 500 characters; null only when not confirmed
 * @param aliases other names of the material, used when classifying by text
 * @param materialCodes the host's material codes (as in catalogue entries) that fall under this row
 * @param period the retention period; null only when not confirmed
 * @param provenance where the row comes from
 * @since 0.1.0
 */
public record ScheduleRow(
    String id,
    String category,
    @Nullable String material,
    @Nullable String materialEn,
    List<String> aliases,
    List<String> materialCodes,
    @Nullable RetentionPeriod period,
    Provenance provenance) {

  /**
   * Checks the fields and copies the lists.
   *
   * @param id the row id, 1 to 32 characters without white space, e.g. {@code 一(1)}
   * @param category the id of its category
   * @param material the material in Chinese, 1 to 500 characters; null only when not confirmed
   * @param materialEn the material in English, 1 to 500 characters; null only when not confirmed
   * @param aliases other names of the material, used when classifying by text
   * @param materialCodes the host's material codes (as in catalogue entries) that fall under this
   *     row
   * @param period the retention period; null only when not confirmed
   * @param provenance where the row comes from
   */
  public ScheduleRow {
    Checks.text(id, 32, "id");
    Checks.text(category, 32, "category");
    Checks.optionalText(material, 500, "material");
    Checks.optionalText(materialEn, 500, "materialEn");
    aliases = Checks.list(aliases, 50, "aliases");
    materialCodes = Checks.list(materialCodes, 200, "materialCodes");
    Checks.required(provenance, "provenance");
    if (provenance.confirmed()) {
      requireWhenConfirmed(material, "material");
      requireWhenConfirmed(materialEn, "materialEn");
      requireWhenConfirmed(period, "period");
    }
  }

  private static void requireWhenConfirmed(@Nullable Object value, String field) {
    if (value == null) {
      throw new InvalidValueException(field, "required when provenance.confirmed is true", "null");
    }
  }

  /** {@return the period, when the row has one} */
  public Optional<RetentionPeriod> knownPeriod() {
    return Optional.ofNullable(period);
  }

  /** {@return the material in Chinese, when known} */
  public Optional<String> materialIfKnown() {
    return Optional.ofNullable(material);
  }

  /** {@return true when the row was confirmed in its source} */
  public boolean isConfirmed() {
    return provenance.confirmed();
  }
}
