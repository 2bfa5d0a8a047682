package org.siarchive.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.internal.Checks;
import org.siarchive.core.internal.Forms;

/**
 * One item (件) of a volume as observed on paper (实物): its item number from the filing stamp, what
 * material it is, whether it is the main form (主表) of the business, the seals found on it and its
 * pages in physical order.
 *
 * <p>Immutable and thread-safe; the collections are unmodifiable copies, the seals iterate in
 * {@link SealKind} order.
 *
 * <pre>{@code
 * Item item = new Item(1, "M-PENSION-APPLICATION", true,
 *     Set.of(SealKind.OFFICE_SEAL, SealKind.HANDLER_SEAL),
 *     List.of(new Page(1), new Page(2)));
 * item.pageCount();  // 2
 * item.withSeals(Set.of(SealKind.HANDLER_SEAL)).hasSeal(SealKind.OFFICE_SEAL);  // false
 * }</pre>
 *
 * @param number the item number (件号) from the filing stamp, 1 to 9999
 * @param materialCode the material the inspector identified, as in the material rules; null when
 *     not identified
 * @param mainForm true when this item is the business's main form (主表)
 * @param seals the seals found on the item
 * @param pages the pages in physical order, at most 9999
 * @since 0.1.0
 */
public record Item(
    @JsonProperty(required = true) @Min(1) @Max(9999) int number,
    @Size(min = 1, max = 64) @Pattern(regexp = MATERIAL_CODE_PATTERN) @Nullable String materialCode,
    @JsonProperty(required = true) boolean mainForm,
    @JsonProperty(required = true) @NotNull Set<@NotNull SealKind> seals,
    @JsonProperty(required = true) @NotNull @Size(max = Page.MAX_NUMBER)
        List<@NotNull @Valid Page> pages) {

  /** The form of a material code. */
  public static final String MATERIAL_CODE_PATTERN = Forms.MATERIAL_CODE_REGEX;

  /**
   * Checks the fields and copies the collections.
   *
   * @param number the item number (件号) from the filing stamp, 1 to 9999
   * @param materialCode the material the inspector identified, as in the material rules; null when
   *     not identified
   * @param mainForm true when this item is the business's main form (主表)
   * @param seals the seals found on the item
   * @param pages the pages in physical order, at most 9999
   */
  public Item {
    Checks.range(number, 1, 9999, "number");
    if (materialCode != null) {
      Checks.form(materialCode, Forms.MATERIAL_CODE, "materialCode");
    }
    seals = Checks.enumSet(seals, SealKind.class, "seals");
    pages = Checks.list(pages, Page.MAX_NUMBER, "pages");
  }

  /** {@return the number of pages found} */
  public int pageCount() {
    return pages.size();
  }

  /**
   * {@return true when the seal was found on the item}
   *
   * @param kind the kind of seal
   */
  public boolean hasSeal(SealKind kind) {
    return seals.contains(kind);
  }

  /**
   * {@return this item with {@code number} replaced; checked as the constructor checks it}
   *
   * @param number the item number (件号) from the filing stamp, 1 to 9999
   */
  public Item withNumber(int number) {
    return new Item(number, materialCode, mainForm, seals, pages);
  }

  /**
   * {@return this item with {@code materialCode} replaced (null when not identified); checked as
   * the constructor checks it}
   *
   * @param materialCode the material the inspector identified, as in the material rules; null when
   *     not identified
   */
  public Item withMaterialCode(String materialCode) {
    return new Item(number, materialCode, mainForm, seals, pages);
  }

  /**
   * {@return this item with {@code mainForm} replaced}
   *
   * @param mainForm true when this item is the business's main form (主表)
   */
  public Item withMainForm(boolean mainForm) {
    return new Item(number, materialCode, mainForm, seals, pages);
  }

  /**
   * {@return this item with {@code seals} replaced; checked as the constructor checks it}
   *
   * @param seals the seals found on the item
   */
  public Item withSeals(Set<SealKind> seals) {
    return new Item(number, materialCode, mainForm, seals, pages);
  }

  /**
   * {@return this item with {@code pages} replaced; checked as the constructor checks it}
   *
   * @param pages the pages in physical order, at most 9999
   */
  public Item withPages(List<Page> pages) {
    return new Item(number, materialCode, mainForm, seals, pages);
  }
}
