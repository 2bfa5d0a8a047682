/**
 * The tamper-evident ledger: events as RFC 8785 canonical JSON ({@link
 * org.siarchive.core.ledger.CanonicalJson}), an RFC 9162 §2.1 Merkle tree over them ({@link
 * org.siarchive.core.ledger.Ledger}), tree heads, inclusion and consistency proofs with their
 * verifiers, SHA-256 or SM3 ({@link org.siarchive.core.ledger.HashAlgorithm}), and stores behind
 * one interface ({@link org.siarchive.core.ledger.LedgerStore}: memory, a JSON Lines file, JDBC).
 *
 * <p>A third party verifies a JSON Lines ledger with Python's {@code hashlib} alone: each line is
 * an event's bytes; the leaf hash is {@code sha256(b"\x00" + line)}, a node {@code sha256(b"\x01" +
 * left + right)}, the tree is split at the largest power of two below its size.
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
@NullMarked
package org.siarchive.core.ledger;

import org.jspecify.annotations.NullMarked;
