package org.siarchive.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.id.Masking;
import org.siarchive.core.json.JsonDocuments;
import org.siarchive.rules.quality.Stage;
import org.siarchive.rules.report.ReportBuilder;

/**
 * The {@code spark-submit} main class: {@code report}, {@code impact} and {@code draw} over JSON
 * Lines holdings at any path Spark reads. Each writes the document the single-machine command
 * prints with {@code --json} to {@code --out} (any path Hadoop writes, complete or absent), else to
 * standard output; {@code --rejected} writes the rejected records as JSON Lines with their file and
 * line. Exit 0; 1 when records were rejected or the job failed; 2 on usage errors.
 *
 * <pre>{@code
 * spark-submit --class org.siarchive.spark.SiarchiveSpark siarchive-spark.jar \
 *     report --input hdfs:///archives/2026 --stage pre-acceptance --out hdfs:///reports/2026.json
 * }</pre>
 */
public final class SiarchiveSpark {
  private static final String USAGE =
      """
      Usage: SiarchiveSpark COMMAND --input PATH [options]
        report  [--stage STAGE] [--rules FILE] [--batch ID] [--issuing-unit NAME]
                [--acceptance-rate RATE] [--label TEXT]
        impact  [--edition FILE] [--rules FILE]
        draw    --seed S (--size k | --rate p) [--sub-center SC] [--business-type LINE/STEP]
      common:   [--out PATH] [--rejected PATH] [--split-mb N] [--master URL (local runs)]""";

  private static final Set<String> OPTIONS =
      Set.of(
          "--input",
          "--stage",
          "--rules",
          "--batch",
          "--issuing-unit",
          "--acceptance-rate",
          "--label",
          "--edition",
          "--seed",
          "--size",
          "--rate",
          "--sub-center",
          "--business-type",
          "--out",
          "--rejected",
          "--split-mb",
          "--master");

  private SiarchiveSpark() {}

  /** Runs and exits with the status. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** A usage error: exit 2. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /**
   * Runs a command.
   *
   * @return 0, 1 when records were rejected or the job failed, 2 on usage errors
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    String command;
    Map<String, String> o;
    try {
      if (args.length == 0 || !List.of("report", "impact", "draw").contains(args[0])) {
        throw new UsageException("a command: report, impact or draw");
      }
      command = args[0];
      o = options(args);
      if (!o.containsKey("--input")) {
        throw new UsageException("--input PATH is required");
      }
    } catch (UsageException e) {
      err.println("siarchive-spark: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("siarchive " + command);
    String master = o.get("--master");
    if (master != null) {
      builder
          .master(master)
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.ui.enabled", "false");
    }
    SparkSession spark = builder.getOrCreate();
    try {
      return run(spark, command, o, out, err);
    } finally {
      if (master != null) {
        spark.stop();
      }
    }
  }

  /** Runs a command in a session the caller owns (the tests' shared one). */
  static int run(
      SparkSession spark, String command, Map<String, String> o, PrintStream out, PrintStream err) {
    JobResult result;
    try {
      long splitBytes =
          o.containsKey("--split-mb")
              ? positive(o, "--split-mb") << 20
              : Holdings.DEFAULT_SPLIT_BYTES;
      Holdings holdings = Holdings.at(spark, input(o), splitBytes);
      result =
          switch (command) {
            case "report" -> QualityJob.report(holdings, report(o));
            case "impact" ->
                ImpactJob.impact(
                    holdings,
                    new ImpactJob.Request(file(o, "--edition"), file(o, "--rules"), Instant.now()));
            default -> DrawJob.draw(holdings, draw(o));
          };
    } catch (UsageException e) {
      err.println("siarchive-spark " + command + ": " + e.getMessage());
      return 2;
    } catch (RuntimeException e) {
      err.println("siarchive-spark " + command + ": " + e.getMessage());
      return 1;
    }
    String outPath = o.get("--out");
    if (outPath == null) {
      out.print(result.documentText());
      out.flush();
    } else {
      write(spark, outPath, result.documentText());
    }
    String rejectedPath = o.get("--rejected");
    if (rejectedPath != null) {
      StringBuilder b = new StringBuilder();
      for (RejectedLine r : result.rejected()) {
        b.append(org.siarchive.spark.internal.Wire.write(r)).append('\n');
      }
      write(spark, rejectedPath, b.toString());
    }
    err.println(
        "read "
            + result.read().read()
            + " = valid "
            + result.read().valid()
            + " + rejected "
            + result.read().rejected());
    return result.read().rejected() == 0 ? 0 : 1;
  }

