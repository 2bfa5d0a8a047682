/**
 * The workflow simulation (issue 12): a city's year of archive work under phase 1 (一期), phase 2
 * (二期) and the article's proposals (audit post, ratios in proportion to problem rates,
 * storage-driven transfers), built on the library's own pieces: the transfer {@link
 * org.siarchive.core.transfer.LifecycleTable} gives each phase's steps and the post (role and site)
 * that takes each; the {@link org.siarchive.rules.quality.Suite} of each stage decides which
 * volumes an inspection at that stage can find defective ({@link CityPool}); the {@link
 * org.siarchive.rules.inspection} policies draw the samples; the {@link
 * org.siarchive.rules.storage.StoragePlanner} ranks the stores for storage-driven collection.
 *
 * <p>Randomness comes only from the seed, through streams keyed by what a draw is about, so
 * scenarios see the same volumes, defects and service times (common random numbers) and their
 * differences are paired; replications are independent. Time is counted in working days.
 *
 * <pre>{@code
 * CityPool pool = CityPool.of(source, context, 20_000);
 * SimulationResult r = Simulation.builder(pool, rooms).replications(30).seed(42).build()
 *     .run(Scenario.standard());
 * r.scenario("phase-2").metrics().get("daysToDetection").mean();
 * }</pre>
 *
 * <p>Null policy: nothing is null unless marked {@code @Nullable}.
 */
@NullMarked
package org.siarchive.rules.simulation;

import org.jspecify.annotations.NullMarked;
