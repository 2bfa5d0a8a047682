package org.siarchive.rules.material;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Set;
import org.siarchive.core.model.Item;
import org.siarchive.core.model.SealKind;
import org.siarchive.rules.internal.Copies;

/**
 * What a business type asks of one material: whether it must be present, whether it is the main
 * form (主表), and the seals it must carry (分中心经办专用章, 经办人章).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * new MaterialRequirement("PENSION-APPLICATION", true, true,
 *     Set.of(SealKind.OFFICE_SEAL, SealKind.HANDLER_SEAL));
 * }</pre>
 *
 * @param material the material code, defined in the edition's materials
 * @param required true when the volume must contain the material (必收)
 * @param mainForm true for the business type's main form; exactly one per business type, and it is
 *     required
 * @param seals the seals the material must carry; empty for none
 * @since 0.1.0
 */
@JsonPropertyOrder({"material", "required", "mainForm", "seals"})
public record MaterialRequirement(
    @JsonProperty(required = true) @NotNull @Pattern(regexp = Item.MATERIAL_CODE_PATTERN)
        String material,
    @JsonProperty(required = true) boolean required,
    @JsonProperty(required = true) boolean mainForm,
    @JsonProperty(required = true) @NotNull Set<@NotNull SealKind> seals) {

  /**
   * Copies the set.
   *
   * @param material the material code, defined in the edition's materials
   * @param required true when the volume must contain the material (必收)
   * @param mainForm true for the business type's main form; exactly one per business type, and it
   *     is required
   * @param seals the seals the material must carry; empty for none
   */
  public MaterialRequirement {
    seals = Copies.copy(seals);
  }
}
