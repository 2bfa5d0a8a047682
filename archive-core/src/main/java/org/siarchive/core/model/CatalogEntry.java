package org.siarchive.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.siarchive.core.internal.Checks;
import org.siarchive.core.internal.Forms;

/**
 * One row of a volume's catalogue (卷内文件目录, 著录): what was registered for an item.
 *
 * <p>The archival code and the date are kept exactly as they were registered, because a malformed
 * code or an impossible date in the catalogue is a defect to report, not a reason to refuse the
 * record: {@link #parsedArchivalCode()} and {@link #parsedDate()} interpret them.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * CatalogEntry e = new CatalogEntry(1, "J001-SB·2024-D30-YL-0001", "M-PENSION-APPLICATION",
 *     "养老保险待遇申领表", "20240315", "和平分中心", null, 4);
 * e.parsedDate();          // Optional[2024-03-15]
 * e.parsedArchivalCode();  // Optional[J001-SB·2024-D30-YL-0001]
 * e.withDate("20240316").parsedDate();  // Optional[2024-03-16], e itself unchanged
 * }</pre>
 *
 * @param itemNumber the item number (件号), 1 to 9999
 * @param archivalCode the archival code (档号) as registered, 1 to 64 characters; null when none was
 *     registered
 * @param materialCode the registered material, as in the material rules
 * @param title the title (题名), 1 to 500 characters
 * @param date the date as registered, normally 8 digits {@code YYYYMMDD}; null when missing
 * @param responsibleParty the responsible party (责任者), 1 to 100 characters
 * @param documentNumber the document number (文号), 1 to 100 characters; null when there is none
 * @param registeredPages the registered page count (页数), 0 to 9999
 * @since 0.1.0
 */
