package org.siarchive.rules.quality;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.siarchive.rules.material.MaterialDefinition;
import org.siarchive.rules.material.MaterialRules;

/**
 * The arguments that name a material in a defect message, so the message says what the paper is
 * called in each language and not only its code: {@code NAME} (the code), {@code NAMEName} (the
 * Chinese name) and {@code NAMENameEn} (the English name), from the material rules the check ran
 * with; a code the rules do not define is its own name.
 */
final class MaterialArguments {
  private MaterialArguments() {}

  /** Adds the three arguments of one material, e.g. {@code material}, {@code materialName}, … */
  static ImmutableMap.Builder<String, String> put(
      ImmutableMap.Builder<String, String> arguments,
      String name,
      MaterialRules rules,
      String code) {
    Optional<MaterialDefinition> m = rules.material(code);
    return arguments
        .put(name, code)
        .put(name + "Name", m.map(MaterialDefinition::zh).orElse(code))
        .put(name + "NameEn", m.map(MaterialDefinition::en).orElse(code));
  }

  /** The three arguments of one material, alone. */
  static ImmutableMap<String, String> of(String name, MaterialRules rules, String code) {
    return put(ImmutableMap.builder(), name, rules, code).buildOrThrow();
  }
}
