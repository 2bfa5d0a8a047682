package org.siarchive.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.siarchive.core.json.JsonLinesReader;
import org.siarchive.core.json.LineResult;
import org.siarchive.core.json.ReadSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code siarchive validate}: decodes and validates every line of a JSON Lines file. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Decodes and validates every line of a JSON Lines file of volumes.",
      "Exit 0 when all are valid, 1 when any line was rejected, 2 on usage errors."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The JSON Lines file.")
  Path file;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws IOException {
    List<LineResult.Rejected> errors = new ArrayList<>();
    ReadSummary summary;
    try (JsonLinesReader reader = JsonLinesReader.open(file)) {
      summary =
          reader.forEach(
              r -> {
                if (r instanceof LineResult.Rejected rejected) {
                  errors.add(rejected);
                }
              });
    } catch (NoSuchFileException e) {
      throw new ParameterException(spec.commandLine(), "FILE does not exist: " + file);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json.requested()) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("read", summary.read());
      doc.put("valid", summary.valid());
      doc.put("rejected", summary.rejected());
      List<Map<String, Object>> list = new ArrayList<>();
      for (LineResult.Rejected r : errors) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("line", r.line());
        e.put("pointer", r.pointer());
        e.put("message", r.message());
        list.add(e);
      }
      doc.put("errors", list);
      CliJson.print(out, doc);
    } else {
      out.printf(
          Locale.ROOT,
          "%s: read %d, valid %d, rejected %d%n",
          file,
          summary.read(),
          summary.valid(),
          summary.rejected());
      for (LineResult.Rejected r : errors) {
        out.printf(
            Locale.ROOT,
            "line %d: %s: %s%n",
            r.line(),
            r.pointer().isEmpty() ? "(line)" : r.pointer(),
            r.message());
      }
      out.flush();
    }
    return summary.rejected() == 0 ? 0 : 1;
  }
}
