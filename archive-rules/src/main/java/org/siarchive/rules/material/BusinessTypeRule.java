package org.siarchive.rules.material;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.model.BusinessType;
import org.siarchive.rules.internal.Copies;

/**
 * The material rules of one business type (险种 × 业务环节): its materials with what each must be and
 * carry, whether images are required, the first day the business could exist (a document dated
 * earlier is a defect) and the retention schedule row its volumes are filed under.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * BusinessTypeRule rule = MaterialRules.bundledIllustrative()
 *     .rulesFor(BusinessType.parse("PENSION/BENEFIT_DETERMINATION")).orElseThrow().rule();
 * rule.zh();  // "养老保险待遇核定"
 * }</pre>
 *
 * @param businessType the business type
 * @param zh the Chinese name, 1 to 100 characters
 * @param en the English name, 1 to 200 characters
 * @param availableFrom the first day a document of this business can be dated
 * @param retentionRow the retention schedule row id (e.g. {@code 一(1)}), 1 to 32 characters; null
 *     when the row is not known
 * @param imageRequired true when every page must be scanned
 * @param materials the materials, at least one, exactly one of them the main form
 * @since 0.1.0
 */
@JsonPropertyOrder({
  "businessType",
  "zh",
  "en",
  "availableFrom",
  "retentionRow",
  "imageRequired",
  "materials"
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BusinessTypeRule(
    @JsonProperty(required = true) @NotNull @Valid BusinessType businessType,
    @JsonProperty(required = true) @NotBlank @Size(max = 100) String zh,
    @JsonProperty(required = true) @NotBlank @Size(max = 200) String en,
    @JsonProperty(required = true) @NotNull LocalDate availableFrom,
    @Size(min = 1, max = 32) @Nullable String retentionRow,
    @JsonProperty(required = true) boolean imageRequired,
    @JsonProperty(required = true) @NotNull @Size(min = 1, max = 1000)
        List<@NotNull @Valid MaterialRequirement> materials) {

  /**
   * Copies the list.
   *
   * @param businessType the business type
   * @param zh the Chinese name, 1 to 100 characters
   * @param en the English name, 1 to 200 characters
   * @param availableFrom the first day a document of this business can be dated
   * @param retentionRow the retention schedule row id (e.g. {@code 一(1)}), 1 to 32 characters; null
   *     when the row is not known
   * @param imageRequired true when every page must be scanned
   * @param materials the materials, at least one, exactly one of them the main form
   */
  public BusinessTypeRule {
    materials = Copies.copy(materials);
  }
}
