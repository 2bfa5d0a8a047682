package org.siarchive.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.siarchive.core.json.JsonLinesReader;
import org.siarchive.core.json.LineResult;
import org.siarchive.core.json.ReadSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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
    PrintWriter out = spec.commandLine().getOut();
    InputFiles.require(spec, "FILE", file);
    // The rejected lines are spooled to a temporary file, not held: a million of them fit.
    try (JsonSpool errors = JsonSpool.create("siarchive-validate-errors")) {
      ReadSummary summary;
      try (JsonLinesReader reader = JsonLinesReader.open(file);
          ProgressBar progress = ProgressBar.start(spec.commandLine().getErr(), "validate", file)) {
        summary =
            reader.forEach(
                r -> {
                  progress.step();
                  if (r instanceof LineResult.Rejected rejected) {
                    errors.add(CheckCommand.errorJson(rejected));
                  }
                });
      }
      if (json.requested()) {
        try (JsonGenerator g = CliJson.mapper().getFactory().createGenerator(out)) {
          g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
          g.useDefaultPrettyPrinter();
          g.writeStartObject();
          g.writeNumberField("read", summary.read());
          g.writeNumberField("valid", summary.valid());
          g.writeNumberField("rejected", summary.rejected());
          errors.copyArray(g, "errors");
          g.writeEndObject();
        }
        out.println();
      } else {
        out.printf(
            Locale.ROOT,
            "%s: read %d, valid %d, rejected %d%n",
            file,
            summary.read(),
            summary.valid(),
            summary.rejected());
        errors.forEach(
            e ->
                out.printf(
                    Locale.ROOT,
                    "line %d: %s: %s%n",
                    e.get("line").asLong(),
                    e.get("pointer").asText().isEmpty() ? "(line)" : e.get("pointer").asText(),
                    e.get("message").asText()));
      }
      out.flush();
      return summary.rejected() == 0 ? 0 : 1;
    }
  }
}
