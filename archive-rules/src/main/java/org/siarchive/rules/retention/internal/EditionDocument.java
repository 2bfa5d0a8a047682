package org.siarchive.rules.retention.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.internal.Checks;
import org.siarchive.core.model.Item;

/**
 * The wire form of one edition of a retention schedule, format version {@value #FORMAT_VERSION},
 * exactly as {@code archive-rules/RETENTION-SCHEMA.md} documents it. Jackson binds it with the
 * strict mapper of {@code ArchiveJson}; Bean Validation checks the annotated constraints; {@link
 * EditionLoader} checks what spans fields (unique ids, period codes, confirmed rows complete). It
 * is kept as loaded so that an edition can be printed back in the format a host loads.
 *
 * <p>Messages of the constraints use only {@code {max}} parameters (no expressions): the value is
 * added by the loader.
 */
public record EditionDocument(
    @JsonProperty(required = true) int formatVersion,
    @JsonProperty(required = true) @NotNull(message = "required") @ScheduleIdForm String scheduleId,
    @JsonProperty(required = true) @NotNull(message = "required") @EditionIdForm String edition,
    @JsonProperty(required = true)
        @NotBlank(message = "required, not blank")
        @Size(max = 200, message = "at most {max} characters")
        String title,
    @JsonProperty(required = true)
        @NotBlank(message = "required, not blank")
        @Size(max = 200, message = "at most {max} characters")
        String titleEn,
    @JsonProperty(required = true) @NotNull(message = "required") LocalDate effectiveFrom,
    @Nullable LocalDate effectiveUntil,
    @EditionIdForm @Nullable String supersedes,
    @JsonProperty("extends") @Valid @Nullable Base base,
    @JsonProperty(required = true) @NotNull(message = "required") @Valid Source source,
    @JsonProperty(required = true)
        @NotNull(message = "required")
        @Size(max = 200, message = "at most {max} categories")
        List<@NotNull(message = "required") @Valid CategoryDocument> categories,
    @JsonProperty(required = true)
        @NotNull(message = "required")
        @Size(max = MAX_ROWS, message = "at most {max} rows")
        List<@NotNull(message = "required") @Valid RowDocument> rows) {

  /** The format version this library reads and writes. */
  public static final int FORMAT_VERSION = 1;

  /** The most rows one edition may hold. */
  public static final int MAX_ROWS = 20_000;

  /** The form of a schedule id. */
  public static final String SCHEDULE_ID = "[a-z0-9][a-z0-9-]{0,63}";

  /** The form of an edition. */
  public static final String EDITION_ID = "[A-Za-z0-9][A-Za-z0-9._-]{0,31}";

  /** Jakarta's form of "not only white space", for optional texts. */
  static final String NOT_BLANK = Checks.NOT_BLANK_PATTERN;

  /** The form of a row or category id: 1 to 32 characters, no white space. */
  public static final String ROW_ID = "[^\\s\\p{Z}]{1,32}";

  /**
   * The edition a local edition extends: its rows are the base's rows, overridden by rows of the
   * same id and extended by new ones.
   *
   * @param scheduleId the base schedule
   * @param edition the base edition
   */
  public record Base(
      @JsonProperty(required = true) @NotNull(message = "required") @ScheduleIdForm
          String scheduleId,
      @JsonProperty(required = true) @NotNull(message = "required") @EditionIdForm
          String edition) {}

  /**
   * Where the edition comes from.
   *
   * @param regulation the regulation that issues the table, e.g. 社会保险业务档案管理规定（试行）
   * @param documentNumber its document number, e.g. 人社部/国家档案局令第3号
   * @param part the part of the document holding the table (e.g. its attachment); may be null
   */
  public record Source(
      @JsonProperty(required = true)
          @NotBlank(message = "required, not blank")
          @Size(max = 200, message = "at most {max} characters")
          String regulation,
      @JsonProperty(required = true)
          @NotBlank(message = "required, not blank")
          @Size(max = 200, message = "at most {max} characters")
          String documentNumber,
      @Size(min = 1, max = 200, message = "1 - {max} characters")
          @Pattern(regexp = NOT_BLANK, message = "not blank")
          @Nullable String part) {}

  /**
   * Provenance of a category or row.
   *
   * @param source where the fact comes from
   * @param confirmed true when the fact was read in its source
   * @param note a remark; may be null
   */
  public record ProvenanceDocument(
      @JsonProperty(required = true)
          @NotBlank(message = "required, not blank")
          @Size(max = 500, message = "at most {max} characters")
          String source,
      @JsonProperty(required = true) boolean confirmed,
      @Size(min = 1, max = 1000, message = "1 - {max} characters")
          @Pattern(regexp = NOT_BLANK, message = "not blank")
          @Nullable String note) {}

  /**
   * A top-level category of the table (e.g. 一 管理).
   *
   * @param id the id as the regulation numbers it, e.g. 一
   * @param name the Chinese name; may be null when unconfirmed
   * @param nameEn the English name; may be null when unconfirmed
   * @param rowsComplete true when the edition lists every row of the category
   * @param provenance where the category comes from
   */
  public record CategoryDocument(
      @JsonProperty(required = true) @NotNull(message = "required") @RowIdForm String id,
      @Size(min = 1, max = 200, message = "1 - {max} characters")
          @Pattern(regexp = NOT_BLANK, message = "not blank")
          @Nullable String name,
      @Size(min = 1, max = 200, message = "1 - {max} characters")
          @Pattern(regexp = NOT_BLANK, message = "not blank")
          @Nullable String nameEn,
      @JsonProperty(required = true) boolean rowsComplete,
      @JsonProperty(required = true) @NotNull(message = "required") @Valid
          ProvenanceDocument provenance) {}

  /**
   * A row of the table.
   *
   * @param id the row id as the regulation numbers it, e.g. 一(1)
   * @param category the id of its category
   * @param material the material in Chinese; null only when unconfirmed
   * @param materialEn the material in English; null only when unconfirmed
   * @param aliases other names of the material used for classification by text; may be null
   * @param materialCodes the host's material codes that belong to this row; may be null
   * @param period the period code ({@code Y}, {@code D10} … {@code D100}, {@code defers-to:NAME});
   *     null only when unconfirmed
   * @param provenance where the row comes from
   */
  public record RowDocument(
      @JsonProperty(required = true) @NotNull(message = "required") @RowIdForm String id,
      @JsonProperty(required = true) @NotNull(message = "required") @RowIdForm String category,
      @Size(min = 1, max = 500, message = "1 - {max} characters")
          @Pattern(regexp = NOT_BLANK, message = "not blank")
          @Nullable String material,
      @Size(min = 1, max = 500, message = "1 - {max} characters")
          @Pattern(regexp = NOT_BLANK, message = "not blank")
          @Nullable String materialEn,
      @Size(max = 50, message = "at most {max} aliases")
          @Nullable
              List<
                  @NotBlank(message = "required, not blank")
                  @Size(max = 200, message = "at most {max} characters") String>
              aliases,
      @Size(max = 200, message = "at most {max} material codes")
          @Nullable
              List<
                  @NotNull(message = "required")
                  @Pattern(
                      regexp = Item.MATERIAL_CODE_PATTERN,
                      message =
                          "a material code: upper-case letters, digits, '_', '.' and '-', 1 - 64 characters")
                  String>
              materialCodes,
      @Size(min = 1, max = 120, message = "1 - {max} characters")
          @Pattern(regexp = NOT_BLANK, message = "not blank")
          @Nullable String period,
      @JsonProperty(required = true) @NotNull(message = "required") @Valid
          ProvenanceDocument provenance) {}
}
