package org.siarchive.core.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.internal.json.Jcs;
import org.siarchive.core.ledger.internal.MerkleTree;

/**
 * A tamper-evident, append-only ledger: a sequence of events kept in a {@link LedgerStore}, each
 * event the RFC 8785 canonical JSON of an object, hashed into a Merkle tree exactly as RFC 9162
 * §2.1 defines it (leaf {@code H(0x00 || event bytes)}, node {@code H(0x01 || left || right)},
 * empty tree {@code H("")}). Every event carries two members this class sets: {@code "algorithm"}
 * (the ledger's {@link HashAlgorithm}) and {@code "previousRoot"} (the hexadecimal root of the tree
 * of the events before it), so that an edit, removal, insertion or reordering of any event but the
 * last is found from the ledger alone, and a {@link TreeHead} published elsewhere catches
 * truncation and a wholesale rewrite. A third party recomputes the head with {@code hashlib} alone.
 *
 * <pre>{@code
 * Ledger ledger = Ledger.open(LedgerStore.jsonLines(file), HashAlgorithm.SHA_256);
 * ObjectNode event = JsonNodeFactory.instance.objectNode().put("batch", "B1");
 * OptionalLong index = ledger.tryAppend(event);   // empty when another writer was first
 * TreeHead head = ledger.head();
 * InclusionProof proof = ledger.proveInclusion(0, head.treeSize());
 * }</pre>
 *
 * <p>Thread-safe: a ledger serialises its own calls; several ledgers (in one process or many) may
 * share a store, whose conditional append keeps them on one chain.
 *
 * @since 0.1.0
 */
public final class Ledger {
  /** The member naming the ledger's hash algorithm in every event. */
  public static final String ALGORITHM = "algorithm";

  /** The member holding the root of the tree before the event. */
  public static final String PREVIOUS_ROOT = "previousRoot";

  private static final int CHUNK = 4096;

  private final LedgerStore store;
  private final HashAlgorithm algorithm;
  private final MerkleTree tree;

  private Ledger(LedgerStore store, HashAlgorithm algorithm) {
    this.store = store;
    this.algorithm = algorithm;
    this.tree = new MerkleTree(algorithm.hasher());
  }

