package org.siarchive.rules.material;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.model.BusinessType;
import org.siarchive.core.model.SealKind;

/**
 * The rules of one business type resolved against its edition, in the form a check asks for them:
 * the main form, the other required materials, and per material the seals, the lowest resolution
 * and whether colour is required. Built by {@link MaterialRules}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * TypeRules t = MaterialRules.bundledIllustrative()
 *     .rulesFor(BusinessType.parse("PENSION/BENEFIT_DETERMINATION")).orElseThrow();
 * t.mainForm();                            // "PENSION-APPLICATION"
 * t.requiredSeals("PENSION-APPLICATION");  // [OFFICE_SEAL, HANDLER_SEAL]
 * t.minDpi("PENSION-CALCULATION");         // 300
 * }</pre>
 *
 * @since 0.1.0
 */
public final class TypeRules {
  private final BusinessTypeRule rule;
  private final String mainForm;
  private final List<String> otherRequired;
  private final Map<String, Need> needs;
  private final Map<String, Need> unlisted;
  private final Need unknownMaterial;

  /** What a material needs within a business type, or outside any (no seals). */
  record Need(Set<SealKind> seals, int minDpi, boolean colour) {
    static Need unlisted(@Nullable MaterialDefinition def, ImageRules images) {
      int dpi = def == null || def.minDpi() == null ? images.minDpi() : def.minDpi();
      return new Need(Collections.emptySet(), dpi, def != null && def.colourRequired());
    }
  }

  TypeRules(
      BusinessTypeRule rule,
      Map<String, MaterialDefinition> materials,
      ImageRules images,
      Map<String, Need> unlisted) {
    this.rule = rule;
    @Nullable String main = null;
    java.util.ArrayList<String> required = new java.util.ArrayList<>();
    Map<String, Need> map = new HashMap<>();
    for (MaterialRequirement r : rule.materials()) {
      MaterialDefinition def = Objects.requireNonNull(materials.get(r.material()), "material");
      Set<SealKind> seals =
          r.seals().isEmpty()
              ? Collections.emptySet()
              : Collections.unmodifiableSet(EnumSet.copyOf(r.seals()));
      int dpi = def.minDpi() == null ? images.minDpi() : def.minDpi();
      boolean colour = def.colourRequired() || (images.colourForSeals() && !seals.isEmpty());
      map.put(r.material(), new Need(seals, dpi, colour));
      if (r.mainForm()) {
        main = r.material();
      } else if (r.required()) {
        required.add(r.material());
      }
    }
    this.mainForm = Objects.requireNonNull(main, "mainForm");
    this.otherRequired = List.copyOf(required);
    this.needs = Map.copyOf(map);
    this.unlisted = unlisted;
    this.unknownMaterial = Need.unlisted(null, images);
  }

  /** {@return the rule row as written} */
  public BusinessTypeRule rule() {
    return rule;
  }

  /** {@return the business type} */
  public BusinessType businessType() {
    return rule.businessType();
  }

  /** {@return the main form's material code} */
  public String mainForm() {
    return mainForm;
  }

  /** {@return the required materials other than the main form, in the order the rule lists them} */
  public List<String> otherRequiredMaterials() {
    return otherRequired;
  }

  /**
   * {@return true when the material is listed for this business type}
   *
   * @param material the material's code; false for null
   */
  public boolean lists(String material) {
    return material != null && needs.containsKey(material);
  }

  /**
   * {@return the seals the material must carry here; empty for a material the rule does not list or
   * an unidentified one (null)}
   *
   * @param material the material's code, or null
   */
  public Set<SealKind> requiredSeals(@Nullable String material) {
    return need(material).seals();
  }

  /**
   * {@return the lowest resolution for the material: its own minimum, else the edition's floor; the
   * floor for an unidentified material (null)}
   *
   * @param material the material's code, or null
   */
  public int minDpi(@Nullable String material) {
    return need(material).minDpi();
  }

  /**
   * {@return true when the material must be scanned in colour: it requires colour itself, or it
   * must carry a seal here and the edition requires colour for seals} False for an unidentified
   * material.
   *
   * @param material the material's code, or null
   */
  public boolean colourRequired(@Nullable String material) {
    return need(material).colour();
  }

  /** {@return true when every page must be scanned} */
  public boolean imageRequired() {
    return rule.imageRequired();
  }

  /** {@return the first day a document of this business can be dated} */
  public LocalDate availableFrom() {
    return rule.availableFrom();
  }

  /** {@return the retention schedule row, when the rule names one} */
  public Optional<String> retentionRow() {
    return Optional.ofNullable(rule.retentionRow());
  }

  private Need need(@Nullable String material) {
    if (material == null) {
      return unknownMaterial;
    }
    Need n = needs.get(material);
    if (n == null) {
      n = unlisted.get(material);
    }
    return n == null ? unknownMaterial : n;
  }
}
