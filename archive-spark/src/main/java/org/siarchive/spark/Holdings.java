package org.siarchive.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;
import org.siarchive.core.json.JsonLinesReader;
import org.siarchive.core.json.ReadSummary;
import org.siarchive.spark.internal.Outcome;
import org.siarchive.spark.internal.Split;
import org.siarchive.spark.internal.Splits;
import scala.Tuple2;

/**
 * JSON Lines holdings at a path Spark reads (a file, a directory of files, a glob; local, HDFS or
 * an object store), cut into byte-range splits of at most {@link #DEFAULT_SPLIT_BYTES} (or as set),
 * one Spark task per split. Files are taken in path order; each record is read exactly once, by the
 * split its line starts in.
 *
 * <pre>{@code
 * SparkSession spark = SparkSession.builder().appName("siarchive").getOrCreate();
 * Holdings holdings = Holdings.at(spark, "hdfs:///archives/province/2026/*.jsonl");
 * JobResult report = QualityJob.report(holdings, QualityJob.Request.of("province 2026"));
 * }</pre>
 */
public final class Holdings {
  /** The default split: 128 MiB, a common block size. */
  public static final long DEFAULT_SPLIT_BYTES = 128L << 20;

  private final SparkSession spark;
  private final String path;
  private final List<Split> splits;

  private Holdings(SparkSession spark, String path, List<Split> splits) {
    this.spark = spark;
    this.path = path;
    this.splits = List.copyOf(splits);
  }

  /**
   * The holdings at a path, in splits of {@link #DEFAULT_SPLIT_BYTES}.
   *
   * @throws IllegalArgumentException when there is no file at the path
   */
  public static Holdings at(SparkSession spark, String path) {
    return at(spark, path, DEFAULT_SPLIT_BYTES);
  }

