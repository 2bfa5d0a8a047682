package org.siarchive.examples.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The one way the command line writes a file (reports, HTML, truth files, rosters, generated
 * volumes, sampling records): complete or not at all, and never over one of its inputs.
 *
 * <p>Design: the content goes to a new temporary file beside the target (same directory, so the
 * same file system; created with the usual permissions, unlike {@code createTempFile}'s owner-only
 * ones), is flushed and closed, then moved over the target with {@code ATOMIC_MOVE}; where the file
 * system cannot move atomically the move falls back to {@code REPLACE_EXISTING}. A run killed
 * part-way leaves the old file (or none) and at most a hidden {@code .NAME.PID-N.tmp} beside it; a
 * run that fails deletes its temporary file. The library writes no whole files, so this lives in
 * the lowest module that does.
 */
final class OutputFiles {

  /** The body of a file written as a stream. */
  interface Body {
    /** Writes the content; the stream is buffered and closed by the caller. */
    void writeTo(OutputStream out) throws IOException;
  }

  private OutputFiles() {}

  /** Writes a text file completely or not at all, as UTF-8. */
  static void write(Path file, String text) throws IOException {
    write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** Writes a file streamed by {@code body} completely or not at all. */
  static void write(Path file, Body body) throws IOException {
    String refused = refusal(file);
    if (refused != null) {
      throw new FileSystemException(file.toString(), null, refused);
    }
    Path dir = file.toAbsolutePath().getParent();
    Path tmp =
        dir.resolve(
            String.format(
                Locale.ROOT,
                ".%s.%d-%d.tmp",
                file.getFileName(),
                ProcessHandle.current().pid(),
                System.nanoTime()));
    try {
      try (OutputStream out =
          new BufferedOutputStream(
              Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
              1 << 16)) {
        body.writeTo(out);
      } catch (FileSystemException e) {
        throw e; // names its file already
      } catch (IOException e) {
        throw new IOException(
            "cannot write "
                + file
                + ": "
                + (e.getMessage() == null ? "write failed" : e.getMessage()),
            e);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      } catch (FileSystemException e) {
        // The temporary file is ours; the message names the file the user asked for.
        throw new FileSystemException(
            file.toString(), null, e.getReason() == null ? "cannot be written" : e.getReason());
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Refuses an output path that cannot be one: an existing directory, or one of the inputs (the
   * same file, however spelled). A usage error (exit 2) naming the option (and the input), before
   * anything is read or written.
   *
   * @param output the output path, or null when none is asked for
   * @param outputName the option that names it, e.g. {@code --html}
   * @param inputs pairs of an input's name and its path (a null path is skipped)
   */
  static void requireOutput(
      CommandSpec spec,
      @org.jspecify.annotations.Nullable Path output,
      String outputName,
      Object... inputs) {
    if (output == null) {
      return;
    }
    String refused = refusal(output);
    if (refused != null) {
      throw new ParameterException(
          spec.commandLine(),
          String.format(
              Locale.ROOT, "Invalid value for option '%s': %s %s", outputName, output, refused));
    }
    for (int i = 0; i + 1 < inputs.length; i += 2) {
      if (inputs[i + 1] instanceof Path input && sameFile(output, input)) {
        throw new ParameterException(
            spec.commandLine(),
            String.format(
                Locale.ROOT,
                "Invalid value for option '%s': %s is the input %s; an output never replaces an"
                    + " input",
                outputName,
                output,
                inputs[i]));
      }
    }
  }

  /**
   * Why a path cannot be written as a whole file, or null when it can: it names nothing yet or a
   * regular file. A directory or a device ({@code /dev/null}, a terminal, a pipe) would be replaced
   * by the move, not written into, so it is refused.
   */
  private static @org.jspecify.annotations.Nullable String refusal(Path file) {
    if (Files.isDirectory(file)) {
      return "is a directory; an output is a file";
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      return "is not a regular file (a device or a pipe); an output is a file";
    }
    return null;
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
    } catch (IOException e) {
      // Fall back to comparing the paths.
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }
}
