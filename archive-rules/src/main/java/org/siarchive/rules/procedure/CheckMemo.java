package org.siarchive.rules.procedure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.ledger.HashAlgorithm;
import org.siarchive.core.model.Volume;
import org.siarchive.rules.internal.OrderedBatches;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.quality.Stage;
import org.siarchive.rules.quality.Suite;

/**
 * What one batch's run has already computed about each version of a volume, so that no step pays
 * twice for an answer that depends only on the volume and the context: the defects the checks of
 * every step of the procedure find in it, its line of the package manifest (the hash of its
 * canonical record) for the package digest, and its counts for the hand-over form.
 *
 * <p>Design: the steps' suites all come from one context that differs only in its stage (the
 * built-in checks read no stage; only {@link Suite#from} does, to pick checks and codes) and one
 * catalogue. The memo runs their union once per volume version, the checks in the built-in order
 * and reporting the union of the steps' codes, and answers a step by keeping the defects of its
 * suite's codes. That is exactly the step suite's own answer: a suite runs a subsequence of the
 * same checks in the same order, and keeps of each check's reports those of its codes; a check the
 * suite leaves out has none of them. Volumes are immutable records; a version is keyed by identity
 * (a rectified volume is a new object, an unchanged one is the same object), so a version the
 * rectifier hands back unchanged is answered again, correctly, from the memo. A suite the memo was
 * not made for is run directly. The memo lives as long as one batch's run.
 *
 * <p>With a parallelism above 1, the versions a step brings that the memo does not yet know are
 * checked and hashed together on that many threads of the memo's own and the caller's, which claims
 * work beside them instead of waiting (checks and contexts are thread-safe, {@link Suite}; a
 * record's hash is a pure function of the immutable volume), and so are the rectifications of a
 * pass, each thread checking and hashing the versions it made ({@link #rectified}); the answers are
 * kept on the caller's thread, in order, so the memo's map needs no lock. {@link #close} ends the
 * threads.
 */
final class CheckMemo implements AutoCloseable {
  /** The fewest volumes worth handing to the threads. */
  private static final int PARALLEL_VOLUMES = 32;

  /** How many items a thread claims at a time. */
  private static final int CLAIM = 8;

  private final Suite union;
  private final CheckContext unionContext;
  private final HashAlgorithm algorithm;
  private final int parallelism;
  private final Set<Suite> covered = Collections.newSetFromMap(new IdentityHashMap<>());

  /** What the memo knows of each version it has met, by identity. */
  private IdentityHashMap<Volume, Known> known = new IdentityHashMap<>();

  private @Nullable ExecutorService threads;

  /** Whether {@link #threads} is the memo's own, to shut down at {@link #close}. */
  private boolean ownThreads = true;

  /** What is being computed ahead of the questions ({@link #ahead}), until it is taken in. */
  private @Nullable Pending<Known> ahead;

  /** The versions {@link #ahead} is computing, in its order. */
  private List<Volume> aheadOf = List.of();

  /** The versions of the last package digest, in order, and the digest: a form asks again. */
  private List<Volume> digested = List.of();

  private HandOverForm.@Nullable Digest lastDigest;

  private CheckMemo(
      Suite union,
      CheckContext unionContext,
      List<Suite> suites,
      HashAlgorithm algorithm,
      int parallelism) {
    this.union = union;
    this.unionContext = unionContext;
    this.algorithm = algorithm;
    this.parallelism = parallelism;
    this.covered.addAll(suites);
  }

  /**
   * A memo for the given suites, each made by {@link Suite#from(CheckContext)} (possibly {@link
   * Suite#restrictedTo restricted}) from {@code context} with only its stage changed, the package
   * digest with {@code algorithm} (the ledger's), checking and hashing on {@code parallelism}
   * threads.
   */
  static CheckMemo of(
      CheckContext context, List<Suite> suites, HashAlgorithm algorithm, int parallelism) {
    Set<DefectCode> codes = new LinkedHashSet<>();
    suites.forEach(s -> codes.addAll(s.codes()));
    CheckContext all = context.toBuilder().stage(Stage.ALL).build();
    return new CheckMemo(Suite.from(all).restrictedTo(codes), all, suites, algorithm, parallelism);
  }

