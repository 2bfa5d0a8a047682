package org.siarchive.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.siarchive.rules.quality.Check;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.quality.ImageFolder;
import org.siarchive.rules.quality.Suite;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --images DIR}: where the image files are, in {@link ImageFolder}'s layout, so that the
 * checks read them; and how the commands list the checks not performed.
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

  /** The checks of a suite the context does not allow, as {@code [{"check", "reason"}]}. */
  static List<Map<String, String>> notPerformed(Suite suite, CheckContext context) {
    List<Map<String, String>> list = new ArrayList<>();
    for (Check c : suite.notPerformed(context)) {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("check", c.id());
      m.put("reason", c.notPerformedReason(context));
      list.add(m);
    }
    return list;
  }
}
