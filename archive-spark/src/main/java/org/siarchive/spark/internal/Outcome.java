package org.siarchive.spark.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  /** The rejected lines: local line, pointer, message. */
  public final ArrayList<Rejection> rejected = new ArrayList<>();

  /** Counts: the job's own, by name (checked, rejected, ...). */
  public final LinkedHashMap<String, Long> counts = new LinkedHashMap<>();

  /** Per-code counts, in the order found. */
  public final LinkedHashMap<String, Long> codes = new LinkedHashMap<>();

  /** JSON documents: the job's partial results (report counts, impacts, selected ids). */
  public final ArrayList<String> documents = new ArrayList<>();

  public Outcome(Split split) {
    this.split = split;
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