  static Map<String, String> options(String[] args) {
    Map<String, String> o = new HashMap<>();
    for (int i = 1; i < args.length; i += 2) {
      if (!OPTIONS.contains(args[i])) {
        throw new UsageException("unknown option " + Masking.excerpt(args[i]));
      }
      if (i + 1 >= args.length) {
        throw new UsageException(args[i] + " needs a value");
      }
      if (o.put(args[i], args[i + 1]) != null) {
        throw new UsageException(args[i] + " given twice");
      }
    }
    return o;
  }

  private static String input(Map<String, String> o) {
    String input = o.get("--input");
    if (input == null) {
      throw new UsageException("--input PATH is required");
    }
    return input;
  }

  private static QualityJob.Request report(Map<String, String> o) {
    Stage stage;
    try {
      stage = Stage.parse(o.getOrDefault("--stage", "all"));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--stage: " + e.getMessage());
    }
    return new QualityJob.Request(
        o.getOrDefault("--label", input(o)),
        stage,
        file(o, "--rules"),
        o.get("--batch"),
        o.get("--issuing-unit"),
        rate(o.getOrDefault("--acceptance-rate", ReportBuilder.DEFAULT_ACCEPTANCE_RATE)),
        Instant.now());
  }

  private static DrawJob.Request draw(Map<String, String> o) {
    String seed = o.get("--seed");
    if (seed == null || o.containsKey("--size") == o.containsKey("--rate")) {
      throw new UsageException("draw needs --seed and exactly one of --size and --rate");
    }
    try {
      DrawJob.Request r =
          o.containsKey("--size")
              ? DrawJob.Request.ofSize(seed, Math.toIntExact(positiveOrZero(o, "--size")))
              : DrawJob.Request.ofRate(seed, new BigDecimal(o.get("--rate")));
      return o.containsKey("--sub-center") || o.containsKey("--business-type")
          ? r.withStratum(o.get("--sub-center"), o.get("--business-type"))
          : r;
    } catch (IllegalArgumentException | ArithmeticException | InvalidValueException e) {
      throw new UsageException(String.valueOf(e.getMessage()));
    }
  }

  /** "95%", "97.5%" or "0.95", above 0 and at most 1, as {@code report --acceptance-rate}. */
  private static BigDecimal rate(String text) {
    String t = text.strip();
    try {
      BigDecimal r =
          t.endsWith("%")
              ? new BigDecimal(t.substring(0, t.length() - 1).strip()).movePointLeft(2)
              : new BigDecimal(t);
      if (r.signum() > 0 && r.compareTo(BigDecimal.ONE) <= 0) {
        return r;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new UsageException(
        "--acceptance-rate (a percentage such as 95%, or a fraction such as 0.95; above 0, at"
            + " most 100%): "
            + Masking.excerpt(text));
  }

  private static long positive(Map<String, String> o, String option) {
    long n = positiveOrZero(o, option);
    if (n < 1) {
      throw new UsageException(option + " (valid values 1 or more): " + n);
    }
    return n;
  }

  private static long positiveOrZero(Map<String, String> o, String option) {
    String v = o.get(option);
    try {
      long n = Long.parseLong(String.valueOf(v).strip());
      if (n < 0) {
        throw new UsageException(option + " (valid values 0 or more): " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new UsageException(option + " (a whole number): " + Masking.excerpt(String.valueOf(v)));
    }
  }

  private static @Nullable RuleFile file(Map<String, String> o, String option) {
    String v = o.get(option);
    if (v == null) {
      return null;
    }
    Path p = Path.of(v);
    if (!java.nio.file.Files.isRegularFile(p)) {
      throw new UsageException(option + " FILE does not exist: " + v);
    }
    return RuleFile.read(p);
  }

  /** Writes complete or not at all: a temporary file beside the target, then a rename. */
  static void write(SparkSession spark, String target, String text) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(target);
    org.apache.hadoop.fs.Path tmp =
        new org.apache.hadoop.fs.Path(
            path.getParent(), "." + path.getName() + "." + System.nanoTime() + ".tmp");
    try {
      FileSystem fs = path.getFileSystem(conf);
      // A local file system would leave a .crc file beside each one written.
      fs.setWriteChecksum(false);
      try (OutputStream os = fs.create(tmp, true)) {
        os.write(text.getBytes(StandardCharsets.UTF_8));
      }
      if (fs.exists(path)) {
        fs.delete(path, false);
      }
      if (!fs.rename(tmp, path)) {
        fs.delete(tmp, false);
        throw new IOException("cannot rename " + tmp + " to " + path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  static String document(Object value) {
    return JsonDocuments.write(value);
  }
}
