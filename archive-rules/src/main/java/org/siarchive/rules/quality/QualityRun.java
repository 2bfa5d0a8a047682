package org.siarchive.rules.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.json.JsonLinesReader;
import org.siarchive.core.json.LineResult;
import org.siarchive.core.json.RawLine;
import org.siarchive.rules.internal.OrderedBatches;

/**
 * A batch run: streams a JSON Lines file of volumes, decodes and checks each with a suite, and
 * hands the results to listeners in input order. Every record is accounted for: it is checked or
 * rejected with its line number, JSON pointer and reason, never dropped. Each result carries its
 * volume ({@link VolumeResult#volume()}), so a listener that also dates, samples or indexes the
 * volumes needs no second pass over the file.
 *
 * <p>Design ({@link OrderedBatches}, shared with the retention run): the calling thread reads raw
 * lines; decoding and checking — nearly all the work — are done in batches of at most {@value
 * #BATCH} lines and about 1 MiB, on worker threads when {@code parallelism > 1}, and results are
 * delivered in the order the batches were read, on the calling thread; so a parallel run delivers
 * exactly what a sequential run delivers, in the same order. Memory is bounded by bytes whatever
 * the lines look like: the raw lines held at any moment are fewer than 10 MiB plus three times the
 * reader's line limit (a sequential run: 1 MiB plus twice the limit), and the volumes held are
 * those decoded from them; a batch's results are let go once its listeners have returned, so a
 * listener that keeps results keeps their volumes.
 *
 * <p>Immutable and thread-safe; each {@link #run} call is independent (listeners are called on the
 * calling thread only).
 *
 * <pre>{@code
 * CheckContext context = CheckContext.builder(rules).stage(Stage.PRE_ACCEPTANCE).build();
 * RunSummary summary = QualityRun.builder(context)
 *     .parallelism(Runtime.getRuntime().availableProcessors())
 *     .listener(reportBuilder)
 *     .build()
 *     .run(Path.of("volumes.jsonl"));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class QualityRun {
  /** Lines decoded and checked as one task. */
  static final int BATCH = OrderedBatches.BATCH;

  private final Suite suite;
  private final CheckContext context;
  private final int parallelism;
  private final List<RunListener> listeners;

  private QualityRun(Builder b) {
    this.suite = b.suite;
    this.context = b.context;
    this.parallelism = b.parallelism;
    this.listeners = List.copyOf(b.listeners);
  }

  /**
   * {@return a builder of a run of the context's stage suite ({@link Suite#from(CheckContext)}):
   * sequential, no listeners}
   *
   * @param context the context, whose stage gives the suite
   */
  public static Builder builder(CheckContext context) {
    Objects.requireNonNull(context, "context");
    return new Builder(Suite.from(context), context);
  }

  /**
   * {@return a builder of a run of a given suite (one a host composed): sequential, no listeners}
   *
   * @param suite the checks to run
   * @param context the context they run in
   */
  public static Builder builder(Suite suite, CheckContext context) {
    return new Builder(suite, context);
  }

  /**
   * Runs over a file.
   *
   * @param file the JSON Lines file of volumes, UTF-8
   * @return the run's figures
   * @throws UncheckedIOException when the file cannot be read
   */
  public RunSummary run(Path file) {
    Objects.requireNonNull(file, "file");
    try (JsonLinesReader reader = JsonLinesReader.open(file)) {
      return run(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs over a stream of UTF-8 JSON Lines (closed at the end).
   *
   * @param in the volumes as UTF-8 JSON Lines
   * @return the run's figures
   * @throws UncheckedIOException when reading fails
   */
  public RunSummary run(InputStream in) {
    Objects.requireNonNull(in, "in");
    try (JsonLinesReader reader = JsonLinesReader.of(in)) {
      return run(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs over the lines of a reader the caller opened and closes: a split of a file ({@link
   * JsonLinesReader#ofSplit}), whose results carry the split's local line numbers.
   *
   * @param reader the reader, left open
   * @return the figures of the lines the reader gave
   * @throws UncheckedIOException when reading fails
   */
  public RunSummary run(JsonLinesReader reader) {
    Objects.requireNonNull(reader, "reader");
    Tally tally = new Tally();
    try {
      OrderedBatches.run(
          reader,
          parallelism,
          "siarchive-check",
          this::process,
          o -> deliver(admitted(reader, o), tally));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tally.summary();
  }

  /**
   * {@return the summary of two parts of an input run one after the other, as one run over both
   * gives it: the figures add, the codes keep the catalogue's order (codes outside it in the order
   * first found)} Exact and associative, so the summaries of any partition of an input, merged in
   * input order in any grouping, equal the summary of one sequential run.
   *
   * <pre>{@code
   * RunSummary whole = run.merge(run.merge(first, second), third);
   * }</pre>
   *
   * @param earlier the summary of the earlier part
   * @param later the summary of the part after it
   * @throws org.siarchive.core.InvalidValueException when the two were not made by this run's suite
   *     and editions
   */
  public RunSummary merge(RunSummary earlier, RunSummary later) {
    Objects.requireNonNull(earlier, "earlier");
    Objects.requireNonNull(later, "later");
    for (RunSummary s : List.of(earlier, later)) {
      if (!s.suite().equals(suite.name())
          || !s.editions().equals(context.editions())
          || !s.notPerformed().equals(notPerformed())) {
        throw new org.siarchive.core.InvalidValueException(
            "summary",
            "a summary of suite " + suite.name() + " with editions " + context.editions(),
            "suite " + s.suite() + " with editions " + s.editions());
      }
    }
    Map<DefectCode, long[]> perCode = new LinkedHashMap<>();
    for (RunSummary s : List.of(earlier, later)) {
      s.defectsPerCode()
          .forEach((code, n) -> perCode.computeIfAbsent(code, k -> new long[1])[0] += n);
    }
    return summary(
        Math.addExact(earlier.checked(), later.checked()),
        Math.addExact(earlier.rejected(), later.rejected()),
        Math.addExact(earlier.volumesWithDefects(), later.volumesWithDefects()),
        perCode);
  }

  private List<String> notPerformed() {
    return suite.notPerformed(context).stream().map(Check::id).toList();
  }

  /** A summary with the codes in the catalogue's order, then the others in the order found. */
  private RunSummary summary(
      long checked, long rejected, long withDefects, Map<DefectCode, long[]> perCode) {
    Map<DefectCode, Long> ordered = new LinkedHashMap<>();
    for (DefectCode code : context.catalogue().codesFor(Stage.ALL)) {
      long[] n = perCode.get(code);
      if (n != null) {
        ordered.put(code, n[0]);
      }
    }
    perCode.forEach((code, n) -> ordered.putIfAbsent(code, n[0]));
    return new RunSummary(
        checked + rejected,
        checked,
        rejected,
        withDefects,
        ordered,
        suite.name(),
        context.editions(),
        notPerformed());
  }

  /** Decodes and checks a line: a {@link VolumeResult} or a rejection. */
  private Object process(RawLine raw) {
    LineResult decoded = JsonLinesReader.decode(raw);
    if (decoded instanceof LineResult.Decoded d) {
      return VolumeResult.of(d.line(), d.volume(), suite.check(d.volume(), context));
    }
    return decoded;
  }

  /** A checked volume whose id an earlier line gave, as the reader's rejection (in input order). */
  private static Object admitted(JsonLinesReader reader, Object o) {
    if (o instanceof VolumeResult r) {
      LineResult admitted = reader.admit(new LineResult.Decoded(r.line(), r.volume()));
      return admitted instanceof LineResult.Rejected rejected ? rejected : r;
    }
    return o;
  }

  private void deliver(Object o, Tally tally) {
    if (o instanceof VolumeResult r) {
      tally.checked(r);
      for (RunListener l : listeners) {
        l.checked(r);
      }
    } else {
      LineResult.Rejected r = (LineResult.Rejected) o;
      tally.rejected++;
      for (RunListener l : listeners) {
        l.rejected(r);
      }
    }
  }

  /** The running counts, kept on the calling thread. */
  private final class Tally {
    private long checked;
    private long rejected;
    private long withDefects;
    private final Map<DefectCode, long[]> perCode = new LinkedHashMap<>();

    void checked(VolumeResult r) {
      checked++;
      if (r.hasDefects()) {
        withDefects++;
        for (Defect d : r.defects()) {
          perCode.computeIfAbsent(d.code(), k -> new long[1])[0]++;
        }
      }
    }

    RunSummary summary() {
      return QualityRun.this.summary(checked, rejected, withDefects, perCode);
    }
  }

  /** Builds a {@link QualityRun}. Not thread-safe; setters fail fast. */
  public static final class Builder {
    private final Suite suite;
    private final CheckContext context;
    private int parallelism = 1;
    private final List<RunListener> listeners = new ArrayList<>();

    private Builder(Suite suite, CheckContext context) {
      this.suite = Objects.requireNonNull(suite, "suite");
      this.context = Objects.requireNonNull(context, "context");
    }

    /**
     * Sets how many threads decode and check; 1 (the default) runs on the calling thread.
     *
     * @param parallelism 1 to 256
     * @return this builder
     * @throws IllegalArgumentException naming the setting and the value
     */
    public Builder parallelism(int parallelism) {
      this.parallelism = OrderedBatches.checkParallelism(parallelism);
      return this;
    }

    /**
     * Adds a listener; listeners are called in the order added.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(RunListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Builds the run.
     *
     * @return the run
     */
    public QualityRun build() {
      return new QualityRun(this);
    }
  }
}
