package org.siarchive.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.quality.ImageFolder;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --images DIR}: where the image files are, in {@link ImageFolder}'s layout, so that the
 * checks read them.
 */
final class ImagesOption {
  @Option(
      names = "--images",
      paramLabel = "DIR",
      description =
          "Read the image files under DIR (DIR/<volume id>/<sequence>.tif|.jpg|..., or a"
              + " manifest.tsv per volume folder) and check them: decoding, format, digest, size,"
              + " pixel size, dpi, colour, blank pages, skew, seals. Without it those checks are"
              + " not performed.")
  Path images;

  /** The context with the image folder, when one was given. */
  CheckContext apply(CommandSpec spec, CheckContext context) {
    if (images == null) {
      return context;
    }
    if (!Files.isDirectory(images)) {
      throw new ParameterException(
          spec.commandLine(), "--images DIR does not exist or is not a folder: " + images);
    }
    return context.toBuilder().imageFiles(ImageFolder.of(images)).build();
  }
}
