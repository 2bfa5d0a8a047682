package org.siarchive.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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

  /** Runs the task on every split; the outcomes in input order. */
  List<Outcome> run(Task task) {
    Broadcast<SerializableConfiguration> conf = configuration();
    try {
      return rdd()
          .map(
              split -> {
                try (JsonLinesReader reader = Splits.open(conf.value().value(), split)) {
                  Outcome out = new Outcome(split);
                  task.run(reader, out);
                  out.newlines = reader.newlinesInSplit();
                  return out;
                }
              })
          .collect();
    } finally {
      conf.destroy();
    }
  }

  /** The rejected records at their file and line: local lines plus the file's breaks before. */
  static List<RejectedLine> rejected(List<Outcome> outcomes) {
    List<RejectedLine> out = new ArrayList<>();
    int file = -1;
    long before = 0;
    for (Outcome o : outcomes) {
      if (o.split.file() != file) {
        file = o.split.file();
        before = 0;
      }
      for (Outcome.Rejection r : o.rejections()) {
        out.add(new RejectedLine(o.split.path(), r.line() + before, r.pointer(), r.message()));
      }
      before += o.newlines;
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
