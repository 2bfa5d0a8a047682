package org.siarchive.spark.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.siarchive.core.json.JsonLinesReader;

/** Plans an input's splits on the driver and opens one on an executor. */
public final class Splits {
  private Splits() {}

  /**
   * The splits of every file at a path: a file, a directory (its files, not those whose names start
   * with {@code _} or {@code .}), or a glob; files in path order, each cut every {@code
   * splitBytes}.
   *
   * @throws IllegalArgumentException when nothing is there
   */
  public static List<Split> plan(Configuration conf, String input, long splitBytes) {
    if (splitBytes < 1) {
      throw new IllegalArgumentException(
          "Invalid value for splitBytes (valid values 1 or more): " + splitBytes);
    }
    try {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(path);
      if (matches == null || matches.length == 0) {
        throw new IllegalArgumentException("No input at " + input);
      }
      List<FileStatus> files = new ArrayList<>();
      for (FileStatus m : matches) {
        if (m.isDirectory()) {
          for (FileStatus f : fs.listStatus(m.getPath())) {
            String name = f.getPath().getName();
            if (f.isFile() && !name.startsWith("_") && !name.startsWith(".")) {
              files.add(f);
            }
          }
        } else {
          files.add(m);
        }
      }
      files.sort(Comparator.comparing(f -> f.getPath().toString()));
      List<Split> splits = new ArrayList<>();
      for (int i = 0; i < files.size(); i++) {
        FileStatus f = files.get(i);
        String name = f.getPath().toString();
        long length = f.getLen();
        if (length == 0) {
          splits.add(new Split(splits.size(), i, name, 0, 1));
        }
        for (long start = 0; start < length; start += splitBytes) {
          splits.add(
              new Split(splits.size(), i, name, start, Math.min(length, start + splitBytes)));
        }
      }
      if (splits.isEmpty()) {
        throw new IllegalArgumentException("No input files at " + input);
      }
      return splits;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + input + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens a split for reading: its lines numbered after {@code linesBefore} lines, and the ids an
   * earlier split gave (with the line that gave each) rejected as repeated.
   */
  public static JsonLinesReader open(
      Configuration conf, Split split, long linesBefore, Map<String, Long> earlier)
      throws IOException {
    Path path = new Path(split.path());
    FSDataInputStream in = path.getFileSystem(conf).open(path);
    try {
      in.seek(Math.max(0, split.start() - 1));
      JsonLinesReader reader = JsonLinesReader.ofSplit(in, split.start(), split.end(), linesBefore);
      earlier.forEach(reader::admitEarlier);
      return reader;
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }
}