public record CatalogEntry(
    @JsonProperty(required = true) @Min(1) @Max(9999) int itemNumber,
    @Size(min = 1, max = 64) @Pattern(regexp = NOT_BLANK) String archivalCode,
    @JsonProperty(required = true) @NotNull @Pattern(regexp = Item.MATERIAL_CODE_PATTERN)
        String materialCode,
    @JsonProperty(required = true) @NotBlank @Size(max = 500) String title,
    @Size(min = 1, max = 32) @Pattern(regexp = NOT_BLANK) String date,
    @JsonProperty(required = true) @NotBlank @Size(max = 100) String responsibleParty,
    @Size(min = 1, max = 100) @Pattern(regexp = NOT_BLANK) String documentNumber,
    @JsonProperty(required = true) @Min(0) @Max(Page.MAX_NUMBER) int registeredPages) {

  /** Jakarta's form of "not only white space", for optional texts. */
  static final String NOT_BLANK = "(?s).*[^\\x00-\\x20].*";

  /**
   * Checks the fields.
   *
   * @param itemNumber the item number (件号), 1 to 9999
   * @param archivalCode the archival code (档号) as registered, 1 to 64 characters; null when none
   *     was registered
   * @param materialCode the registered material, as in the material rules
   * @param title the title (题名), 1 to 500 characters
   * @param date the date as registered, normally 8 digits {@code YYYYMMDD}; null when missing
   * @param responsibleParty the responsible party (责任者), 1 to 100 characters
   * @param documentNumber the document number (文号), 1 to 100 characters; null when there is none
   * @param registeredPages the registered page count (页数), 0 to 9999
   */
  public CatalogEntry {
    Checks.range(itemNumber, 1, 9999, "itemNumber");
    Checks.optionalText(archivalCode, 64, "archivalCode");
    Checks.form(materialCode, Forms.MATERIAL_CODE, "materialCode");
    Checks.text(title, 500, "title");
    Checks.optionalText(date, 32, "date");
    Checks.text(responsibleParty, 100, "responsibleParty");
    Checks.optionalText(documentNumber, 100, "documentNumber");
    Checks.range(registeredPages, 0, Page.MAX_NUMBER, "registeredPages");
  }

  /**
   * {@return the registered archival code when it is well formed (DA/T 22-2015); empty otherwise}
   */
  public Optional<ArchivalCode> parsedArchivalCode() {
    return ArchivalCode.tryParse(archivalCode);
  }

  /**
   * {@return the registered date when it is 8 digits {@code YYYYMMDD} of a real calendar date;
   * empty when it is missing, malformed or impossible}
   */
  public Optional<LocalDate> parsedDate() {
    if (date == null || date.length() != 8) {
      return Optional.empty();
    }
    // What the strict uuuuMMdd formatter accepts, read by hand: checks read every entry's date.
    int value = 0;
    for (int i = 0; i < 8; i++) {
      char c = date.charAt(i);
      if (c < '0' || c > '9') {
        return Optional.empty();
      }
      value = value * 10 + (c - '0');
    }
    int year = value / 10_000;
    int month = value / 100 % 100;
    int day = value % 100;
    if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.of(year, month, day));
  }

  /**
   * {@return this row with {@code itemNumber} replaced; checked as the constructor checks it}
   *
   * @param itemNumber the item number (件号), 1 to 9999
   */
  public CatalogEntry withItemNumber(int itemNumber) {
    return new CatalogEntry(
        itemNumber,
        archivalCode,
        materialCode,
        title,
        date,
        responsibleParty,
        documentNumber,
        registeredPages);
  }

  /**
   * {@return this row with {@code archivalCode} replaced (null for none); checked as the
   * constructor checks it}
   *
   * @param archivalCode the archival code (档号) as registered, 1 to 64 characters; null when none
   *     was registered
   */
  public CatalogEntry withArchivalCode(String archivalCode) {
    return new CatalogEntry(
        itemNumber,
        archivalCode,
        materialCode,
        title,
        date,
        responsibleParty,
        documentNumber,
        registeredPages);
  }

  /**
   * {@return this row with {@code materialCode} replaced; checked as the constructor checks it}
   *
   * @param materialCode the registered material, as in the material rules
   */
  public CatalogEntry withMaterialCode(String materialCode) {
    return new CatalogEntry(
        itemNumber,
        archivalCode,
        materialCode,
        title,
        date,
        responsibleParty,
        documentNumber,
        registeredPages);
  }

  /**
   * {@return this row with {@code title} replaced; checked as the constructor checks it}
   *
   * @param title the title (题名), 1 to 500 characters
   */
  public CatalogEntry withTitle(String title) {
    return new CatalogEntry(
        itemNumber,
        archivalCode,
        materialCode,
        title,
        date,
        responsibleParty,
        documentNumber,
        registeredPages);
  }

  /**
   * {@return this row with {@code date} replaced (null when missing); checked as the constructor
   * checks it}
   *
   * @param date the date as registered, normally 8 digits {@code YYYYMMDD}; null when missing
   */
  public CatalogEntry withDate(String date) {
    return new CatalogEntry(
        itemNumber,
        archivalCode,
        materialCode,
        title,
        date,
        responsibleParty,
        documentNumber,
        registeredPages);
  }

  /**
   * {@return this row with {@code responsibleParty} replaced; checked as the constructor checks it}
   *
   * @param responsibleParty the responsible party (责任者), 1 to 100 characters
   */
  public CatalogEntry withResponsibleParty(String responsibleParty) {
    return new CatalogEntry(
        itemNumber,
        archivalCode,
        materialCode,
        title,
        date,
        responsibleParty,
        documentNumber,
        registeredPages);
  }

  /**
   * {@return this row with {@code documentNumber} replaced (null for none); checked as the
   * constructor checks it}
   *
   * @param documentNumber the document number (文号), 1 to 100 characters; null when there is none
   */
  public CatalogEntry withDocumentNumber(String documentNumber) {
    return new CatalogEntry(
        itemNumber,
        archivalCode,
        materialCode,
        title,
        date,
        responsibleParty,
        documentNumber,
        registeredPages);
  }

  /**
   * {@return this row with {@code registeredPages} replaced; checked as the constructor checks it}
   *
   * @param registeredPages the registered page count (页数), 0 to 9999
   */
  public CatalogEntry withRegisteredPages(int registeredPages) {
    return new CatalogEntry(
        itemNumber,
        archivalCode,
        materialCode,
        title,
        date,
        responsibleParty,
        documentNumber,
        registeredPages);
  }
}
