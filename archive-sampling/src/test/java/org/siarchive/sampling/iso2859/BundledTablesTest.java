package org.siarchive.sampling.iso2859;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.siarchive.sampling.internal.json.Node;
import org.siarchive.sampling.internal.json.StrictJson;

/**
 * The bundled JSON tables against the reference markdown (a copy kept as a test resource), cell by
 * cell, and against the digests recorded in the data artifact's index.json.
 */
class BundledTablesTest {

  /**
   * A table or index from the data artifact's source tree, or a reference kept beside this test.
   */
  private static String resource(String name) throws IOException {
    if (name.endsWith(".json")) {
      return SourceTables.text(name);
    }
    try (InputStream in = Iso2859Tables.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> fencedBlocks(String md) {
    List<String> blocks = new ArrayList<>();
    Matcher m = Pattern.compile("```\\n(.*?)```", Pattern.DOTALL).matcher(md);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  /**
   * Cells of a right-aligned master block: each token goes to the column whose header ends nearest.
   */
  private static List<List<String>> masterCells(String block) {
    String[] lines = block.split("\n");
    String header = lines[0].substring(lines[0].indexOf('|') + 1);
    List<Integer> ends = new ArrayList<>();
    Matcher h = Pattern.compile("\\S+").matcher(header);
    while (h.find()) {
      ends.add(h.end());
    }
    List<List<String>> rows = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      String right = lines[i].substring(lines[i].indexOf('|') + 1);
      List<String> cells = new ArrayList<>(java.util.Collections.nCopies(ends.size(), ""));
      Matcher t = Pattern.compile("\\S+").matcher(right);
      while (t.find()) {
        int best = 0;
        for (int c = 1; c < ends.size(); c++) {
          if (Math.abs(ends.get(c) - t.end()) < Math.abs(ends.get(best) - t.end())) {
            best = c;
          }
        }
        cells.set(best, t.group());
      }
      String[] left = lines[i].substring(0, lines[i].indexOf('|')).trim().split("\\s+");
      List<String> row = new ArrayList<>();
      row.add(left[0] + "|" + left[1]);
      row.addAll(cells);
      rows.add(row);
    }
    return rows;
  }

  private static List<List<String>> jsonCells(String json) {
    List<List<String>> rows = new ArrayList<>();
    for (Node row : StrictJson.parse("t", json).get("rows").elements()) {
      List<String> r = new ArrayList<>();
      String letter = row.get("letter").asString();
      r.add(letter + "|" + row.get("sampleSize").asInt(1, Integer.MAX_VALUE));
      for (Node c : row.get("cells").elements()) {
        r.add(c.asString());
      }
      rows.add(r);
    }
    return rows;
  }

  @Test
  void masterTables_matchReferenceMarkdownCellByCell() throws IOException {
    String md = resource("iso2859-1-single-sampling.md");
    List<String> blocks = fencedBlocks(md);
    assertThat(blocks).hasSize(3);
    assertThat(jsonCells(resource("iso2859-1-normal.json"))).isEqualTo(masterCells(blocks.get(0)));
    assertThat(jsonCells(resource("iso2859-1-tightened.json")))
        .isEqualTo(masterCells(blocks.get(1)));
  }

  @Test
  void reducedTable_matchesReferenceMarkdownCellByCell() throws IOException {
    String block = fencedBlocks(resource("iso2859-1-single-sampling.md")).get(2);
    String[] lines = block.split("\n");
    List<Node> rows =
        StrictJson.parse("r", resource("ansi-z1.4-reduced.json")).get("rows").elements();
    assertThat(rows).hasSize(lines.length - 1);
    for (int i = 1; i < lines.length; i++) {
      String letter = lines[i].substring(0, lines[i].indexOf('|')).trim();
      List<String> expected =
          List.of(lines[i].substring(lines[i].indexOf('|') + 1).trim().split("\\s+"));
      Node row = rows.get(i - 1);
      assertThat(row.get("letter").asString()).isEqualTo(letter);
      List<String> actual = new ArrayList<>();
      row.get("cells").elements().forEach(c -> actual.add(c.asString()));
      assertThat(actual).as("row %s", letter).isEqualTo(expected);
      // the row's own reduced sample size appears among its cells (where no arrow applied)
      assertThat(actual)
          .anySatisfy(c -> assertThat(c).startsWith(row.get("sampleSize").asInt(1, 10_000) + ":"));
    }
  }

  @Test
  void codeLetters_matchReferenceMarkdown() throws IOException {
    String md = resource("iso2859-1-single-sampling.md");
    Matcher m =
        Pattern.compile("^\\| (≥ )?([\\d ]+)(–([\\d ]+))? \\| (.*) \\|$", Pattern.MULTILINE)
            .matcher(md);
    List<Node> rows = StrictJson.parse("c", resource("code-letters.json")).get("rows").elements();
    int i = 0;
    while (m.find()) {
      Node row = rows.get(i++);
      assertThat(row.get("minLotSize").asLong(0, Long.MAX_VALUE))
          .isEqualTo(Long.parseLong(m.group(2).replace(" ", "")));
      if (m.group(4) != null) {
        assertThat(row.get("maxLotSize").asLong(0, Long.MAX_VALUE))
            .isEqualTo(Long.parseLong(m.group(4).replace(" ", "")));
      } else {
        assertThat(row.has("maxLotSize")).isFalse();
      }
      List<String> letters = new ArrayList<>();
      row.get("letters").elements().forEach(c -> letters.add(c.asString()));
      assertThat(String.join(" | ", letters)).isEqualTo(m.group(5).trim());
    }
    assertThat(i).isEqualTo(15).isEqualTo(rows.size());
  }

  @Test
  void index_recordsTheSha256OfEachBundledTable() throws IOException, NoSuchAlgorithmException {
    List<Node> entries =
        StrictJson.parse("index.json", resource("index.json")).get("tables").elements();
    List<String> files = new ArrayList<>();
    for (Node e : entries) {
      if (!e.get("kind").asString().startsWith("iso2859-")) {
        continue;
      }
      String file = e.get("file").asString();
      files.add(file);
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(resource(file).getBytes(StandardCharsets.UTF_8));
      assertThat(HexFormat.of().formatHex(digest)).as(file).isEqualTo(e.get("sha256").asString());
    }
    assertThat(files)
        .containsExactly(
            "code-letters.json",
            "iso2859-1-normal.json",
            "iso2859-1-tightened.json",
            "ansi-z1.4-reduced.json");
  }
}
