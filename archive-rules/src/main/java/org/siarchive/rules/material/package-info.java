/**
 * Material rules as versioned data: per business type (险种 × 业务环节) the main form (主表), the required
 * materials, the seals each must carry, whether images are required, and what scanning a material
 * needs (resolution, colour). {@link org.siarchive.rules.material.MaterialRules} is one loaded
 * edition; every edition of a rule set is a {@link org.siarchive.core.ruledata.Timeline} ({@link
 * org.siarchive.rules.material.MaterialRules#bundledEditions()}); the JSON form is documented in
 * {@code archive-rules/RULE-DATA.md}. The bundled edition is illustrative; a host loads its local
 * rules.
 *
 * <p>Parameters and return values are non-null unless documented otherwise; optional results are
 * {@link java.util.Optional}.
 */
@NullMarked
package org.siarchive.rules.material;

import org.jspecify.annotations.NullMarked;
