package org.siarchive.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.siarchive.core.json.LineResult;
import org.siarchive.rules.quality.RunListener;
import org.siarchive.rules.quality.VolumeResult;

/**
 * A progress bar on standard error for the long runs ({@code check}, {@code report}, {@code
 * validate}), drawn only when standard error is a terminal.
 *
 * <p>Design: the total is the file's line count, counted in one cheap pass before the run (only
 * when the bar is drawn); each record is one step. The bar is redrawn in place ({@code \r}) only
 * when its rendering changes, at most once per tenth of a percent, so a run of millions of records
 * writes about a thousand frames, never a line per record. {@link #close} ends the line. The
 * rendering is a pure function ({@link #render}) so it is tested without a terminal. Off a terminal
 * the bar is silent and costs a counter increment per record.
 */
final class ProgressBar implements RunListener, AutoCloseable {
  /** The bar's width in cells. */
  static final int WIDTH = 30;

  private final PrintWriter err;
  private final String label;
  private final long total;
  private final boolean live;
  private long done;
  private long drawn = -1;

  ProgressBar(PrintWriter err, String label, long total, boolean live) {
    this.err = err;
    this.label = label;
    this.total = total;
    this.live = live;
  }

  /**
   * A bar over the lines of {@code file}, drawn when this JVM has a terminal ({@code
   * System.console() != null}); silent otherwise.
   */
  static ProgressBar start(PrintWriter err, String label, Path file) {
    // Built for Java 17, where console() is null without a terminal (on 22+ it never is).
    @SuppressWarnings("SystemConsoleNull")
    boolean interactive = System.console() != null;
    return new ProgressBar(err, label, interactive ? lines(file) : 0, interactive);
  }

  /** The number of lines of a file: its newlines, plus one for a last line without one. */
  static long lines(Path file) {
    byte[] buffer = new byte[1 << 16];
    long lines = 0;
    int last = '\n';
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
        last = buffer[n - 1];
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
    return last == '\n' ? lines : lines + 1;
  }

  /**
   * One frame: {@code label [#########.....] 45.0% 12,345/27,432 records}. A count above the total
   * (a file that grew) shows as full.
   */
  static String render(String label, long done, long total, int width) {
    long permille = permille(done, total);
    int filled = (int) (permille * width / 1000);
    StringBuilder b = new StringBuilder(label.length() + width + 40);
    b.append(label).append(" [");
    b.append("#".repeat(filled)).append(".".repeat(width - filled)).append("] ");
    b.append(String.format(Locale.ROOT, "%5.1f%% %,d/%,d ", permille / 10.0, done, total));
    b.append(total == 1 ? "record" : "records");
    return b.toString();
  }

  /** One record done. */
  void step() {
    done++;
    if (live) {
      long permille = permille(done, total);
      if (permille != drawn) {
        err.print("\r" + render(label, done, total, WIDTH));
        err.flush();
        drawn = permille;
      }
    }
  }

  /** Tenths of a percent done, 0 to 1000; the bar is redrawn only when this changes. */
  static long permille(long done, long total) {
    return total == 0 ? 1000 : Math.min(done, total) * 1000 / total;
  }

  @Override
  public void checked(VolumeResult result) {
    step();
  }

  @Override
  public void rejected(LineResult.Rejected rejected) {
    step();
  }

  /** Draws the last frame and ends the line, when drawn at all. */
  @Override
  public void close() {
    if (live) {
      err.print("\r" + render(label, done, Math.max(done, total), WIDTH) + System.lineSeparator());
      err.flush();
    }
  }
}
