package org.siarchive.rules.material;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.model.Item;

/**
 * A material (业务材料) defined once per edition: its code, its names, and what scanning it needs.
 * {@code minDpi} raises the edition's floor for materials with small or unclear text (DA/T 31-2017:
 * 300 dpi); {@code colourRequired} marks materials with a red letterhead or a seal of another body.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * new MaterialDefinition("PENSION-CALCULATION", "养老金计算表", "Pension calculation sheet", 300, false);
 * }</pre>
 *
 * @param code the material code, as in catalogue rows and items
 * @param zh the Chinese name, 1 to 100 characters
 * @param en the English name, 1 to 200 characters
 * @param minDpi the lowest resolution for this material, 1 to 9600; null for the edition's floor
 * @param colourRequired true when the material must be scanned in colour
 * @since 0.1.0
 */
@JsonPropertyOrder({"code", "zh", "en", "minDpi", "colourRequired"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MaterialDefinition(
    @JsonProperty(required = true) @NotNull @Pattern(regexp = Item.MATERIAL_CODE_PATTERN)
        String code,
    @JsonProperty(required = true) @NotBlank @Size(max = 100) String zh,
    @JsonProperty(required = true) @NotBlank @Size(max = 200) String en,
    @Min(1) @Max(9600) @Nullable Integer minDpi,
    @JsonProperty(required = true) boolean colourRequired) {}
