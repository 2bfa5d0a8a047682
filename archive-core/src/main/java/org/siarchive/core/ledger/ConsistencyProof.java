package org.siarchive.core.ledger;

import java.util.List;
import java.util.Objects;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.ledger.internal.Rfc9162;

/**
 * An RFC 9162 §2.1.4 consistency proof: the tree of {@code to} events extends the tree of {@code
 * from} events, so nothing among the first {@code from} events was changed, removed or reordered.
 * Verified with the RFC's algorithm (§2.1.4.2) against the two published heads. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * ConsistencyProof proof = ledger.proveConsistency(monthEnd.treeSize(), ledger.size());
 * proof.verify(monthEnd, ledger.head());   // true
 * }</pre>
 *
 * @param from the older tree's size, 0 or more
 * @param to the newer tree's size, from or more
 * @param path the proof's hashes, in hexadecimal; empty when from is 0 or equals to
 * @param algorithm the hash algorithm
 * @since 0.1.0
 */
public record ConsistencyProof(long from, long to, List<String> path, HashAlgorithm algorithm) {

  /**
   * Validates the proof's shape (not its hashes: {@link #verify} does that).
   *
   * @param from the older tree's size, 0 or more
   * @param to the newer tree's size, from or more
   * @param path the proof's hashes, in hexadecimal; empty when from is 0 or equals to
   * @param algorithm the hash algorithm
   */
  public ConsistencyProof {
    if (from < 0) {
      throw new InvalidValueException("from", "0 or more", Long.toString(from));
    }
    if (to < from) {
      throw new InvalidValueException("to", from + " or more", Long.toString(to));
    }
    path = List.copyOf(path);
    for (String p : path) {
      HashAlgorithm.unhex("path", p);
    }
    Objects.requireNonNull(algorithm, "algorithm");
  }

  /**
   * {@return true when the proof shows that {@code second} extends {@code first}: the heads' sizes
   * are this proof's, their algorithm is its, and RFC 9162 §2.1.4.2 accepts the path}
   *
   * @param first the earlier published head
   * @param second the later published head
   */
  public boolean verify(TreeHead first, TreeHead second) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    return first.treeSize() == from
        && second.treeSize() == to
        && first.algorithm() == algorithm
        && second.algorithm() == algorithm
        && Rfc9162.verifyConsistency(
            algorithm.hasher(),
            from,
            to,
            HashAlgorithm.unhex("rootHash", first.rootHash()),
            HashAlgorithm.unhex("rootHash", second.rootHash()),
            path.stream().map(p -> HashAlgorithm.unhex("path", p)).toList());
  }
}
