package org.siarchive.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.json.JsonLinesWriter;
import org.siarchive.examples.synthetic.SyntheticCity;
import org.siarchive.examples.synthetic.SyntheticImages;
import org.siarchive.examples.synthetic.SyntheticRooms;
import org.siarchive.examples.synthetic.SyntheticRoster;
import org.siarchive.examples.synthetic.SyntheticVolume;
import org.siarchive.rules.quality.ImageFolder;
import org.siarchive.rules.storage.StorageFile;
import org.siarchive.rules.storage.StorageNetwork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code siarchive generate}: synthetic volumes as JSON Lines, with the seeded defects as truth.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Writes N synthetic volumes as JSON Lines, byte-identical for the same N and seed.",
      "--truth writes the defects seeded into each volume: {\"<volumeId>\": [\"<DEFECT_CODE>\", ...]}.",
      "--roster writes the city's roster: {\"people\": [{\"id\", \"name\", \"roles\", \"subCenter\"}]}.",
      "--rooms writes the city's storage rooms (16 stores, the centre's stacks and intake).",
      "--images DIR renders the page images of the first --image-volumes volumes (A4 TIFF/JPEG, DIR/<volume id>/<sequence>.tif), seeds image defects of their own (skew, blank, low resolution, grey where colour is required, a changed byte) and names them in --truth."
    })
final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--volumes",
      required = true,
      paramLabel = "N",
      description = "How many volumes (0 or more).")
  int volumes;

  @Option(
      names = "--seed",
      required = true,
      paramLabel = "S",
      description = "The seed (a 64-bit integer).")
  long seed;

  @Option(
      names = "--year",
      paramLabel = "YYYY",
      defaultValue = "" + SyntheticCity.DEFAULT_YEAR,
      description = "The year the volumes are formed in (default ${DEFAULT-VALUE}).")
  int year;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "The JSON Lines file to write.")
  Path out;

  @Option(
      names = "--truth",
      paramLabel = "TRUTH.json",
      description = "Where to write the seeded defects.")
  Path truth;

  @Option(
      names = "--roster",
      paramLabel = "FILE",
      description =
          "Where to write the city's roster (people, roles, sub-centres; centre staff with null).")
  Path roster;

  @Option(
      names = "--rooms",
      paramLabel = "FILE",
      description =
          "Also write the city's storage rooms (archive-rules/STORAGE-SCHEMA.md), deterministic from the seed.")
  Path rooms;

  @Option(
      names = "--images",
      paramLabel = "DIR",
      description =
          "Render the page images of the first --image-volumes volumes into DIR (one folder per"
              + " volume, files named by sequence); their records carry the files' digests.")
  Path images;

  @Option(
      names = "--image-volumes",
      paramLabel = "N",
      defaultValue = "10",
      description = "How many volumes --images renders, from the first (default ${DEFAULT-VALUE}).")
  int imageVolumes;

  @Override
  public Integer call() throws IOException {
    // Two outputs on one path would leave only the last: refused like an output over an input.
    OutputFiles.requireOutput(spec, out, "--out");
    OutputFiles.requireOutput(spec, truth, "--truth", "--out", out);
    OutputFiles.requireOutput(spec, roster, "--roster", "--out", out, "--truth", truth);
    OutputFiles.requireOutput(
        spec, rooms, "--rooms", "--out", out, "--truth", truth, "--roster", roster);
    if (volumes < 0) {
      throw new ParameterException(
          spec.commandLine(),
          String.format(
              Locale.ROOT, "Invalid value for option '--volumes' (0 or more): %d", volumes));
    }
    if (imageVolumes < 0) {
      throw new ParameterException(
          spec.commandLine(),
          String.format(
              Locale.ROOT,
              "Invalid value for option '--image-volumes' (0 or more): %d",
              imageVolumes));
    }
    if (images != null && Files.exists(images) && !Files.isDirectory(images)) {
      throw new ParameterException(
          spec.commandLine(), "--images DIR is a file, not a folder: " + images);
    }
    SyntheticCity city;
    try {
      city = SyntheticCity.of(seed, year);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(), "Invalid value for option '--year': " + e.getMessage());
    }
    Map<String, java.util.List<String>> seeded = new LinkedHashMap<>();
    long[] defective = {0};
    long[] rendered = {0};
    ImageFolder folder = images == null ? null : ImageFolder.of(images);
    SyntheticImages renderer = SyntheticImages.of(seed);
    OutputFiles.write(
        out,
        os -> {
          JsonLinesWriter writer = JsonLinesWriter.of(os);
          for (int i = 0; i < volumes; i++) {
            SyntheticVolume sv = city.volume(i);
            if (folder != null && i < imageVolumes) {
              sv = renderer.render(sv, folder, GenerateCommand::writeImage);
              rendered[0] += sv.volume().images().size();
            }
            writer.write(sv.volume());
            record(sv, seeded, defective);
          }
          writer.flush();
        });
    if (truth != null) {
      OutputFiles.write(
          truth, CliJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(seeded));
    }
    if (roster != null) {
      OutputFiles.write(
          roster,
          CliJson.mapper()
              .writerWithDefaultPrettyPrinter()
              .writeValueAsString(CliJson.mapper().readTree(SyntheticRoster.of(city).toJson())));
    }
    PrintWriter o = spec.commandLine().getOut();
    o.printf(
        Locale.ROOT,
        "wrote %d volumes to %s (seed %d, year %d); %d with seeded defects%s%n",
        volumes,
        out,
        seed,
        year,
        defective[0],
        truth == null ? "" : ", listed in " + truth);
    if (roster != null) {
      o.printf(Locale.ROOT, "wrote the city's roster to %s%n", roster);
    }
    if (images != null) {
      o.printf(
          Locale.ROOT,
          "wrote %d page images of the first %d volumes to %s%n",
          rendered[0],
          Math.min(volumes, imageVolumes),
          images);
    }
    if (rooms != null) {
      StorageNetwork network = SyntheticRooms.of(city);
      OutputFiles.write(rooms, StorageFile.write(network));
      o.printf(
          Locale.ROOT,
          "wrote the storage rooms (%d stores, the centre's stacks, as of %s) to %s%n",
          network.stores().size(),
          network.asOf(),
          rooms);
    }
    o.flush();
    return 0;
  }

  private static void writeImage(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    OutputFiles.write(file, os -> os.write(bytes));
  }

  private static void record(
      SyntheticVolume sv, Map<String, java.util.List<String>> seeded, long[] defective) {
    if (sv.isDefective()) {
      defective[0]++;
      seeded.put(sv.volume().id(), sv.seeded().stream().map(DefectCode::value).toList());
    }
  }
}
