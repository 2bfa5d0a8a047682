package org.siarchive.core.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.internal.json.Jcs;
import org.siarchive.core.ledger.internal.CompactRange;
import org.siarchive.core.ledger.internal.Hasher;

/**
 * One run of {@link Ledger#verify} or {@link Ledger#verifyTreeHead} over a store.
 *
 * <p>Design: the tree is kept as its compact range only (no levels: a verifier makes no proof), so
 * the tree head costs one leaf hash per event and {@code n - 1} node hashes in all, written into
 * reused buffers. Each event is first tried on the fast path: {@link CanonicalScan} accepts it as
 * canonical, and its {@code "algorithm"} and {@code "previousRoot"} strings are compared as bytes
 * with the ledger's label and the hexadecimal of the recomputed root, without a Jackson tree, a
 * re-encoding or a hex string; a Jackson tree is built only for a caller's content check. An event
 * the fast path does not accept goes to {@link Ledger#problem}, the exact check that also words
 * every reason, so answers are those of the exact check whichever path an event took.
 *
 * <p>With {@link RootCheck#atCheckpoints} the root is recomputed only at checkpoints. Between two,
 * the verifier keeps the compact range at the last checkpoint that agreed, and the leaf hash and
 * recorded {@code previousRoot} of every event since ({@code 64 * interval} bytes). When a
 * checkpoint disagrees, when any other check fails, and after the last event, it replays that
 * window with every root computed, so the first bad event and its reason are those {@link
 * RootCheck#EVERY_EVENT} gives for everything it finds.
 *
 * <p>Not thread-safe; one run per object.
 */
final class LedgerVerifier {
  private static final int L = Hasher.LENGTH;
  private static final int CHUNK = 4096;

  /** The tree-head check hashes complete subtrees of 2^12 = 4,096 events apart. */
  private static final int SUBTREE_HEIGHT = 12;

  private static final byte[] HEX =
      "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private final LedgerStore store;
  private final HashAlgorithm algorithm;
  private final byte[] label;
  private final @Nullable TreeHead published;
  private final Ledger.@Nullable EventCheck contentCheck;
  private final int interval;
  private final CompactRange range;
  private final CanonicalScan scan = new CanonicalScan();
  private final Jcs.Writer writer = new Jcs.Writer();
  private final JsonNode[] parsed = new JsonNode[1];
  private final byte[] root = new byte[L];
  private final byte[] leaf = new byte[L];
  private final @Nullable CompactRange checkpoint;
  private final byte[] leaves;
  private final byte[] recorded;
  private byte @Nullable [] publishedRoot;
  private @Nullable String problem;
  private long firstBad = -1;

  private LedgerVerifier(
      LedgerStore store,
      HashAlgorithm algorithm,
      @Nullable TreeHead published,
      Ledger.@Nullable EventCheck contentCheck,
      RootCheck rootCheck) {
    this.store = store;
    this.algorithm = algorithm;
    this.label = algorithm.label().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    this.published = published;
    this.contentCheck = contentCheck;
    this.interval = rootCheck.interval();
    this.range = new CompactRange(algorithm.hasher());
    boolean window = interval > 1;
    this.checkpoint = window ? new CompactRange(algorithm.hasher()) : null;
    this.leaves = new byte[window ? interval * L : 0];
    this.recorded = new byte[window ? interval * L : 0];
  }

  /** {@link Ledger#verify}, every check. */
  static LedgerVerification verify(
      LedgerStore store,
      @Nullable TreeHead published,
      Ledger.@Nullable EventCheck contentCheck,
      RootCheck rootCheck) {
    Optional<TornTail> torn = store.tornTail();
    HashAlgorithm algorithm;
    String firstProblem = null;
    if (published != null) {
      algorithm = published.algorithm();
    } else {
      try {
        algorithm = Ledger.algorithmOf(store).orElse(HashAlgorithm.SHA_256);
      } catch (LedgerException e) {
        algorithm = HashAlgorithm.SHA_256;
        firstProblem = e.getMessage();
      }
    }
    LedgerVerifier v = new LedgerVerifier(store, algorithm, published, contentCheck, rootCheck);
    if (firstProblem != null) {
      v.problem = firstProblem;
      v.firstBad = 0;
    }
    v.scan();
    return v.conclude(torn);
  }

  /** {@link Ledger#verifyTreeHead}: the tree head alone. */
  static LedgerVerification verifyTreeHead(LedgerStore store, TreeHead published) {
    return verifyTreeHead(store, published, SUBTREE_HEIGHT);
  }