  /**
   * {@link #of(CheckContext, List, HashAlgorithm, int)} on threads of {@code threads}, which stay
   * the caller's to shut down (a run of several batches gives each batch's memo the same ones,
   * instead of each starting its own).
   */
  static CheckMemo of(
      CheckContext context,
      List<Suite> suites,
      HashAlgorithm algorithm,
      int parallelism,
      ExecutorService threads) {
    CheckMemo memo = of(context, suites, algorithm, parallelism);
    memo.threads = threads;
    memo.ownThreads = false;
    return memo;
  }

  /**
   * What a run computes about a version of a volume, computed together on one thread while the
   * version is in that core's cache: the defects of the union of the steps' checks, its line of the
   * package manifest and its counts for the hand-over form. Every version a run meets is checked
   * (the original at the first step, a rectified one at its resubmission) and nearly every one is
   * in a package digest (the originals at the opening, the last versions at the hand-over), so
   * computing all at once costs at most the line of a version rectified again.
   */
  private static final class Known {
    private final List<Defect> defects;
    private final byte[] hash;
    private final HandOverForm.Counts counts;

    Known(List<Defect> defects, byte[] hash, HandOverForm.Counts counts) {
      this.defects = defects;
      this.hash = hash;
      this.counts = counts;
    }

    HandOverForm.Counts counts() {
      return counts;
    }

    List<Defect> defects() {
      return defects;
    }

    /**
     * The record's hash itself, not a copy: the memo hands it only to the digest, which only reads
     * it.
     */
    byte[] hash() {
      return hash;
    }
  }

  /**
   * The defects {@code suite} finds in each of the volumes with {@code context}, in order, each
   * version computed at most once (those the memo does not know yet on its threads, when there are
   * enough of them). A suite the memo was not made for is run directly, on the caller's thread.
   */
  List<List<Defect>> check(Suite suite, CheckContext context, List<Volume> volumes) {
    List<List<Defect>> out = new ArrayList<>(volumes.size());
    if (!covered.contains(suite)) {
      for (Volume v : volumes) {
        out.add(suite.check(v, context));
      }
      return out;
    }
    Set<DefectCode> codes = suite.codes();
    for (Known k : known(volumes)) {
      out.add(ofCodes(k.defects(), codes));
    }
    return out;
  }

  /** The defects of the codes, in order: the list itself when it holds no other. */
  private static List<Defect> ofCodes(List<Defect> every, Set<DefectCode> codes) {
    if (every.isEmpty()) {
      return every;
    }
    List<Defect> out = new ArrayList<>(every.size());
    for (Defect d : every) {
      if (codes.contains(d.code())) {
        out.add(d);
      }
    }
    return out.size() == every.size() ? every : List.copyOf(out);
  }

  /**
   * The package digest of {@link HandOverForm#packageDigest} with the memo's algorithm, each volume
   * version's manifest line made once, and the digest of the same versions in the same order given
   * again without hashing its manifest again (the hand-over and its form).
   */
  HandOverForm.Digest packageDigest(List<Volume> volumes) {
    HandOverForm.Digest last = lastDigest;
    if (last != null && sameVersions(digested, volumes)) {
      return last;
    }
    List<byte[]> hashes = new ArrayList<>(volumes.size());
    for (Known k : known(volumes)) {
      hashes.add(k.hash());
    }
    HandOverForm.Digest digest = HandOverForm.manifestDigest(hashes, algorithm);
    digested = List.copyOf(volumes);
    lastDigest = digest;
    return digest;
  }

  /**
   * Starts computing what the memo knows of the versions on {@code workers} threads of {@code
   * executor}, ahead of the questions (a run of several batches computes the next batch's while
   * this one takes its steps). The memo's next question takes the answers in, waiting for them if
   * they are not ready, and throws there a failure the computing met, as the question itself would
   * have; the answers are those the questions would have computed.
   */
  void ahead(List<Volume> volumes, ExecutorService executor, int workers) {
    aheadOf = List.copyOf(volumes);
    ahead = Pending.start(executor, workers, aheadOf, this::knowing);
  }

