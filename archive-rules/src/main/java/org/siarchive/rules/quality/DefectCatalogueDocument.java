package org.siarchive.rules.quality;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.siarchive.rules.internal.Copies;

/**
 * The binding of a defect catalogue as written in JSON (package-private: hosts write the JSON,
 * documented in {@code archive-rules/RULE-DATA.md}, and {@link
 * DefectCatalogue#load(java.nio.file.Path)} reads it; the bundled catalogue is an example).
 *
 * <p>Immutable and thread-safe.
 *
 * @param format {@value #FORMAT}
 * @param edition the catalogue's edition, e.g. {@code "2026.1"}
 * @param title the title, 1 to 200 characters
 * @param source where the rows come from, 1 to 1000 characters
 * @param terms the names of argument values in each language (optional; none when absent)
 * @param defects the rows, at least one
 */
@JsonPropertyOrder({"format", "edition", "title", "source", "terms", "defects"})
record DefectCatalogueDocument(
    @JsonProperty(required = true) @NotNull @Pattern(regexp = "siarchive-defect-catalogue/1")
        String format,
    @JsonProperty(required = true) @NotNull @Pattern(regexp = "[0-9A-Za-z][0-9A-Za-z.+-]{0,63}")
        String edition,
    @JsonProperty(required = true) @NotBlank @Size(max = 200) String title,
    @JsonProperty(required = true) @NotBlank @Size(max = 1000) String source,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) @Size(max = 100)
        List<@NotNull @Valid MessageTerms> terms,
    @JsonProperty(required = true) @NotNull @Size(min = 1, max = 10_000)
        List<@NotNull @Valid DefectType> defects) {

  /** The format this library reads. */
  public static final String FORMAT = "siarchive-defect-catalogue/1";

  /** Copies the list, keeping null elements for validation to name. */
  public DefectCatalogueDocument {
    terms = terms == null ? List.of() : Copies.copy(terms);
    defects = Copies.copy(defects);
  }
}