  /**
   * {@link #verifyTreeHead(LedgerStore, TreeHead)} with complete subtrees of {@code 2^height}
   * events hashed apart (a test makes them small to cover every boundary).
   */
  static LedgerVerification verifyTreeHead(LedgerStore store, TreeHead published, int height) {
    Optional<TornTail> torn = store.tornTail();
    LedgerVerifier v =
        new LedgerVerifier(store, published.algorithm(), published, null, RootCheck.EVERY_EVENT);
    v.scanTree(height);
    return v.conclude(torn);
  }

  /**
   * The tree alone, on every core: the events are read {@code 2^height} at a time, a few such
   * chunks at once, and each chunk that starts at a multiple of its size and does not hold the
   * published size strictly inside it is hashed into the root of its complete subtree on the common
   * pool ({@code 2^height} leaf hashes and one fewer node hashes), then appended to the compact
   * range in order; any other chunk is appended event by event. The same hashes as one thread
   * computes, so the same tree head.
   */
  private void scanTree(int height) {
    int chunk = 1 << height;
    int parallel = Math.max(1, Runtime.getRuntime().availableProcessors());
    boolean more = true;
    while (more) {
      List<List<byte[]>> chunks = new ArrayList<>(parallel);
      long at = range.size();
      while (chunks.size() < parallel) {
        List<byte[]> c = store.read(at, chunk);
        if (c.isEmpty()) {
          more = false;
          break;
        }
        chunks.add(c);
        at += c.size();
        if (c.size() < chunk) {
          more = false;
          break;
        }
      }
      long start = range.size();
      byte[][] roots = new byte[chunks.size()][];
      boolean[] whole = new boolean[chunks.size()];
      for (int k = 0; k < chunks.size(); k++) {
        long first = start + (long) k * chunk;
        long inside = published == null ? -1 : published.treeSize() - first;
        whole[k] =
            chunks.get(k).size() == chunk && first % chunk == 0 && (inside <= 0 || inside >= chunk);
      }
      IntStream.range(0, chunks.size())
          .parallel()
          .filter(k -> whole[k])
          .forEach(
              k -> roots[k] = CompactRange.completeSubtreeRoot(algorithm.hasher(), chunks.get(k)));
      for (int k = 0; k < chunks.size(); k++) {
        byte[] root = roots[k];
        if (root != null) {
          capturePublished();
          range.appendSubtree(root, 0, height);
          continue;
        }
        for (byte[] bytes : chunks.get(k)) {
          capturePublished();
          range.appendData(bytes, leaf, 0);
        }
      }
    }
    capturePublished();
  }

  private void scan() {
    while (true) {
      List<byte[]> chunk = store.read(range.size(), CHUNK);
      if (chunk.isEmpty()) {
        break;
      }
      for (byte[] bytes : chunk) {
        capturePublished();
        long i = range.size();
        if (problem == null) {
          examine(i, bytes);
        }
        if (checkpoint != null && problem == null) {
          range.appendData(bytes, leaves, (int) (i - checkpoint.size()) * L);
        } else {
          range.appendData(bytes, leaf, 0);
        }
      }
    }
    capturePublished();
    long last = range.size() - 1;
    if (problem == null && checkpoint != null && last > checkpoint.size()) {
      long s = checkWindow(last);
      if (s >= 0) {
        failAt(s);
      }
    }
  }

  private void capturePublished() {
    if (published != null && publishedRoot == null && range.size() == published.treeSize()) {
      publishedRoot = range.root();
    }
  }

  private void examine(long i, byte[] bytes) {
    boolean atCheckpoint = i % interval == 0;
    if (atCheckpoint) {
      range.root(root, 0);
    }
    String found = check(i, bytes, atCheckpoint);
    if (found != null) {
      fail(i, found, i - 1);
      return;
    }
    if (contentCheck != null) {
      String content = contentCheck.check(i, Objects.requireNonNull(parsed[0])).orElse(null);
      if (content != null) {
        fail(i, content, atCheckpoint ? i - 1 : i);
        return;
      }
    }
    if (atCheckpoint && checkpoint != null) {
      checkpoint.copyFrom(range);
    }
  }

