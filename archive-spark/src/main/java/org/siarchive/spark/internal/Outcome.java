package org.siarchive.spark.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.siarchive.core.json.LineResult;
import scala.Tuple2;

/**
 * What one task returns, once: its split, the line breaks in it, its rejected lines (numbered
 * locally) and its partial figures as plain values and JSON text. Java serialisation carries one of
 * these per task, never one per record.
 */
public final class Outcome implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The split read. */
  public final Split split;

  /** The line breaks in the split. */
  public long newlines;

  /** The lines before the split (all files before it, one after the other, included). */
  public long linesBefore;

  /**
   * The rejected lines: line (counted over the files one after the other once the run is done),
   * pointer, message.
   */
  public final ArrayList<Rejection> rejected = new ArrayList<>();

  /** Keeps a rejected line as the reader numbered it. */
  public void reject(LineResult.Rejected r) {
    rejected.add(new Rejection(r.line(), r.pointer(), r.message()));
  }

  /** Counts: the job's own, by name (checked, rejected, ...). */
  public final LinkedHashMap<String, Long> counts = new LinkedHashMap<>();

  /** Per-code counts, in the order found. */
  public final LinkedHashMap<String, Long> codes = new LinkedHashMap<>();

  /** JSON documents: the job's partial results (report counts, impacts, selected ids). */
  public final ArrayList<String> documents = new ArrayList<>();

  /**
   * The ids the split's reader admitted, with their local lines: kept on the executor for the
   * shuffle that finds ids repeated across splits, never sent to the driver.
   */
  public final ArrayList<Tuple2<String, Long>> admitted = new ArrayList<>();

  public Outcome(Split split) {
    this.split = split;
  }

  /** A copy without the admitted ids, for the driver. */
  public Outcome withoutAdmitted() {
    Outcome o = new Outcome(split);
    o.newlines = newlines;
    o.linesBefore = linesBefore;
    o.rejected.addAll(rejected);
    o.counts.putAll(counts);
    o.codes.putAll(codes);
    o.documents.addAll(documents);
    return o;
  }

  /** A count by name; 0 when absent. */
  public long count(String name) {
    Long n = counts.get(name);
    return n == null ? 0 : n;
  }

  /** Adds the counts of a map. */
  public void putCodes(Map<String, Long> perCode) {
    codes.putAll(perCode);
  }

  /** A rejected line in its split. */
  public record Rejection(long line, String pointer, String message) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** The rejections, as a list. */
  public List<Rejection> rejections() {
    return rejected;
  }
}
