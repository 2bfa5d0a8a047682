/**
 * The procedures of the article's flows on the transfer lifecycle: {@link
 * org.siarchive.rules.procedure.Phase2} carries a batch through self-check, request,
 * pre-acceptance, rectification rounds, supervision, hand-over and receipt, each step running its
 * stage's suite over the right volumes, drawing its sample verifiably (seed {@code
 * S/<step>/<batch>}, size {@code ceil(f N)}), attaching its findings to the ledger event and moving
 * the batch through {@link org.siarchive.core.transfer.Transfers}; {@link
 * org.siarchive.rules.procedure.Phase1} carries the old flow (spot check, collection, acceptance,
 * the 10-30% re-check measuring the acceptance post's misses, the quality analysis report,
 * rectification at the centre, digitisation, storage); {@link
 * org.siarchive.rules.procedure.AuditPost} reviews each volume's images as they are made and keeps
 * its findings per case handler and stratum ({@link org.siarchive.rules.procedure.AuditRecord});
 * {@link org.siarchive.rules.procedure.HandOverForm} is the electronic hand-over form (DA/T 70).
 * The host supplies how volumes are rectified ({@link org.siarchive.rules.procedure.Rectifier}),
 * who takes each action ({@link org.siarchive.rules.procedure.Staffing}) and how a person examines
 * ({@link org.siarchive.rules.procedure.Examiner}).
 *
 * <pre>{@code
 * Transfers transfers = Transfers.of(LifecycleTable.bundled(), roster,
 *     Ledger.open(LedgerStore.inMemory(), HashAlgorithm.SHA_256), clock);
 * Phase2 phase2 = Phase2.builder(transfers, context, rectifier, Staffing.firstOnRoster(roster))
 *     .seed("2024-Q1")
 *     .build();
 * BatchOutcome out = phase2.run("SC01-2024-1", "SC01", volumes);
 * out.batch().state();                                   // "STORED"
 * out.supervisionSample().seed();                        // "2024-Q1/supervision/SC01-2024-1"
 * System.out.println(out.handOverForm().orElseThrow().toJson());
 * }</pre>
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
@NullMarked
package org.siarchive.rules.procedure;

import org.jspecify.annotations.NullMarked;
