package org.siarchive.examples.cli;

import org.siarchive.rules.quality.Stage;
import picocli.CommandLine.Option;

/**
 * The {@code --stage} option of every command that runs checks (check, report, notice): one
 * meaning, one default ({@code all}, every check), documented once. Commands take it as a picocli
 * mixin: {@code @Mixin StageOption stage;}.
 */
final class StageOption {
  @Option(
      names = "--stage",
      defaultValue = "all",
      paramLabel = "STAGE",
      converter = StageConverter.class,
      description =
          "The stage whose checks run: self-check, audit-post, pre-acceptance, supervision,"
              + " re-check or all (every check; the default).")
  Stage stage;

  /** {@return the stage given, or {@link Stage#ALL}} */
  Stage stage() {
    return stage;
  }
}
