package org.siarchive.rules.retention;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.siarchive.core.json.JsonLinesReader;
import org.siarchive.core.json.LineResult;
import org.siarchive.rules.internal.OrderedBatches;

/**
 * A retention run: streams a JSON Lines file of volumes, decodes each and gives it the edition's
 * one answer ({@link RetentionRules#impactOn}: its classification, its disposition, and what the
 * edition does to its recorded period), and hands the results to listeners in input order. Every
 * record is accounted for: judged, or rejected with its line number, JSON pointer and reason, never
 * dropped; the {@link RetentionRunSummary}'s figures add up.
 *
 * <p>Design: the loop of {@code QualityRun} ({@link OrderedBatches}): the calling thread reads raw
 * lines, batches are decoded and judged on worker threads when {@code parallelism > 1}, at most
 * {@code 4 × parallelism} batches in flight, results delivered in input order on the calling
 * thread. Memory stays flat whatever the file's size, and a parallel run delivers exactly what a
 * sequential one delivers.
 *
 * <p>Immutable and thread-safe; each {@link #run} call is independent (listeners are called on the
 * calling thread only).
 *
 * <pre>{@code
 * RetentionRules rules = RetentionSchedules.withIllustrativeEdition()
 *     .rulesInForce(RetentionSchedules.ILLUSTRATIVE, today)
 *     .withMaterialRules(MaterialRules.bundledIllustrative());
 * RetentionRunSummary summary = RetentionRun.builder(rules, today)
 *     .parallelism(4)
 *     .listener((decoded, impact) -> catalogue.update(impact.volumeId(), impact.inEffect()))
 *     .build()
 *     .run(Path.of("volumes.jsonl"));
 * summary.dated();   // volumes whose disposition the edition decides
 * }</pre>
 *
 * @since 0.1.0
 */
public final class RetentionRun {

  /** Receives a run's results in input order, on the calling thread. */
  public interface Listener {
    /**
     * A volume judged.
     *
     * @param decoded the volume and its 1-based line number
     * @param impact the edition's answer for it and what it does to its recorded period
     */
    void judged(LineResult.Decoded decoded, VolumeImpact impact);

    /**
     * A line refused.
     *
     * @param rejected the line, its 1-based number and the reason
     */
    default void rejected(LineResult.Rejected rejected) {}
  }

  /** A judged line: the worker's result. */
  private record Judged(LineResult.Decoded decoded, VolumeImpact impact) {}

  private final RetentionRules rules;
  private final LocalDate today;
  private final int parallelism;
  private final List<Listener> listeners;

  private RetentionRun(Builder b) {
    this.rules = b.rules;
    this.today = b.today;
    this.parallelism = b.parallelism;
    this.listeners = List.copyOf(b.listeners);
  }

  /**
   * {@return a builder: sequential, no listeners}
   *
   * @param rules the edition, bound to material rules when the business type's row is to count
   * @param today the day re-appraisal is judged for
   */
  public static Builder builder(RetentionRules rules, LocalDate today) {
    return new Builder(rules, today);
  }

  /**
   * Runs over a file.
   *
   * @param file the JSON Lines file of volumes, UTF-8
   * @return the run's figures
   * @throws UncheckedIOException when the file cannot be read
   */
  public RetentionRunSummary run(Path file) {
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
  public RetentionRunSummary run(InputStream in) {
    Objects.requireNonNull(in, "in");
    try (JsonLinesReader reader = JsonLinesReader.of(in)) {
      return run(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs over the lines of a reader the caller opened and closes: a split of a file ({@link
   * JsonLinesReader#ofSplit}), whose results carry the split's local line numbers. The summaries of
   * the parts of an input {@link RetentionRunSummary#merge merge} into the whole's.
   *
   * @param reader the reader, left open
   * @return the figures of the lines the reader gave
   * @throws UncheckedIOException when reading fails
   */
  public RetentionRunSummary run(JsonLinesReader reader) {
    Objects.requireNonNull(reader, "reader");
    try {
      return runReader(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private RetentionRunSummary runReader(JsonLinesReader reader) throws IOException {
    Tally tally = new Tally();
    OrderedBatches.run(
        reader,
        parallelism,
        "siarchive-retention",
        raw -> {
          LineResult decoded = JsonLinesReader.decode(raw);
          return decoded instanceof LineResult.Decoded d
              ? new Judged(d, rules.impactOn(d.volume()))
              : decoded;
        },
        result -> {
          if (result instanceof Judged j
              && reader.admit(j.decoded()) instanceof LineResult.Rejected r) {
            deliver(r, tally);
          } else {
            deliver(result, tally);
          }
        });
    return tally.summary();
  }

  private void deliver(Object result, Tally tally) {
    if (result instanceof Judged j) {
      tally.judged(j.impact());
      for (Listener l : listeners) {
        l.judged(j.decoded(), j.impact());
      }
    } else {
      LineResult.Rejected r = (LineResult.Rejected) result;
      tally.rejected++;
      for (Listener l : listeners) {
        l.rejected(r);
      }
    }
  }

  /** The running counts, kept on the calling thread. */
  private final class Tally {
    private long valid;
    private long rejected;
    private long dated;
    private long due;
    private final EnumMap<VolumeImpact.Kind, Long> perKind = new EnumMap<>(VolumeImpact.Kind.class);

    void judged(VolumeImpact impact) {
      valid++;
      if (impact.classification().isDecided()) {
        dated++;
      }
      perKind.merge(impact.kind(), 1L, Long::sum);
      if (impact.isReappraisalDue(today)) {
        due++;
      }
    }

    RetentionRunSummary summary() {
      Map<VolumeImpact.Kind, Long> impacts = new EnumMap<>(VolumeImpact.Kind.class);
      for (VolumeImpact.Kind k : VolumeImpact.Kind.values()) {
        impacts.put(k, perKind.getOrDefault(k, 0L));
      }
      return new RetentionRunSummary(
          rules.edition().ref(),
          today,
          valid + rejected,
          valid,
          rejected,
          dated,
          valid - dated,
          impacts,
          due);
    }
  }

  /** Builds a {@link RetentionRun}. Not thread-safe; setters fail fast. */
  public static final class Builder {
    private final RetentionRules rules;
    private final LocalDate today;
    private int parallelism = 1;
    private final List<Listener> listeners = new ArrayList<>();

    private Builder(RetentionRules rules, LocalDate today) {
      this.rules = Objects.requireNonNull(rules, "rules");
      this.today = Objects.requireNonNull(today, "today");
    }

    /**
     * Sets how many threads decode and judge; 1 (the default) runs on the calling thread.
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
    public Builder listener(Listener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Builds the run.
     *
     * @return the run
     */
    public RetentionRun build() {
      return new RetentionRun(this);
    }
  }
}
