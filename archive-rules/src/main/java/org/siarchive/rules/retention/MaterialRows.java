package org.siarchive.rules.retention;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.model.BusinessType;
import org.siarchive.rules.material.MaterialDefinition;
import org.siarchive.rules.material.MaterialRequirement;
import org.siarchive.rules.material.MaterialRules;
import org.siarchive.rules.material.TypeRules;
import org.siarchive.rules.retention.Classification.Classified;
import org.siarchive.rules.retention.internal.TextKeys;

/**
 * What the material rules say about rows, against one edition, built once when rules are bound: per
 * business type the row its rules name (when the edition decides that row), and per material code
 * and material name the one row of the business types that list it.
 *
 * <p>Design: the answers are pre-built {@link Classified} values, so a look-up is one hash probe
 * and allocates nothing. A material listed by business types that name different rows (or none) has
 * no row here: the material rules do not decide it, and nothing is guessed.
 */
final class MaterialRows {
  static final MaterialRows NONE = new MaterialRows(null, Map.of(), Map.of(), Map.of());

  private final @Nullable MaterialRules source;
  private final Map<BusinessType, Classified> byType;
  private final Map<String, Classified> byCode;
  private final Map<String, Classified> byName;

  private MaterialRows(
      @Nullable MaterialRules source,
      Map<BusinessType, Classified> byType,
      Map<String, Classified> byCode,
      Map<String, Classified> byName) {
    this.source = source;
    this.byType = byType;
    this.byCode = byCode;
    this.byName = byName;
  }

  static MaterialRows of(MaterialRules rules, Edition edition) {
    Map<BusinessType, Classified> byType = new HashMap<>();
    Map<String, String> rowOfCode = new HashMap<>();
    Set<String> split = new HashSet<>();
    for (TypeRules t : rules.businessTypes()) {
      String rowId = t.retentionRow().orElse(null);
      if (rowId != null && edition.index().byRowId(rowId) instanceof Classified found) {
        byType.put(
            t.businessType(),
            new Classified(
                t.businessType().toString(), found.row(), Classification.Match.BUSINESS_TYPE));
      }
      for (MaterialRequirement m : t.rule().materials()) {
        String code = m.material();
        String before =
            split.contains(code) ? null : rowOfCode.putIfAbsent(code, rowId == null ? "" : rowId);
        if (split.contains(code) || rowId == null || (before != null && !before.equals(rowId))) {
          split.add(code);
          rowOfCode.remove(code);
        }
      }
    }
    Map<String, Classified> byCode = new HashMap<>();
    Map<String, Classified> byName = new HashMap<>();
    rowOfCode.forEach(
        (code, rowId) -> {
          if (edition.index().byRowId(rowId) instanceof Classified found) {
            byCode.put(
                code, new Classified(code, found.row(), Classification.Match.MATERIAL_RULES));
            MaterialDefinition d = rules.material(code).orElse(null);
            if (d != null) {
              byName.put(
                  TextKeys.material(d.zh()),
                  new Classified(d.zh(), found.row(), Classification.Match.MATERIAL_RULES));
            }
          }
        });
    return new MaterialRows(rules, Map.copyOf(byType), Map.copyOf(byCode), Map.copyOf(byName));
  }

  /** The material rules these came from; null for {@link #NONE}. */
  @Nullable MaterialRules source() {
    return source;
  }

  /** The business type's row, when the rules name one and the edition decides it; else null. */
  @Nullable Classified byBusinessType(BusinessType type) {
    return byType.get(type);
  }

  /** The one row of the business types that list the code; else null. */
  @Nullable Classified byCode(String code) {
    return byCode.get(code);
  }

  /**
   * The one row of the business types that list a material of this name; else null. The key is the
   * text's {@link TextKeys#material} key, which the caller has made once for the edition too.
   */
  @Nullable Classified byKey(String text, String key) {
    Classified found = byName.get(key);
    return found == null ? null : new Classified(text, found.row(), found.match());
  }
}