  /** Takes in what was computed ahead, if anything was, on the caller's thread. */
  private void takeAhead() {
    Pending<Known> p = ahead;
    if (p == null) {
      return;
    }
    ahead = null;
    List<Volume> of = aheadOf;
    aheadOf = List.of();
    List<Known> computed = p.join();
    if (known.isEmpty()) {
      // Sized for these versions and a quarter more (the rectified ones), instead of regrowing.
      known = new IdentityHashMap<>(of.size() + of.size() / 4);
    }
    for (int i = 0; i < of.size(); i++) {
      known.putIfAbsent(of.get(i), computed.get(i));
    }
  }

  /** A version's counts for the hand-over form ({@link HandOverForm.Counts#of}), once. */
  HandOverForm.Counts counts(Volume volume) {
    return known(volume).counts();
  }

  /** What the memo knows of a version, computed on the caller's thread when it is new. */
  private Known known(Volume volume) {
    takeAhead();
    Known k = known.get(volume);
    if (k == null) {
      k = knowing(volume);
      known.put(volume, k);
    }
    return k;
  }

  /** What a version's {@link Known} holds, computed on the calling thread: kept by the caller. */
  private Known knowing(Volume volume) {
    return new Known(
        union.check(volume, unionContext),
        HandOverForm.recordHash(volume, algorithm),
        HandOverForm.Counts.of(volume));
  }

  /**
   * The rectified version of each item, in order, as {@code rectify} makes them: on the memo's
   * threads when there are enough items, each thread also checking and hashing the new version it
   * made (one hand-over of work per round instead of two: the resubmission asks about every one). A
   * version the memo knows (a rectification that changed nothing) is not computed again; a {@code
   * null} is handed back as it came, for the caller to refuse.
   */
  <A> List<@Nullable Volume> rectified(List<A> items, Function<A, @Nullable Volume> rectify) {
    // The threads only read the map; this thread writes it once they are done.
    takeAhead();
    List<Made> made =
        onThreads(
            items,
            a -> {
              Volume v = rectify.apply(a);
              return new Made(v, v == null || known.containsKey(v) ? null : knowing(v));
            });
    List<@Nullable Volume> out = new ArrayList<>(made.size());
    for (Made m : made) {
      Volume v = m.volume();
      Known k = m.known();
      if (v != null && k != null) {
        known.putIfAbsent(v, k);
      }
      out.add(v);
    }
    return out;
  }

  /** A rectified version and, when it is new to the memo, what it knows of it. */
  private record Made(@Nullable Volume volume, @Nullable Known known) {}

  /**
   * {@code f} of each item, in order: on the memo's threads when there are enough items to be worth
   * it, else on the caller's. A failure of {@code f} is thrown here as it was thrown there.
   */
  <A, T> List<T> onThreads(List<A> items, Function<A, T> f) {
    if (parallelism == 1 || items.size() < PARALLEL_VOLUMES) {
      List<T> out = new ArrayList<>(items.size());
      for (A a : items) {
        out.add(f.apply(a));
      }
      return out;
    }
    return map(items, f);
  }

  /** Ends the memo's threads, if it started any. */
  @Override
  public void close() {
    Pending<Known> p = ahead;
    if (p != null) {
      p.cancel();
      ahead = null;
    }
    ExecutorService t = threads;
    if (t != null && ownThreads) {
      t.shutdownNow();
    }
    threads = null;
  }

  /**
   * What the memo knows of each of the versions, in order, one look-up each: those it lacks are
   * computed on its threads when there are enough of them to be worth it ({@link #onThreads}), and
   * kept. A version given twice is computed twice and kept once.
   */
  private List<Known> known(List<Volume> volumes) {
    takeAhead();
    Known[] out = new Known[volumes.size()];
    List<Integer> missingAt = new ArrayList<>();
    List<Volume> missing = new ArrayList<>();
    for (int i = 0; i < out.length; i++) {
      Volume v = volumes.get(i);
      Known k = known.get(v);
      if (k == null) {
        missingAt.add(i);
        missing.add(v);
      } else {
        out[i] = k;
      }
    }
    List<Known> computed = onThreads(missing, this::knowing);
    for (int j = 0; j < missing.size(); j++) {
      Known c = computed.get(j);
      Known kept = known.putIfAbsent(missing.get(j), c);
      out[missingAt.get(j)] = kept == null ? c : kept;
    }
    return Arrays.asList(out);
  }

