/**
 * Implementation of the ledger, not exported: the hash functions behind {@code HashAlgorithm}
 * ({@link org.siarchive.core.ledger.internal.Hasher}), the incremental RFC 9162 Merkle tree and its
 * proofs ({@link org.siarchive.core.ledger.internal.MerkleTree}) and the proof verifiers ({@link
 * org.siarchive.core.ledger.internal.Rfc9162}). Nothing here imports the exported ledger package,
 * so the dependency runs one way only.
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
@NullMarked
package org.siarchive.core.ledger.internal;

import org.jspecify.annotations.NullMarked;