  /**
   * The holdings at a path, in splits of at most {@code splitBytes}.
   *
   * @throws IllegalArgumentException when there is no file at the path, or splitBytes is below 1
   */
  public static Holdings at(SparkSession spark, String path, long splitBytes) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(path, "path");
    return new Holdings(
        spark, path, Splits.plan(spark.sparkContext().hadoopConfiguration(), path, splitBytes));
  }

  /** The path as given. */
  public String path() {
    return path;
  }

  /** The number of splits (tasks). */
  public int splitCount() {
    return splits.size();
  }

  SparkSession spark() {
    return spark;
  }

  JavaSparkContext context() {
    return JavaSparkContext.fromSparkContext(spark.sparkContext());
  }

  /** A task's work on one split: fills the outcome from the split's reader. */
  interface Task extends Serializable {
    void run(JsonLinesReader reader, Outcome out) throws Exception;
  }

  /** The splits as an RDD, one per partition, in input order. */
  JavaRDD<Split> rdd() {
    return context().parallelize(splits, splits.size());
  }

  /** The Hadoop configuration, shipped once. */
  Broadcast<SerializableConfiguration> configuration() {
    JavaSparkContext jsc = context();
    return jsc.broadcast(new SerializableConfiguration(jsc.hadoopConfiguration()));
  }

  /**
   * The outcomes of a task over every split, in input order, with the duplicate ids across splits
   * and the ids each split must take as read before it.
   *
   * @param outcomes one per split, rejected lines numbered over the files one after the other
   * @param earlier by split index: the ids an earlier split gave, with the line that gave each
   */
  record Pass(List<Outcome> outcomes, Map<Integer, Map<String, Long>> earlier) {}

  /** A line's key: the split's index above the line's 40 bits. */
  private static final int LINE_BITS = 40;

  private static final long LINE_MASK = (1L << LINE_BITS) - 1;

  /** The key of a line in input order: the split's index, then the line in the split. */
  private static long order(int split, long localLine) {
    return ((long) split << LINE_BITS) | localLine;
  }

  /** The reader's wording of a repeated id (JsonLinesReader.admit). */
  private static final String REPEATED = "duplicate volume id ";

  /** Runs the task over one split. */
  private static Outcome execute(
      Configuration conf,
      Split split,
      long linesBefore,
      Map<String, Long> earlier,
      Task task,
      boolean keepAdmitted)
      throws Exception {
    try (JsonLinesReader reader = Splits.open(conf, split, linesBefore, earlier)) {
      Outcome out = new Outcome(split);
      task.run(reader, out);
      out.newlines = reader.newlinesInSplit();
      out.linesBefore = linesBefore;
      if (keepAdmitted) {
        reader.admitted().forEach((id, line) -> out.admitted.add(new Tuple2<>(id, line)));
      }
      return out;
    }
  }

  /**
   * Runs the task on every split, as one reader over the files one after the other would: each
   * record is read once, and a volume id that an earlier line gave is rejected wherever it is.
   *
   * <p>A split's reader sees only its own lines, so the run goes in up to two rounds. The first
   * runs every split with local line numbers and keeps the ids each admitted; the ids are shuffled
   * by value to find those held by more than one split, the first occurrence in input order (split,
   * then line) winning. The prefix sums of the splits' line breaks number every line. Only the
   * splits that hold a later occurrence, or that rejected a repeated id within themselves (whose
   * message names a local line), run again, their readers told the earlier ids with the line that
   * gave each; their outcomes replace the first round's. Without repeated ids the cost is one
   * shuffle of the ids.
   */
  Pass run(Task task) {
    Broadcast<SerializableConfiguration> conf = configuration();
    try {
      JavaRDD<Outcome> first =
          rdd().map(split -> execute(conf.value().value(), split, 0, Map.of(), task, true)).cache();
      List<Outcome> outcomes = new ArrayList<>();
      try {
        for (Outcome o : first.map(Outcome::withoutAdmitted).collect()) {
          outcomes.add(o);
        }
        JavaPairRDD<String, Long> at =
            first.flatMapToPair(
                o -> {
                  int split = o.split.index();
                  List<Tuple2<String, Long>> keyed = new ArrayList<>(o.admitted.size());
                  for (Tuple2<String, Long> a : o.admitted) {
                    keyed.add(new Tuple2<>(a._1(), order(split, a._2())));
                  }
                  return keyed.iterator();
                });
        Map<String, Long> firstOfRepeated =
            new HashMap<>(
                at.mapValues(k -> new long[] {k, 1})
                    .reduceByKey((a, b) -> new long[] {Math.min(a[0], b[0]), a[1] + b[1]})
                    .filter(e -> e._2()[1] > 1)
                    .mapValues(a -> a[0])
                    .collectAsMap());
        long[] linesBefore = new long[outcomes.size()];
        for (int i = 1; i < outcomes.size(); i++) {
          linesBefore[i] = linesBefore[i - 1] + outcomes.get(i - 1).newlines;
        }
        Map<Integer, Map<String, Long>> earlier = new TreeMap<>();
        if (!firstOfRepeated.isEmpty()) {
          Broadcast<Map<String, Long>> repeated = context().broadcast(firstOfRepeated);
          try {
            List<Tuple2<String, Long>> later =
                at.filter(
                        e -> {
                          Long f = repeated.value().get(e._1());
                          return f != null && f.longValue() != e._2().longValue();
                        })
                    .collect();
            for (Tuple2<String, Long> e : later) {
              long f = Objects.requireNonNull(firstOfRepeated.get(e._1()), "first");
              int firstSplit = (int) (f >>> LINE_BITS);
              earlier
                  .computeIfAbsent((int) (e._2() >>> LINE_BITS), k -> new TreeMap<>())
                  .put(e._1(), linesBefore[firstSplit] + (f & LINE_MASK));
            }
          } finally {
            repeated.destroy();
          }
        }
        List<Tuple2<Split, Long>> again = new ArrayList<>();
        for (Outcome o : outcomes) {
          int i = o.split.index();
          boolean local =
              linesBefore[i] > 0
                  && o.rejected.stream().anyMatch(r -> r.message().startsWith(REPEATED));
          if (local || earlier.containsKey(i)) {
            again.add(new Tuple2<>(o.split, linesBefore[i]));
          } else {
            List<Outcome.Rejection> shifted = new ArrayList<>();
            for (Outcome.Rejection r : o.rejected) {
              shifted.add(
                  new Outcome.Rejection(r.line() + linesBefore[i], r.pointer(), r.message()));
            }
            o.rejected.clear();
            o.rejected.addAll(shifted);
            o.linesBefore = linesBefore[i];
          }
        }
        if (!again.isEmpty()) {
          Map<Integer, Map<String, Long>> known = Map.copyOf(earlier);
          for (Outcome o :
              context()
                  .parallelize(again, again.size())
                  .map(
                      s ->
                          execute(
                              conf.value().value(),
                              s._1(),
                              s._2(),
                              known.getOrDefault(s._1().index(), Map.of()),
                              task,
                              false))
                  .collect()) {
            outcomes.set(o.split.index(), o);
          }
        }
        return new Pass(List.copyOf(outcomes), Map.copyOf(earlier));
      } finally {
        first.unpersist(false);
      }
    } finally {
      conf.destroy();
    }
  }

  /**
   * The rejected records at their file and line: the line over the files one after the other, less
   * the lines of the files before.
   */
  static List<RejectedLine> rejected(List<Outcome> outcomes) {
    List<RejectedLine> out = new ArrayList<>();
    int file = -1;
    long before = 0;
    for (Outcome o : outcomes) {
      if (o.split.file() != file) {
        file = o.split.file();
        before = o.linesBefore;
      }
      for (Outcome.Rejection r : o.rejections()) {
        out.add(new RejectedLine(o.split.path(), r.line() - before, r.pointer(), r.message()));
      }
    }
    return out;
  }

  /** The counts read: valid plus rejected over the outcomes. */
  static ReadSummary read(List<Outcome> outcomes, String validCount) {
    ReadSummary total = new ReadSummary(0, 0, 0);
    for (Outcome o : outcomes) {
      long valid = o.count(validCount);
      long rejected = o.rejections().size();
      total = total.merge(new ReadSummary(valid + rejected, valid, rejected));
    }
    return total;
  }
}
