package org.siarchive.core.ledger;

import java.util.List;
import java.util.Objects;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.ledger.internal.Rfc9162;

/**
 * An RFC 9162 §2.1.3 inclusion proof: the event at {@code leafIndex} is in the tree of {@code
 * treeSize} events whose root is {@code rootHash}. Verified with the RFC's own algorithm
 * (§2.1.3.2), so a third party can check it with any RFC 9162 implementation or with a few lines of
 * Python's {@code hashlib}. Immutable and thread-safe.
 *
 * <pre>{@code
 * InclusionProof proof = ledger.proveInclusion(3, ledger.size());
 * proof.verify(ledger.head());              // true
 * proof.verifyEvent(eventBytes);            // true when the bytes are event 3's
 * }</pre>
 *
 * @param leafIndex the event's index, 0-based, below treeSize
 * @param treeSize the size of the tree the proof is for
 * @param leafHash {@code H(0x00 || event bytes)} in hexadecimal
 * @param path the audit path, bottom-up, in hexadecimal
 * @param rootHash the root of the tree of treeSize events, in hexadecimal
 * @param algorithm the hash algorithm
 * @since 0.1.0
 */
public record InclusionProof(
    long leafIndex,
    long treeSize,
    String leafHash,
    List<String> path,
    String rootHash,
    HashAlgorithm algorithm) {

  /**
   * Validates the proof's shape (not its hashes: {@link #verify()} does that).
   *
   * @param leafIndex the event's index, 0-based, below treeSize
   * @param treeSize the size of the tree the proof is for
   * @param leafHash {@code H(0x00 || event bytes)} in hexadecimal
   * @param path the audit path, bottom-up, in hexadecimal
   * @param rootHash the root of the tree of treeSize events, in hexadecimal
   * @param algorithm the hash algorithm
   */
  public InclusionProof {
    if (treeSize < 1) {
      throw new InvalidValueException("treeSize", "1 or more", Long.toString(treeSize));
    }
    if (leafIndex < 0 || leafIndex >= treeSize) {
      throw new InvalidValueException(
          "leafIndex", "valid values 0 - " + (treeSize - 1), Long.toString(leafIndex));
    }
    HashAlgorithm.unhex("leafHash", leafHash);
    path = List.copyOf(path);
    for (String p : path) {
      HashAlgorithm.unhex("path", p);
    }
    HashAlgorithm.unhex("rootHash", rootHash);
    Objects.requireNonNull(algorithm, "algorithm");
  }

  /** {@return true when the path leads from the leaf hash to the root hash (RFC 9162 §2.1.3.2)} */
  public boolean verify() {
    return Rfc9162.verifyInclusion(
        algorithm.hasher(),
        leafIndex,
        treeSize,
        HashAlgorithm.unhex("leafHash", leafHash),
        path.stream().map(p -> HashAlgorithm.unhex("path", p)).toList(),
        HashAlgorithm.unhex("rootHash", rootHash));
  }

  /**
   * {@return true when the proof verifies and is for this published head (size, root and
   * algorithm)}
   *
   * @param head the head published for the ledger
   */
  public boolean verify(TreeHead head) {
    Objects.requireNonNull(head, "head");
    return head.treeSize() == treeSize
        && head.rootHash().equals(rootHash)
        && head.algorithm() == algorithm
        && verify();
  }

  /**
   * {@return true when the proof verifies and its leaf is the leaf of these event bytes}
   *
   * @param eventBytes the event's canonical bytes, as the ledger stores them
   */
  public boolean verifyEvent(byte[] eventBytes) {
    Objects.requireNonNull(eventBytes, "eventBytes");
    return HashAlgorithm.hex(algorithm.hasher().leaf(eventBytes)).equals(leafHash) && verify();
  }
}
