package org.siarchive.rules.material;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.siarchive.rules.internal.Copies;

/**
 * The binding of one edition of material rules as it is written in JSON (package-private: hosts
 * write the JSON, documented field by field in {@code archive-rules/RULE-DATA.md}, and read it back
 * with {@link MaterialRules#load(java.nio.file.Path)} and {@link MaterialRules#toJson()}).
 *
 * <p>Immutable once built; lists are unmodifiable copies (a null element is kept so that validation
 * can name it).
 *
 * @param format the format and its version, {@value #FORMAT}
 * @param id the rule set's id, e.g. {@code "illustrative"} or {@code "tianjin-local"}
 * @param edition the edition, e.g. {@code "2026.1"}
 * @param effectiveFrom the first day the edition is in force
 * @param illustrative true when the rows are illustrative, not taken from a regulation
 * @param title the title of the rule set, 1 to 200 characters
 * @param source where the rows come from, 1 to 500 characters
 * @param images the image requirements of DA/T 31-2017 that apply to every material
 * @param mandatoryMetadata the metadata every volume must carry (DA/T 70-2018 integrity)
 * @param materials the materials, each defined once
 * @param businessTypes the rules per business type
 */
@JsonPropertyOrder({
  "format",
  "id",
  "edition",
  "effectiveFrom",
  "illustrative",
  "title",
  "source",
  "images",
  "mandatoryMetadata",
  "materials",
  "businessTypes"
})
record MaterialRulesDocument(
    @JsonProperty(required = true) @NotNull @Pattern(regexp = "siarchive-material-rules/1")
        String format,
    @JsonProperty(required = true) @NotNull @Pattern(regexp = ID_PATTERN) String id,
    @JsonProperty(required = true) @NotNull @Pattern(regexp = EDITION_PATTERN) String edition,
    @JsonProperty(required = true) @NotNull LocalDate effectiveFrom,
    @JsonProperty(required = true) boolean illustrative,
    @JsonProperty(required = true) @NotBlank @Size(max = 200) String title,
    @JsonProperty(required = true) @NotBlank @Size(max = 500) String source,
    @JsonProperty(required = true) @NotNull @Valid ImageRules images,
    @JsonProperty(required = true) @NotNull @Size(max = 16)
        List<@NotNull MetadataField> mandatoryMetadata,
    @JsonProperty(required = true) @NotNull @Size(min = 1, max = 10_000)
        List<@NotNull @Valid MaterialDefinition> materials,
    @JsonProperty(required = true) @NotNull @Size(min = 1, max = 10_000)
        List<@NotNull @Valid BusinessTypeRule> businessTypes) {

  /** The format this library reads. */
  public static final String FORMAT = "siarchive-material-rules/1";

  /** The form of a rule set id. */
  public static final String ID_PATTERN = "[a-z0-9][a-z0-9-]{0,63}";

  /** The form of an edition. */
  public static final String EDITION_PATTERN = "[0-9A-Za-z][0-9A-Za-z.-]{0,31}";

  /** Copies the lists. */
  public MaterialRulesDocument {
    mandatoryMetadata = Copies.copy(mandatoryMetadata);
    materials = Copies.copy(materials);
    businessTypes = Copies.copy(businessTypes);
  }
}
