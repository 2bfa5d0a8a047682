package org.siarchive.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.id.CitizenId;
import org.siarchive.core.id.CreditCode;
import org.siarchive.core.internal.Checks;
import org.siarchive.core.internal.Forms;

/**
 * A volume (案卷) with its three views: the catalogue (what was registered), the paper (what an
 * inspector or scanner operator observed) and the images (one record per scanned page). Quality
 * checks compare the views; a volume whose views disagree is still a valid value.
 *
 * <p>Immutable and thread-safe; the lists are unmodifiable copies. Many components are optional, so
 * volumes are usually built with {@link #builder()}; a changed copy is made with a {@code withX}
 * method (the views, the business type, the retention period and the checker, which hosts and the
 * generator change) or, for several fields at once, with {@link #toBuilder()}.
 *
 * <pre>{@code
 * Volume v = Volume.builder()
 *     .id("SC01-2024-000001")
 *     .subCenterId("SC01")
 *     .year(2024)
 *     .businessType(BusinessType.parse("PENSION/BENEFIT_DETERMINATION"))
 *     .retention(RetentionPeriod.ofYears(30))
 *     .title("张某某养老保险待遇核定")
 *     .catalogue(List.of(entry))
 *     .items(List.of(item))
 *     .images(images)
 *     .build();
 * Volume rectified = v.withRetention(RetentionPeriod.ofYears(10));
 * }</pre>
 *
 * @param id the volume's identifier, unique within a batch, {@code [A-Za-z0-9][A-Za-z0-9._-]{0,63}}
 * @param subCenterId the code of the sub-centre that formed it
 * @param subCenterName the sub-centre's name (e.g. 和平分中心), 1 to 100 characters, as {@link
 *     SubCenter#name()}; null when the volume does not carry it (reports then show the code)
 * @param year the year (年度) of formation, 1000 to 9999
 * @param businessType the business type (险种 × 业务环节)
 * @param retention the retention period assigned to the volume
 * @param title the volume title (案卷题名), 1 to 500 characters
 * @param person the insured person the volume is about; null when it is not about one person
 * @param employer the employer the volume is about; null when it is not about one employer
 * @param arranger who arranged the volume (立卷人), 1 to 50 characters; null when not recorded
 * @param checker who checked it (检查人), 1 to 50 characters; null when not recorded
 * @param arrangedOn the date it was arranged (立卷日期); null when not recorded
 * @param catalogue the catalogue rows (卷内文件目录), at most 9999
 * @param items the items found on paper, in physical order, at most 9999
 * @param images the scanned pages in sequence order, at most {@value PageImage#MAX_SEQUENCE}
 * @since 0.1.0
 */
