/**
 * Quality checks by stage (质量检查): the {@link org.siarchive.rules.quality.DefectCatalogue} (every
 * kind of defect as data), {@link org.siarchive.rules.quality.Check}s (small stateless functions of
 * an {@link org.siarchive.rules.quality.Inspection}: a volume and its {@link
 * org.siarchive.rules.quality.CheckContext}), {@link org.siarchive.rules.quality.Suite}s per {@link
 * org.siarchive.rules.quality.Stage} or composed by a host, and batch runs over JSON Lines.
 *
 * <pre>{@code
 * CheckContext context =
 *     CheckContext.builder(MaterialRules.bundledIllustrative()).stage(Stage.SELF_CHECK).build();
 * List<Defect> defects = Suite.from(context).check(volume, context);
 * }</pre>
 *
 * <p>The built-in checks, one package-private stateless singleton class per check, are reached
 * through {@link org.siarchive.rules.quality.BuiltInChecks}.
 *
 * <p>Parameters and return values are non-null unless documented otherwise; optional results are
 * {@link java.util.Optional}. Defects are results, never exceptions.
 */
@NullMarked
package org.siarchive.rules.quality;

import org.jspecify.annotations.NullMarked;
