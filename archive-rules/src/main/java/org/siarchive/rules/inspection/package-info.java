/**
 * Inspection policies (issue 10): how many volumes of a batch or of the city to inspect, exactly
 * which, what that buys, and what the inspection says about the rest.
 *
 * <ul>
 *   <li>A {@link org.siarchive.rules.inspection.Population} holds volume ids grouped into strata
 *       ({@link org.siarchive.rules.inspection.StratumKey}: a sub-centre, or a sub-centre and a
 *       category, as the host's {@link org.siarchive.rules.inspection.Strata} chooses).
 *   <li>An {@link org.siarchive.rules.inspection.InspectionPolicy} answers with an {@link
 *       org.siarchive.rules.inspection.InspectionPlan}: per stratum the sample size and the
 *       selected ids, drawn with the sampling module's verifiable keyed draw under one seed written
 *       in the plan ({@link org.siarchive.rules.inspection.StepSeed}: {@code S/<step>/<batch>}),
 *       and re-derived by {@link org.siarchive.rules.inspection.InspectionPlan#verify}. Policies: a
 *       fixed ratio {@code ceil(f N)} ({@link org.siarchive.rules.inspection.FixedRatioPolicy}),
 *       ratios in proportion to problem rates from {@link org.siarchive.rules.inspection.History}
 *       ({@link org.siarchive.rules.inspection.ProblemRatePolicy}, article §3.2), and ISO 2859-1
 *       with switching per stratum ({@link org.siarchive.rules.inspection.Iso2859Policy}).
 *   <li>Each stratum's plan offers its OC, AOQ, AOQL and ATI ({@link
 *       org.siarchive.rules.inspection.PlanCharacteristics}, hypergeometric), and after the
 *       inspection the plan estimates the problem rate with confidence intervals ({@link
 *       org.siarchive.rules.inspection.DefectRateEstimate}, the method named).
 * </ul>
 *
 * <pre>{@code
 * // Supervision of batch B (phase 2): 5% of its volumes, seed S/supervision/B.
 * Population batch = Population.of(Map.of(StratumKey.ofSubCenter("SC01"), batchIds));
 * InspectionPlan sup = FixedRatioPolicy.supervision().plan(batch, StepSeed.of(s, "supervision", b));
 * List<String> toInspect = sup.strata().get(0).selected();   // ceil(0.05 x N) ids
 *
 * // Pre-acceptance across the city: 10% in all, each sub-centre 5%-30%, by last year's rates.
 * InspectionPlan pre = ProblemRatePolicy.of(new BigDecimal("0.10"), new BigDecimal("0.05"),
 *         new BigDecimal("0.30"), History.from(QualityReport.read(lastYear)))
 *     .plan(Population.builder(Strata.SUB_CENTER).addAll(volumes).build(), "2024/pre-acceptance");
 * pre.strata().get(0).characteristics().aoql();     // what that sample buys
 * pre.estimate(idsFoundWithProblems, 0.95).overall(); // the city's rate and its interval
 * }</pre>
 *
 * <p>Null policy: parameters are non-null and results are never null; absent values are {@code
 * Optional}s. A refused value is an {@link org.siarchive.core.InvalidValueException} naming the
 * field and the value.
 */
@NullMarked
package org.siarchive.rules.inspection;

import org.jspecify.annotations.NullMarked;