  /** Whether two lists hold the same objects in the same order: versions are kept by identity. */
  @SuppressWarnings("ReferenceEquality")
  private static boolean sameVersions(List<Volume> a, List<Volume> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) != b.get(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code f} of each item, in order, computed on the memo's threads and the caller's ({@link
   * Pending}).
   */
  private <A, T> List<T> map(List<A> items, Function<A, T> f) {
    ExecutorService t = threads;
    if (t == null) {
      t = OrderedBatches.workers(parallelism, "siarchive-procedure");
      threads = t;
    }
    return Pending.start(t, parallelism, items, f).join();
  }

  /**
   * {@code f} of each item, in order, being computed on {@code workers} threads of an executor and,
   * from {@link #join} on, the joining thread too, each claiming the next {@value #CLAIM} items as
   * it is free (volumes differ widely in size, so fixed slices left one thread working while the
   * others waited). {@link #join} waits for them; a failure of {@code f} is thrown there as it was
   * thrown on the thread; of several, the one of the first item in order, whatever the threads'
   * timing.
   */
  private static final class Pending<T> {
    private final Object[] out;
    private final Throwable[] failures;
    private final AtomicInteger firstFailed;
    private final List<Future<?>> done = new ArrayList<>();

    /** What each worker runs: claiming items until none is left. */
    private @Nullable Runnable worker;

    private Pending(int n) {
      this.out = new Object[n];
      this.failures = new Throwable[n];
      this.firstFailed = new AtomicInteger(n);
    }

    static <A, T> Pending<T> start(
        ExecutorService executor, int workers, List<A> items, Function<A, T> f) {
      int n = items.size();
      Pending<T> p = new Pending<>(n);
      AtomicInteger next = new AtomicInteger();
      Runnable worker =
          () -> {
            for (int from = next.getAndAdd(CLAIM); from < n; from = next.getAndAdd(CLAIM)) {
              for (int i = from; i < Math.min(n, from + CLAIM) && i < p.firstFailed.get(); i++) {
                try {
                  p.out[i] = f.apply(items.get(i));
                } catch (RuntimeException | Error e) {
                  p.failures[i] = e;
                  p.firstFailed.accumulateAndGet(i, Math::min);
                }
              }
            }
          };
      p.worker = worker;
      for (int w = 0; w < workers; w++) {
        p.done.add(executor.submit(worker));
      }
      return p;
    }

    /**
     * Waits for every worker, then gives the answers, or throws the first item's failure (a checked
     * exception a host's code threw unseen, wrapped); an interrupted caller is refused, its
     * interrupt kept, before or while it waits.
     */
    List<T> join() {
      if (Thread.currentThread().isInterrupted()) {
        // Refused before any work, whatever the threads' timing: a future already done would not
        // see the interrupt.
        interrupted(new InterruptedException());
      }
      Throwable outside = null;
      // The caller claims items too, rather than wait idle: the workers may share the cores with
      // others (a run of several batches computes the next ones' ahead), and it is its answer.
      Runnable w = worker;
      if (w != null) {
        worker = null;
        try {
          w.run();
        } catch (Exception e) { // a checked exception a host's code threw unseen
          outside = e;
        }
      }
      for (Future<?> f : done) {
        try {
          f.get();
        } catch (InterruptedException e) {
          interrupted(e);
        } catch (ExecutionException e) {
          outside = e.getCause();
        }
      }
      int failed = firstFailed.get();
      Throwable e = failed < out.length ? failures[failed] : outside;
      if (e instanceof RuntimeException r) {
        throw r;
      }
      if (e instanceof Error r) {
        throw r;
      }
      if (e != null) {
        throw new IllegalStateException(e);
      }
      @SuppressWarnings("unchecked")
      List<T> all = (List<T>) Arrays.asList(out);
      return all;
    }

    /** Stops the workers and refuses, keeping the caller's interrupt. */
    private void interrupted(InterruptedException e) {
      worker = null;
      done.forEach(d -> d.cancel(true));
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while checking volumes", e);
    }

    /** Stops the workers that have not started; those running finish their claims. */
    void cancel() {
      done.forEach(f -> f.cancel(false));
    }
  }
}
