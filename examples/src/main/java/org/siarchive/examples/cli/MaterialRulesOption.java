package org.siarchive.examples.cli;

import java.nio.file.Path;
import org.siarchive.rules.material.MaterialRules;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --rules FILE} of the schedule commands that judge volumes or materials: the material rules
 * whose business-type rows the retention answer takes first (the bundled illustrative edition by
 * default, as for {@code check}).
 */
final class MaterialRulesOption {
  @Option(
      names = "--rules",
      paramLabel = "FILE",
      description =
          "Local material rules (JSON, format siarchive-material-rules/1); default: the bundled"
              + " illustrative edition.")
  Path file;

  /** The rules given, or the bundled illustrative edition. */
  MaterialRules rules(CommandSpec spec) {
    if (file == null) {
      return MaterialRules.bundledIllustrative();
    }
    InputFiles.require(spec, "--rules", file);
    return MaterialRules.load(file);
  }
}
