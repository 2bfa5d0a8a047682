package org.siarchive.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.examples.synthetic.SyntheticCity;
import org.siarchive.examples.synthetic.SyntheticImages;
import org.siarchive.examples.synthetic.SyntheticVolume;
import org.siarchive.rules.quality.BuiltInChecks;
import org.siarchive.rules.quality.ImageFolder;

/**
 * {@code --images} end to end: {@code generate --images DIR --image-volumes N} renders the first N
 * volumes' pages (A4) and names their image defects in the truth; {@code check} and {@code report}
 * with {@code --images DIR} find exactly those on top of what the records alone show, and without
 * it list the file checks as not performed, in one form.
 */
class ImagesCommandLineTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STAGE = "pre-acceptance";
  private static final List<String> FILE_CHECKS =
      List.of("images.content", "images.file", "images.seals");

  @TempDir static Path dir;
  static Path file;
  static Path images;
  static JsonNode truth;
  static JsonNode checkWith;
  static JsonNode checkWithout;

  /** The codes the checks of the files may report. */
  private static Set<String> fileCodes() {
    Set<String> codes = new HashSet<>();
    for (String id : FILE_CHECKS) {
      BuiltInChecks.byId(id).orElseThrow().codes().forEach(c -> codes.add(c.value()));
    }
    return codes;
  }

  /**
   * The first seed whose first two volumes get an image defect of the renderer's own. Which volume
   * gets which defect does not depend on the paper size, so small pages find it quickly.
   */
  private static long seedWithAnImageDefect() throws IOException {
    Path scratch = Files.createDirectories(dir.resolve("scratch"));
    for (long seed = 1; seed < 200; seed++) {
      SyntheticCity city = SyntheticCity.of(seed);
      SyntheticImages small = SyntheticImages.of(seed).paper(50, 50);
      for (int i = 0; i < 2; i++) {
        SyntheticVolume sv = city.volume(i);
        SyntheticVolume rendered = small.render(sv, ImageFolder.of(scratch), (p, b) -> {});
        Set<DefectCode> added = new HashSet<>(rendered.seeded());
        sv.seeded().forEach(added::remove);
        if (!added.isEmpty()) {
          return seed;
        }
      }
    }
    throw new AssertionError("no seed below 200 seeds an image defect in its first two volumes");
  }

  @BeforeAll
  static void renderedCity() throws IOException {
    long seed = seedWithAnImageDefect();
    file = dir.resolve("city.jsonl");
    images = dir.resolve("images");
    Path truthFile = dir.resolve("truth.json");
    CliRun gen =
        CliRun.of(
            "generate",
            "--volumes",
            "3",
            "--seed",
            Long.toString(seed),
            "--out",
            file.toString(),
            "--truth",
            truthFile.toString(),
            "--images",
            images.toString(),
            "--image-volumes",
            "2");
    assertThat(gen.exit()).as(gen.err()).isZero();
    assertThat(gen.out()).contains("page images of the first 2 volumes to " + images);
    truth = JSON.readTree(truthFile.toFile());
    CliRun with =
        CliRun.of(
            "check", file.toString(), "--stage", STAGE, "--images", images.toString(), "--json");
    assertThat(with.exit()).as(with.err()).isZero();
    checkWith = JSON.readTree(with.out());
    CliRun without = CliRun.of("check", file.toString(), "--stage", STAGE, "--json");
    assertThat(without.exit()).as(without.err()).isZero();
    checkWithout = JSON.readTree(without.out());
  }

  private static List<String> volumeIds() throws IOException {
    return Files.readAllLines(file).stream()
        .map(
            l -> {
              try {
                return JSON.readTree(l).get("id").asText();
              } catch (IOException e) {
                throw new AssertionError(e);
              }
            })
        .toList();
  }

  /** The codes a check document lists per volume. */
  private static Map<String, Set<String>> codesPerVolume(JsonNode doc) {
    Map<String, Set<String>> m = new TreeMap<>();
    for (JsonNode v : doc.get("volumes")) {
      Set<String> codes = m.computeIfAbsent(v.get("volumeId").asText(), k -> new TreeSet<>());
      v.get("defects").forEach(d -> codes.add(d.get("code").asText()));
    }
    return m;
  }

  private static Set<String> truthOf(String volumeId) {
    Set<String> codes = new TreeSet<>();
    JsonNode t = truth.get(volumeId);
    if (t != null) {
      t.forEach(c -> codes.add(c.asText()));
    }
    return codes;
  }

  @Test
  void generate_imageVolumes_rendersTheFirstN_only() throws IOException {
    List<String> ids = volumeIds();
    assertThat(ids).hasSize(3);
    try (Stream<Path> folders = Files.list(images)) {
      assertThat(folders.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(ids.get(0), ids.get(1));
    }
  }

  @Test
  void check_withImages_findsTheSeededImageDefects_andNothingElse() throws IOException {
    List<String> ids = volumeIds();
    Map<String, Set<String>> with = codesPerVolume(checkWith);
    Map<String, Set<String>> without = codesPerVolume(checkWithout);
    Set<String> fileCodes = fileCodes();
    int imageDefects = 0;
    for (String id : ids.subList(0, 2)) {
      Set<String> seededOnImages = new TreeSet<>(truthOf(id));
      seededOnImages.retainAll(fileCodes);
      imageDefects += seededOnImages.size();
      Set<String> expected = new TreeSet<>(without.getOrDefault(id, Set.of()));
      expected.addAll(seededOnImages);
      assertThat(with.getOrDefault(id, Set.of())).as(id).isEqualTo(expected);
    }
    assertThat(imageDefects).as("image defects seeded in the rendered volumes").isPositive();
    // The volume not rendered: every file missing, and nothing else from the files.
    String last = ids.get(2);
    Set<String> expected = new TreeSet<>(without.getOrDefault(last, Set.of()));
    expected.add("IMAGE_CONTENT_MISSING");
    assertThat(with.get(last)).isEqualTo(expected);
    assertThat(checkWith.get("notPerformed").size()).isZero();
  }

  @Test
  void withoutImages_theFileChecksAreListedNotPerformed_inCheckAndReportAlike() throws IOException {
    JsonNode listed = checkWithout.get("notPerformed");
    assertThat(listed.findValuesAsText("check")).containsExactlyElementsOf(FILE_CHECKS);
    for (JsonNode n : listed) {
      List<String> keys = new ArrayList<>();
      n.fieldNames().forEachRemaining(keys::add);
      assertThat(keys).containsExactly("check", "reason");
      assertThat(n.get("reason").asText()).isNotBlank();
    }
    CliRun report = CliRun.of("report", file.toString(), "--stage", STAGE, "--json");
    assertThat(report.exit()).as(report.err()).isZero();
    assertThat(JSON.readTree(report.out()).get("notPerformed")).isEqualTo(listed);
    CliRun text = CliRun.of("check", file.toString(), "--stage", STAGE);
    assertThat(text.err())
        .contains(
            "siarchive check: not performed: images.file ("
                + listed.get(1).get("reason").asText()
                + ")");
  }

  @Test
  void report_withImages_countsWhatCheckFinds() throws IOException {
    CliRun run =
        CliRun.of(
            "report", file.toString(), "--stage", STAGE, "--images", images.toString(), "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode report = JSON.readTree(run.out());
    assertThat(report.get("notPerformed").size()).isZero();
    Map<String, Long> pareto = new TreeMap<>();
    report
        .get("pareto")
        .forEach(c -> pareto.put(c.get("code").asText(), c.get("defects").asLong()));
    Map<String, Long> checked = new TreeMap<>();
    checkWith
        .get("defects")
        .fields()
        .forEachRemaining(e -> checked.put(e.getKey(), e.getValue().asLong()));
    assertThat(pareto).isEqualTo(checked);
    assertThat(pareto.keySet()).containsAnyElementsOf(fileCodes());
  }

  @Test
  void images_missingOrNotAFolder_isAUsageErrorNamingThePath() throws IOException {
    Path missing = dir.resolve("no-such-folder");
    for (String command : List.of("check", "report")) {
      CliRun run =
          CliRun.of(command, file.toString(), "--stage", STAGE, "--images", missing.toString());
      assertThat(run.exit()).as(command).isEqualTo(2);
      // Digit runs that look like identifiers are masked in messages, so the name is asserted.
      assertThat(run.err()).as(command).contains("--images").contains("no-such-folder");
      assertThat(run.out()).as(command).isEmpty();
    }
    CliRun aFile =
        CliRun.of("check", file.toString(), "--stage", STAGE, "--images", file.toString());
    assertThat(aFile.exit()).isEqualTo(2);
    assertThat(aFile.err()).contains("not a folder").contains("city.jsonl");
  }
}
