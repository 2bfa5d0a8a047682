/**
 * Quality checks by stage (质量检查): the {@link org.siarchive.rules.quality.DefectCatalogue} (every
 * kind of defect as data), {@link org.siarchive.rules.quality.Check}s (small stateless functions of
 * an {@link org.siarchive.rules.quality.Inspection}: a volume and its {@link
 * org.siarchive.rules.quality.CheckContext}), {@link org.siarchive.rules.quality.Suite}s per {@link
 * org.siarchive.rules.quality.Stage} or composed by a host, and batch runs over JSON Lines.
 *
 * <pre>{@code
 * CheckContext context = CheckContext.builder(MaterialRules.bundledIllustrative()).build();
 * List<Defect> defects = Suite.forStage(Stage.SELF_CHECK).check(volume, context);
 * }</pre>
 *
 * <p>Parameters and return values are non-null unless documented otherwise; optional results are
 * {@link java.util.Optional}. Defects are results, never exceptions.
 */
@NullMarked
package org.siarchive.rules.quality;

import org.jspecify.annotations.NullMarked;
