package org.siarchive.rules.retention;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.internal.Checks;

/**
 * A top-level category of a schedule (e.g. {@code 一} 管理, {@code 七} 生育). When {@code rowsComplete}
 * is false the edition may not list every row of the category, so a row id of the category that is
 * not listed is "not listed" rather than "no such row", and classification cannot decide it.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Category c = new Category("七", "生育", "Maternity insurance", false,
 *     new Provenance("人社部/国家档案局令第3号 附件", true, null));
 * }</pre>
 *
 * @param id the id as the regulation numbers it, 1 to 32 characters without white space
 * @param name the Chinese name, 1 to 200 characters; null when not known
 * @param nameEn the English name, 1 to 200 characters; null when not known
 * @param rowsComplete true when the edition lists every row of the category
 * @param provenance where the category comes from
 * @since 0.1.0
 */
public record Category(
    String id,
    @Nullable String name,
    @Nullable String nameEn,
    boolean rowsComplete,
    Provenance provenance) {

  /**
   * Checks the fields.
   *
   * @param id the id as the regulation numbers it, 1 to 32 characters without white space
   * @param name the Chinese name, 1 to 200 characters; null when not known
   * @param nameEn the English name, 1 to 200 characters; null when not known
   * @param rowsComplete true when the edition lists every row of the category
   * @param provenance where the category comes from
   */
  public Category {
    Checks.text(id, 32, "id");
    Checks.optionalText(name, 200, "name");
    Checks.optionalText(nameEn, 200, "nameEn");
    Checks.required(provenance, "provenance");
  }

  /** {@return the Chinese name, if known} */
  public Optional<String> nameIfKnown() {
    return Optional.ofNullable(name);
  }
}