  /**
   * Opens a ledger, reading and checking the events already in the store.
   *
   * @param store the store the ledger's events are kept in
   * @param algorithm the algorithm of a new ledger; a store that already holds events must use it
   * @return the ledger, with the events already in the store
   * @throws LedgerException when an event is not canonical, uses another algorithm or breaks the
   *     {@code previousRoot} chain, or the store has a torn last line
   */
  public static Ledger open(LedgerStore store, HashAlgorithm algorithm) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(algorithm, "algorithm");
    Ledger ledger = new Ledger(store, algorithm);
    ledger.refresh();
    return ledger;
  }

  /**
   * Opens a ledger with the algorithm its first event names (SHA-256 when it has none).
   *
   * @param store the store the ledger's events are kept in
   * @return the ledger, with the events already in the store
   * @throws LedgerException as {@link #open(LedgerStore, HashAlgorithm)}
   */
  public static Ledger open(LedgerStore store) {
    Objects.requireNonNull(store, "store");
    return open(store, algorithmOf(store).orElse(HashAlgorithm.SHA_256));
  }

  static Optional<HashAlgorithm> algorithmOf(LedgerStore store) {
    if (store.size() == 0) {
      return Optional.empty();
    }
    byte[] first = store.read(0, 1).get(0);
    try {
      JsonNode name = CanonicalJson.parse(first).get(ALGORITHM);
      return Optional.of(
          HashAlgorithm.parse(name == null || !name.isTextual() ? "(none)" : name.textValue()));
    } catch (InvalidValueException e) {
      throw new LedgerException("ledger " + store.describe() + ": event 0: " + e.getMessage(), e);
    }
  }

  /** {@return the store} */
  public LedgerStore store() {
    return store;
  }

  /** {@return the hash algorithm} */
  public HashAlgorithm algorithm() {
    return algorithm;
  }

  /** {@return the number of events this ledger has read or appended} */
  public synchronized long size() {
    return tree.size();
  }

  /** {@return the current tree head} */
  public synchronized TreeHead head() {
    return new TreeHead(tree.size(), HashAlgorithm.hex(tree.root()), algorithm);
  }

  /**
   * {@return the tree head of the first events}
   *
   * @param treeSize 0 to {@link #size()}
   */
  public synchronized TreeHead headAt(long treeSize) {
    return new TreeHead(treeSize, HashAlgorithm.hex(tree.rootAt(treeSize)), algorithm);
  }

  /**
   * Reads the events other writers appended since this ledger last looked, checking each.
   *
   * @return the new events, parsed, in order
   * @throws LedgerException as {@link #open(LedgerStore, HashAlgorithm)}
   */
  public synchronized List<JsonNode> refresh() {
    List<JsonNode> added = new ArrayList<>();
    Jcs.Writer writer = new Jcs.Writer();
    store
        .tornTail()
        .ifPresent(
            t -> {
              throw new LedgerException("ledger " + store.describe() + ": " + t.describe());
            });
    while (true) {
      List<byte[]> chunk = store.read(tree.size(), CHUNK);
      if (chunk.isEmpty()) {
        return added;
      }
      for (byte[] bytes : chunk) {
        JsonNode[] parsed = new JsonNode[1];
        String problem = problem(bytes, algorithm, tree.root(), parsed, writer);
        if (problem != null) {
          throw new LedgerException(
              String.format(
                  Locale.ROOT, "ledger %s: event %d: %s", store.describe(), tree.size(), problem));
        }
        tree.appendData(bytes);
        added.add(parsed[0]);
      }
    }
  }

  /**
   * Appends an event at the end of the ledger as this ledger knows it, unless another writer
   * appended first. Sets the event's {@code "algorithm"} and {@code "previousRoot"} members.
   *
   * @param event the event; must not already have those two members; not modified
   * @return the new event's index, or empty when another writer was first: then {@link #refresh()}
   *     and decide again on the new head
   * @throws InvalidValueException when the event has a member this class sets or a value that has
   *     no canonical form
   * @throws LedgerException when the store fails
   */
  public synchronized OptionalLong tryAppend(ObjectNode event) {
    Objects.requireNonNull(event, "event");
    for (String member : List.of(ALGORITHM, PREVIOUS_ROOT)) {
      if (event.has(member)) {
        throw new InvalidValueException(
            member, "set by the ledger, not by the caller", event.get(member).toString());
      }
    }
    // A shallow copy: the writer only reads the members, and the caller's tree stays as it was
    // (an opening's thousands of volume ids are not copied to add two members beside them).
    ObjectNode full = event.objectNode();
    full.setAll(event);
    full.put(ALGORITHM, algorithm.label());
    full.put(PREVIOUS_ROOT, HashAlgorithm.hex(tree.root()));
    byte[] bytes = CanonicalJson.toBytes(full);
    long index = tree.size();
    if (!store.tryAppend(index, bytes)) {
      return OptionalLong.empty();
    }
    tree.appendData(bytes);
    return OptionalLong.of(index);
  }

  /**
   * {@return the bytes of one event, as stored}
   *
   * @param index 0 to {@code size() - 1}
   */
  public byte[] eventBytes(long index) {
    checkIndex(index);
    return store.read(index, 1).get(0);
  }

  /**
   * {@return an inclusion proof (RFC 9162 §2.1.3.1) for one event in the tree of the first events}
   *
   * @param index the event, below {@code treeSize}
   * @param treeSize 1 to {@link #size()}
   */
  public synchronized InclusionProof proveInclusion(long index, long treeSize) {
    List<String> path =
        tree.inclusionPath(index, treeSize).stream().map(HashAlgorithm::hex).toList();
    return new InclusionProof(
        index,
        treeSize,
        HashAlgorithm.hex(tree.leafHash(index)),
        path,
        HashAlgorithm.hex(tree.rootAt(treeSize)),
        algorithm);
  }

  /**
   * {@return a consistency proof (RFC 9162 §2.1.4.1) that the tree of {@code to} events extends the
   * tree of {@code from} events}
   *
   * @param from 0 to {@code to}
   * @param to from to {@link #size()}
   */
  public synchronized ConsistencyProof proveConsistency(long from, long to) {
    List<String> path = tree.consistencyProof(from, to).stream().map(HashAlgorithm::hex).toList();
    return new ConsistencyProof(from, to, path, algorithm);
  }

  private synchronized void checkIndex(long index) {
    if (index < 0 || index >= tree.size()) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Invalid value for event (valid values 0 - %d): %d",
              tree.size() - 1,
              index));
    }
  }

  /** A check of an event's content, beyond the ledger's own, for {@link #verify}. */
  @FunctionalInterface
  public interface EventCheck {
    /**
     * Checks one event.
     *
     * @param index the event's index
     * @param event the parsed event
     * @return what is wrong with it, or empty
     */
    Optional<String> check(long index, JsonNode event);
  }

  /**
   * Verifies a ledger as a third party would, reporting instead of throwing: every event canonical,
   * of one algorithm, with the right {@code previousRoot}; the caller's content check; no torn last
   * line; and, when a head was published, that the ledger's first {@code head.treeSize()} events
   * have its root (a shorter ledger was truncated, another root rewritten). The same as {@link
   * #verify(LedgerStore, TreeHead, EventCheck, RootCheck)} with {@link RootCheck#EVERY_EVENT}.
   *
   * @param store the store to read
   * @param published a head published elsewhere, or null
   * @param contentCheck a check of each event's content (for example a replay of a lifecycle), or
   *     null; called in order, only while no earlier event failed
   * @return what was found: valid or invalid (with the reason), the number of complete events and
   *     the tree head over them
   * @throws LedgerException only when the store cannot be read
   */
  public static LedgerVerification verify(
      LedgerStore store, @Nullable TreeHead published, @Nullable EventCheck contentCheck) {
    return verify(store, published, contentCheck, RootCheck.EVERY_EVENT);
  }

  /**
   * Verifies a ledger as {@link #verify(LedgerStore, TreeHead, EventCheck)} does, comparing the
   * {@code previousRoot} of the events {@code rootCheck} names. With {@link RootCheck#EVERY_EVENT}
   * that is every event (about 3.7 times hashing the events' bytes, the cost of the root of every
   * prefix); with {@link RootCheck#atCheckpoints(int)} the checkpoints and the events after the
   * last, which still finds every edit, removal, insertion, swap and byte flip of any event but the
   * last, and names the same first bad event, at about the cost of {@link #verifyTreeHead} and the
   * parse (see {@link RootCheck} for the one thing it does not find).
   *
   * <pre>{@code
   * LedgerVerification v = Ledger.verify(store, published, null, RootCheck.atCheckpoints(1024));
   * }</pre>
   *
   * @param store the store to read
   * @param published a head published elsewhere, or null
   * @param contentCheck a check of each event's content, or null; called in order while no earlier
   *     event was found to fail (with checkpoints, an event whose {@code previousRoot} is found
   *     false at the next checkpoint may have been passed to it, and its successors up to there)
   * @param rootCheck which events' {@code previousRoot} to compare
   * @return what was found: valid or invalid (with the reason), the number of complete events and
   *     the tree head over them
   * @throws LedgerException only when the store cannot be read
   */
  public static LedgerVerification verify(
      LedgerStore store,
      @Nullable TreeHead published,
      @Nullable EventCheck contentCheck,
      RootCheck rootCheck) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(rootCheck, "rootCheck");
    return LedgerVerifier.verify(store, published, contentCheck, rootCheck);
  }

  /**
   * {@return the tree-head check alone: recomputes the tree head from the events' bytes (one leaf
   * hash per event and the tree's {@code n - 1} node hashes, nothing parsed) and compares it with a
   * head published elsewhere} It catches what changes the first {@code published.treeSize()} events
   * in any way (an edit, a byte flip, a removal, an insertion, a reordering, truncation or a
   * wholesale rewrite) and a torn last line, but nothing about the events after the published size,
   * and it does not check that each event is canonical JSON, names the ledger's algorithm or
   * carries the right {@code previousRoot}: use {@link #verify} for that (a third party without a
   * published head has only {@link #verify}). Costs about as much as hashing the event bytes once,
   * where {@link #verify} also parses every event and computes the root of every prefix; complete
   * subtrees of 4,096 events are hashed on the common fork-join pool (every core), the answer the
   * same as on one thread.
   *
   * <pre>{@code
   * LedgerVerification v = Ledger.verifyTreeHead(store, TreeHead.read(in, "head.json"));
   * }</pre>
   *
   * @param store the store to read
   * @param published the head published elsewhere
   * @throws LedgerException only when the store cannot be read
   */
  public static LedgerVerification verifyTreeHead(LedgerStore store, TreeHead published) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(published, "published");
    return LedgerVerifier.verifyTreeHead(store, published);
  }

  /**
   * What is wrong with one event's bytes, or null: not canonical JSON, not an object, another
   * algorithm, or a previousRoot other than the root before it.
   */
  static @Nullable String problem(
      byte[] bytes,
      HashAlgorithm algorithm,
      byte[] rootBefore,
      JsonNode[] parsed,
      Jcs.Writer writer) {
    JsonNode node;
    try {
      node = CanonicalJson.parse(bytes);
      if (!writer.matches(node, bytes)) {
        return "not in RFC 8785 canonical form";
      }
    } catch (InvalidValueException e) {
      return "not canonical JSON: " + e.getMessage();
    }
    if (!node.isObject()) {
      return "not a JSON object";
    }
    JsonNode a = node.get(ALGORITHM);
    if (a == null || !a.isTextual() || !a.textValue().equals(algorithm.label())) {
      return String.format(
          Locale.ROOT,
          "algorithm %s, the ledger's is %s",
          a == null ? "missing" : a.toString(),
          algorithm.label());
    }
    JsonNode p = node.get(PREVIOUS_ROOT);
    String expected = HashAlgorithm.hex(rootBefore);
    if (p == null || !p.isTextual() || !p.textValue().equals(expected)) {
      return String.format(
          Locale.ROOT,
          "previousRoot %s, the root of the events before it is %s",
          p == null ? "missing" : p.toString(),
          expected);
    }
    parsed[0] = node;
    return null;
  }
}
