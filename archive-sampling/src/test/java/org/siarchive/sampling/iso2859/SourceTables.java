package org.siarchive.sampling.iso2859;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bundled ISO 2859 tables where the data artifact keeps them in the source tree, for this
 * module's tests (the sampling module does not see the rule-data providers; archive-rules'
 * SamplingTables assembles the same files from them).
 */
final class SourceTables {
  /** The data artifact's resource directory, from this module's base directory. */
  static final Path DIRECTORY =
      Path.of("../archive-rules-data/src/main/resources/org/siarchive/rules/data");

  private static final Iso2859Tables TABLES =
      Iso2859Tables.of(
          CodeLetterTable.parse("code-letters.json", text("code-letters.json")),
          PlanTable.parse("iso2859-1-normal.json", text("iso2859-1-normal.json")),
          PlanTable.parse("iso2859-1-tightened.json", text("iso2859-1-tightened.json")),
          PlanTable.parse("ansi-z1.4-reduced.json", text("ansi-z1.4-reduced.json")));

  private SourceTables() {}

  /** The bundled tables. */
  static Iso2859Tables bundled() {
    return TABLES;
  }

  /** The text of one file of the data artifact. */
  static String text(String file) {
    try {
      return Files.readString(DIRECTORY.resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