  /** What is wrong with event i, or null; on success its tree is in parsed[0] when wanted. */
  private @Nullable String check(long i, byte[] bytes, boolean atCheckpoint) {
    parsed[0] = null;
    if (scan.accepts(bytes)
        && scan.contentEquals(scan.algorithmStart, scan.algorithmEnd, label)
        && scan.previousRootStart >= 0
        && scan.previousRootEnd - scan.previousRootStart == 2 * L
        && (!atCheckpoint || hexEquals(bytes, scan.previousRootStart, root))
        && (atCheckpoint || checkpoint == null || unhex(bytes, scan.previousRootStart, i))) {
      if (contentCheck != null) {
        parsed[0] = CanonicalJson.parse(bytes);
      }
      return null;
    }
    if (!atCheckpoint) {
      range.root(root, 0);
    }
    String exact = Ledger.problem(bytes, algorithm, root, parsed, writer);
    if (exact == null && !atCheckpoint && checkpoint != null) {
      System.arraycopy(root, 0, recorded, (int) (i - checkpoint.size()) * L, L);
    }
    return exact;
  }

  private static boolean hexEquals(byte[] bytes, int at, byte[] hash) {
    for (int j = 0; j < L; j++) {
      if (bytes[at + 2 * j] != HEX[(hash[j] >> 4) & 0xF]
          || bytes[at + 2 * j + 1] != HEX[hash[j] & 0xF]) {
        return false;
      }
    }
    return true;
  }

  /** Records event i's previousRoot in the window; false when it is not lower-case hex. */
  private boolean unhex(byte[] bytes, int at, long i) {
    int to = (int) (i - Objects.requireNonNull(checkpoint).size()) * L;
    for (int j = 0; j < L; j++) {
      int high = nibble(bytes[at + 2 * j]);
      int low = nibble(bytes[at + 2 * j + 1]);
      if (high < 0 || low < 0) {
        return false;
      }
      recorded[to + j] = (byte) (high << 4 | low);
    }
    return true;
  }

  private static int nibble(byte c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
  }

  /**
   * Event i fails for the reason, unless an event of the window up to {@code upTo} has a false
   * previousRoot: that one came first.
   */
  private void fail(long i, String reason, long upTo) {
    long s = checkpoint == null ? -1 : checkWindow(upTo);
    if (s >= 0) {
      failAt(s);
    } else {
      problem = reason;
      firstBad = i;
    }
  }

  /**
   * The first event after the last checkpoint, up to {@code upTo}, whose previousRoot is not the
   * root before it (left in {@code root}), or -1.
   */
  private long checkWindow(long upTo) {
    CompactRange at = Objects.requireNonNull(checkpoint);
    CompactRange replay = new CompactRange(algorithm.hasher());
    replay.copyFrom(at);
    long base = at.size();
    for (long s = base + 1; s <= upTo; s++) {
      replay.appendLeafHash(leaves, (int) (s - 1 - base) * L);
      replay.root(root, 0);
      int r = (int) (s - base) * L;
      if (!Arrays.equals(root, 0, L, recorded, r, r + L)) {
        return s;
      }
    }
    return -1;
  }

  /** Event s's previousRoot is not {@code root}: the exact check words why. */
  private void failAt(long s) {
    byte[] bytes = store.read(s, 1).get(0);
    String exact = Ledger.problem(bytes, algorithm, root, parsed, writer);
    problem =
        exact != null
            ? exact
            : String.format(
                Locale.ROOT,
                "previousRoot differs from the root of the events before it, %s",
                HashAlgorithm.hex(root));
    firstBad = s;
  }

  private LedgerVerification conclude(Optional<TornTail> torn) {
    long events = range.size();
    TreeHead head = new TreeHead(events, HashAlgorithm.hex(range.root()), algorithm);
    String found = problem;
    long bad = firstBad;
    if (found == null && torn.isPresent()) {
      found = torn.get().describe();
      bad = events;
    }
    if (found == null && published != null) {
      if (publishedRoot == null) {
        found =
            String.format(
                Locale.ROOT,
                "truncated: the ledger holds %d events, the published head %d",
                events,
                published.treeSize());
        bad = events;
      } else if (!HashAlgorithm.hex(publishedRoot).equals(published.rootHash())) {
        found =
            String.format(
                Locale.ROOT,
                "rewritten: the root of the first %d events is %s, the published head's %s",
                published.treeSize(),
                HashAlgorithm.hex(publishedRoot),
                published.rootHash());
        return new LedgerVerification.Invalid(events, head, OptionalLong.empty(), found);
      }
    }
    if (found != null) {
      return new LedgerVerification.Invalid(events, head, OptionalLong.of(bad), found);
    }
    return new LedgerVerification.Valid(events, head);
  }
}
