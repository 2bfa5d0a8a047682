package org.siarchive.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.siarchive.core.json.JsonLinesReader;
import org.siarchive.core.json.LineResult;
import org.siarchive.core.model.Volume;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Reads a JSON Lines file of volumes whole, for commands that need every record at hand: a missing
 * file is a usage error, a refused record an input error naming its line (nothing is dropped).
 */
final class VolumeRecords {
  private VolumeRecords() {}

  static List<Volume> read(CommandSpec spec, Path file, String option) {
    InputFiles.require(spec, option, file);
    List<Volume> volumes = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try (JsonLinesReader reader = JsonLinesReader.open(file)) {
      reader.forEach(
          r -> {
            if (r instanceof LineResult.Decoded d) {
              volumes.add(d.volume());
            } else if (r instanceof LineResult.Rejected x) {
              problems.add("line " + x.line() + ": " + x.pointer() + ": " + x.message());
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!problems.isEmpty()) {
      throw new InputRecordException(
          "volumes "
              + file
              + ": "
              + problems.size()
              + " records refused; first: "
              + problems.get(0));
    }
    return volumes;
  }
}