public record Volume(
    @NotNull @Pattern(regexp = ID_PATTERN) String id,
    @NotNull @Pattern(regexp = SubCenter.ID_PATTERN) String subCenterId,
    @Size(min = 1, max = 100) @Pattern(regexp = CatalogEntry.NOT_BLANK)
        @Nullable String subCenterName,
    @Min(1000) @Max(9999) int year,
    @NotNull @Valid BusinessType businessType,
    @NotNull RetentionPeriod retention,
    @NotBlank @Size(max = 500) String title,
    @Nullable CitizenId person,
    @Nullable CreditCode employer,
    @Size(min = 1, max = 50) @Pattern(regexp = CatalogEntry.NOT_BLANK) @Nullable String arranger,
    @Size(min = 1, max = 50) @Pattern(regexp = CatalogEntry.NOT_BLANK) @Nullable String checker,
    @Nullable LocalDate arrangedOn,
    @NotNull @Size(max = 9999) List<@NotNull @Valid CatalogEntry> catalogue,
    @NotNull @Size(max = 9999) List<@NotNull @Valid Item> items,
    @NotNull @Size(max = PageImage.MAX_SEQUENCE) List<@NotNull @Valid PageImage> images) {

  /** The form of a volume identifier. */
  public static final String ID_PATTERN = Forms.VOLUME_ID_REGEX;

  /**
   * Checks the fields and copies the lists.
   *
   * @param id the volume's identifier, unique within a batch, {@code
   *     [A-Za-z0-9][A-Za-z0-9._-]{0,63}}
   * @param subCenterId the code of the sub-centre that formed it
   * @param subCenterName the sub-centre's name (e.g. 和平分中心), 1 to 100 characters, as {@link
   *     SubCenter#name()}; null when the volume does not carry it (reports then show the code)
   * @param year the year (年度) of formation, 1000 to 9999
   * @param businessType the business type (险种 × 业务环节)
   * @param retention the retention period assigned to the volume
   * @param title the volume title (案卷题名), 1 to 500 characters
   * @param person the insured person the volume is about; null when it is not about one person
   * @param employer the employer the volume is about; null when it is not about one employer
   * @param arranger who arranged the volume (立卷人), 1 to 50 characters; null when not recorded
   * @param checker who checked it (检查人), 1 to 50 characters; null when not recorded
   * @param arrangedOn the date it was arranged (立卷日期); null when not recorded
   * @param catalogue the catalogue rows (卷内文件目录), at most 9999
   * @param items the items found on paper, in physical order, at most 9999
   * @param images the scanned pages in sequence order, at most {@value PageImage#MAX_SEQUENCE}
   */
  public Volume {
    Checks.form(id, Forms.VOLUME_ID, "id");
    Checks.form(subCenterId, Forms.SUB_CENTER_ID, "subCenterId");
    Checks.optionalText(subCenterName, 100, "subCenterName");
    Checks.range(year, 1000, 9999, "year");
    Checks.required(businessType, "businessType");
    Checks.required(retention, "retention");
    Checks.text(title, 500, "title");
    Checks.optionalText(arranger, 50, "arranger");
    Checks.optionalText(checker, 50, "checker");
    catalogue = Checks.list(catalogue, 9999, "catalogue");
    items = Checks.list(items, 9999, "items");
    images = Checks.list(images, PageImage.MAX_SEQUENCE, "images");
  }

  /** {@return a builder with no fields set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this volume's fields, to make a changed copy} */
  public Builder toBuilder() {
    return new Builder()
        .id(id)
        .subCenterId(subCenterId)
        .subCenterName(subCenterName)
        .year(year)
        .businessType(businessType)
        .retention(retention)
        .title(title)
        .person(person)
        .employer(employer)
        .arranger(arranger)
        .checker(checker)
        .arrangedOn(arrangedOn)
        .catalogue(catalogue)
        .items(items)
        .images(images);
  }

  /**
   * {@return this volume with {@code businessType} replaced; checked as the constructor checks it}
   *
   * @param businessType the business type (险种 × 业务环节)
   */
  public Volume withBusinessType(BusinessType businessType) {
    return new Volume(
        id,
        subCenterId,
        subCenterName,
        year,
        businessType,
        retention,
        title,
        person,
        employer,
        arranger,
        checker,
        arrangedOn,
        catalogue,
        items,
        images);
  }

  /**
   * {@return this volume with {@code retention} replaced; checked as the constructor checks it}
   *
   * @param retention the retention period assigned to the volume
   */
  public Volume withRetention(RetentionPeriod retention) {
    return new Volume(
        id,
        subCenterId,
        subCenterName,
        year,
        businessType,
        retention,
        title,
        person,
        employer,
        arranger,
        checker,
        arrangedOn,
        catalogue,
        items,
        images);
  }

  /**
   * {@return this volume with {@code checker} replaced (null: not recorded); checked as the
   * constructor does}
   *
   * @param checker who checked it (检查人), 1 to 50 characters; null when not recorded
   */
  public Volume withChecker(String checker) {
    return new Volume(
        id,
        subCenterId,
        subCenterName,
        year,
        businessType,
        retention,
        title,
        person,
        employer,
        arranger,
        checker,
        arrangedOn,
        catalogue,
        items,
        images);
  }

  /**
   * {@return this volume with another catalogue (copied); checked as the constructor checks it}
   *
   * @param catalogue the catalogue rows (卷内文件目录), at most 9999
   */
  public Volume withCatalogue(List<CatalogEntry> catalogue) {
    return new Volume(
        id,
        subCenterId,
        subCenterName,
        year,
        businessType,
        retention,
        title,
        person,
        employer,
        arranger,
        checker,
        arrangedOn,
        catalogue,
        items,
        images);
  }

  /**
   * {@return this volume with other items (copied); checked as the constructor checks it}
   *
   * @param items the items found on paper, in physical order, at most 9999
   */
  public Volume withItems(List<Item> items) {
    return new Volume(
        id,
        subCenterId,
        subCenterName,
        year,
        businessType,
        retention,
        title,
        person,
        employer,
        arranger,
        checker,
        arrangedOn,
        catalogue,
        items,
        images);
  }

  /**
   * {@return this volume with other images (copied); checked as the constructor checks it}
   *
   * @param images the scanned pages in sequence order, at most {@value PageImage#MAX_SEQUENCE}
   */
  public Volume withImages(List<PageImage> images) {
    return new Volume(
        id,
        subCenterId,
        subCenterName,
        year,
        businessType,
        retention,
        title,
        person,
        employer,
        arranger,
        checker,
        arrangedOn,
        catalogue,
        items,
        images);
  }

  /** {@return the total number of pages found on paper} */
  public int paperPageCount() {
    int n = 0;
    for (Item item : items) {
      n += item.pageCount();
    }
    return n;
  }

  /** {@return the total number of pages registered in the catalogue} */
  public int registeredPageCount() {
    int n = 0;
    for (CatalogEntry e : catalogue) {
      n += e.registeredPages();
    }
    return n;
  }

  /**
   * Builds a {@link Volume}. Not thread-safe. {@link #build()} runs the volume's checks; the lists
   * default to empty.
   */
  // The required fields start unset: build() hands them to the compact constructor, which refuses
  // a missing one by name, so NullAway's initialization check does not apply to this builder.
  @SuppressWarnings("NullAway.Init")
  public static final class Builder {
    private String id;
    private String subCenterId;
    private @Nullable String subCenterName;
    private int year;
    private BusinessType businessType;
    private RetentionPeriod retention;
    private String title;
    private @Nullable CitizenId person;
    private @Nullable CreditCode employer;
    private @Nullable String arranger;
    private @Nullable String checker;
    private @Nullable LocalDate arrangedOn;
    private List<CatalogEntry> catalogue = List.of();
    private List<Item> items = List.of();
    private List<PageImage> images = List.of();

    private Builder() {}

    /**
     * Sets {@link Volume#id()}.
     *
     * @param id the volume's identifier, unique within a batch, {@code
     *     [A-Za-z0-9][A-Za-z0-9._-]{0,63}}
     * @return this builder
     */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link Volume#subCenterId()}.
     *
     * @param subCenterId the code of the sub-centre that formed it
     * @return this builder
     */
    public Builder subCenterId(String subCenterId) {
      this.subCenterId = subCenterId;
      return this;
    }

    /**
     * Sets {@link Volume#subCenterName()} (null: not carried, the default).
     *
     * @param subCenterName the sub-centre's name (e.g. 和平分中心), 1 to 100 characters, as {@link
     *     SubCenter#name()}; null when the volume does not carry it (reports then show the code)
     * @return this builder
     */
    public Builder subCenterName(@Nullable String subCenterName) {
      this.subCenterName = subCenterName;
      return this;
    }

    /**
     * Sets {@link Volume#year()}.
     *
     * @param year the year (年度) of formation, 1000 to 9999
     * @return this builder
     */
    public Builder year(int year) {
      this.year = year;
      return this;
    }

    /**
     * Sets {@link Volume#businessType()}.
     *
     * @param businessType the business type (险种 × 业务环节)
     * @return this builder
     */
    public Builder businessType(BusinessType businessType) {
      this.businessType = businessType;
      return this;
    }

    /**
     * Sets {@link Volume#retention()}.
     *
     * @param retention the retention period assigned to the volume
     * @return this builder
     */
    public Builder retention(RetentionPeriod retention) {
      this.retention = retention;
      return this;
    }

    /**
     * Sets {@link Volume#title()}.
     *
     * @param title the volume title (案卷题名), 1 to 500 characters
     * @return this builder
     */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /**
     * Sets {@link Volume#person()}; may be null.
     *
     * @param person the insured person the volume is about; null when it is not about one person
     * @return this builder
     */
    public Builder person(@Nullable CitizenId person) {
      this.person = person;
      return this;
    }

    /**
     * Sets {@link Volume#employer()}; may be null.
     *
     * @param employer the employer the volume is about; null when it is not about one employer
     * @return this builder
     */
    public Builder employer(@Nullable CreditCode employer) {
      this.employer = employer;
      return this;
    }

    /**
     * Sets {@link Volume#arranger()}; may be null.
     *
     * @param arranger who arranged the volume (立卷人), 1 to 50 characters; null when not recorded
     * @return this builder
     */
    public Builder arranger(@Nullable String arranger) {
      this.arranger = arranger;
      return this;
    }

    /**
     * Sets {@link Volume#checker()}; may be null.
     *
     * @param checker who checked it (检查人), 1 to 50 characters; null when not recorded
     * @return this builder
     */
    public Builder checker(@Nullable String checker) {
      this.checker = checker;
      return this;
    }

    /**
     * Sets {@link Volume#arrangedOn()}; may be null.
     *
     * @param arrangedOn the date it was arranged (立卷日期); null when not recorded
     * @return this builder
     */
    public Builder arrangedOn(@Nullable LocalDate arrangedOn) {
      this.arrangedOn = arrangedOn;
      return this;
    }

    /**
     * Sets {@link Volume#catalogue()}.
     *
     * @param catalogue the catalogue rows (卷内文件目录), at most 9999
     * @return this builder
     */
    public Builder catalogue(List<CatalogEntry> catalogue) {
      this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
      return this;
    }

    /**
     * Sets {@link Volume#items()}.
     *
     * @param items the items found on paper, in physical order, at most 9999
     * @return this builder
     */
    public Builder items(List<Item> items) {
      this.items = Objects.requireNonNull(items, "items");
      return this;
    }

    /**
     * Sets {@link Volume#images()}.
     *
     * @param images the scanned pages in sequence order, at most {@value PageImage#MAX_SEQUENCE}
     * @return this builder
     */
    public Builder images(List<PageImage> images) {
      this.images = Objects.requireNonNull(images, "images");
      return this;
    }

    /**
     * Builds the volume.
     *
     * @return the volume
     * @throws org.siarchive.core.InvalidValueException naming the first field that is missing or
     *     out of range
     */
    public Volume build() {
      return new Volume(
          id,
          subCenterId,
          subCenterName,
          year,
          businessType,
          retention,
          title,
          person,
          employer,
          arranger,
          checker,
          arrangedOn,
          new ArrayList<>(catalogue),
          new ArrayList<>(items),
          new ArrayList<>(images));
    }
  }
}
