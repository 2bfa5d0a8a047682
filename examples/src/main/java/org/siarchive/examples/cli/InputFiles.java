package org.siarchive.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The one check of a file the command line is given to read: a path that names no file, a directory
 * or a file it may not read is a usage error (exit 2) in one wording, {@code LABEL PATH: PROBLEM},
 * before anything is read, whatever the command.
 */
final class InputFiles {
  private InputFiles() {}

  /**
   * {@return the file, when it is a regular file this process may read}
   *
   * @param label the option or parameter that names it, e.g. {@code --volumes} or {@code FILE}
   * @throws ParameterException naming the label, the path and what is wrong with it
   */
  static Path require(CommandSpec spec, String label, Path file) {
    String problem = problem(file);
    if (problem != null) {
      throw new ParameterException(spec.commandLine(), label + " " + file + ": " + problem);
    }
    return file;
  }

  private static @Nullable String problem(Path file) {
    if (Files.isDirectory(file)) {
      return "is a directory, not a file";
    }
    if (!Files.exists(file)) {
      return "no such file";
    }
    if (!Files.isRegularFile(file)) {
      return "not a regular file";
    }
    if (!Files.isReadable(file)) {
      return "permission denied";
    }
    return null;
  }
}
