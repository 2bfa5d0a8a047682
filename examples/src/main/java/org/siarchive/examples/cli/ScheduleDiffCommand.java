package org.siarchive.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.siarchive.rules.Language;
import org.siarchive.rules.retention.Edition;
import org.siarchive.rules.retention.EditionConflictException;
import org.siarchive.rules.retention.EditionDiff;
import org.siarchive.rules.retention.RetentionSchedules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code schedule diff}: rows added, removed and changed between two edition files. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Rows added, removed and changed (period longer or shorter, text) from FILE_A to FILE_B, as JSON or as a summary in Chinese and English for trainers. Unchanged rows are not listed."
    })
final class ScheduleDiffCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE_A", description = "The older edition file.")
  Path fileA;

  @Parameters(index = "1", paramLabel = "FILE_B", description = "The newer edition file.")
  Path fileB;

  @Mixin JsonOption json;

  /** The diff of two edition files, the newer loaded beside the older so it may extend it. */
  static EditionDiff diff(CommandSpec spec, Path fileA, String labelA, Path fileB, String labelB) {
    RetentionSchedules bundled = RetentionSchedules.withBundledEditions();
    RetentionSchedules withA = bundled.copy();
    Edition a = ScheduleCommand.loadFile(spec, withA, fileA, labelA);
    Edition b;
    try {
      // Beside FILE_A, so that FILE_B may extend FILE_A's edition.
      b = ScheduleCommand.loadFile(spec, withA.copy(), fileB, labelB);
    } catch (EditionConflictException e) {
      // Two alternatives for the same dates: compare each against the bundled editions only.
      b = ScheduleCommand.loadFile(spec, bundled.copy(), fileB, labelB);
    }
    return EditionDiff.between(a, b);
  }

  @Override
  public Integer call() throws JsonProcessingException {
    EditionDiff diff = diff(spec, fileA, "FILE_A", fileB, "FILE_B");
    PrintWriter out = spec.commandLine().getOut();
    if (json.requested()) {
      ObjectNode doc = (ObjectNode) CliJson.mapper().readTree(diff.toJson());
      ObjectNode summary = doc.putObject("summary");
      diff.summary(Language.ZH).forEach(summary.putArray("zh")::add);
      diff.summary(Language.EN).forEach(summary.putArray("en")::add);
      CliJson.print(out, doc);
    } else {
      diff.summary(Language.ZH).forEach(out::println);
      out.println();
      diff.summary(Language.EN).forEach(out::println);
      out.flush();
    }
    return 0;
  }
}
