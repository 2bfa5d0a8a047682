package org.siarchive.sampling.iso2859;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An independent oracle of the switching rules and the switching score, written from {@code
 * shared/reference/iso2859-1-single-sampling.md} (the copy among the test resources) and not from
 * the code under test: the plans come from the markdown's fixed-width master blocks with the arrows
 * resolved here, the state machine from the reference's wording of clause 9.
 */
final class SwitchingOracle {
  private static final String LETTERS = "ABCDEFGHJKLMNPQRS";
  private static final int CELL_WIDTH = 6;

  /**
   * Level II code letters of the lot sizes the tests use (reference: 151-280 G, 501-1 200 J, 3
   * 201-10 000 L).
   */
  static final Map<Long, Character> LEVEL_II_LETTER = Map.of(200L, 'G', 1000L, 'J', 5000L, 'L');

  private static final List<List<String>> NORMAL;
  private static final List<List<String>> TIGHTENED;
  private static final List<List<String>> REDUCED;
  private static final List<String> AQLS;

  static {
    String md;
    try (InputStream in =
        SwitchingOracle.class.getResourceAsStream("iso2859-1-single-sampling.md")) {
      md = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String[] blocks = md.split("```");
    // blocks[1], [3], [5]: normal, tightened, reduced
    NORMAL = fixedWidth(blocks[1]);
    TIGHTENED = fixedWidth(blocks[3]);
    REDUCED = whitespace(blocks[5]);
    String header = blocks[1].strip().split("\n")[0];
    AQLS = List.of(header.substring(header.indexOf('|') + 1).trim().split("\\s+"));
  }

  /** One lot as the oracle sees it. */
  record Lot(String state, boolean accepted, int score, String next) {}

  private SwitchingOracle() {}

  private static List<List<String>> fixedWidth(String block) {
    List<List<String>> rows = new ArrayList<>();
    String[] lines = block.strip().split("\n");
    for (int i = 1; i < lines.length; i++) {
      String right = lines[i].substring(lines[i].indexOf('|') + 1);
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < 16; c++) {
        int from = c * CELL_WIDTH;
        cells.add(
            from >= right.length()
                ? ""
                : right.substring(from, Math.min(right.length(), from + CELL_WIDTH)).trim());
      }
      rows.add(cells);
    }
    return rows;
  }

  private static List<List<String>> whitespace(String block) {
    List<List<String>> rows = new ArrayList<>();
    String[] lines = block.strip().split("\n");
    for (int i = 1; i < lines.length; i++) {
      rows.add(List.of(lines[i].substring(lines[i].indexOf('|') + 1).trim().split("\\s+")));
    }
    return rows;
  }

  /** {Ac, Re} of the master table's plan for a code letter and AQL column, arrows followed. */
  private static int[] master(List<List<String>> table, int letter, int column) {
    int row = letter;
    String cell = table.get(row).get(column);
    while (cell.equals("v") || cell.equals("^")) {
      row += cell.equals("v") ? 1 : -1;
      cell = table.get(row).get(column);
    }
    String[] acRe = cell.split("/");
    return new int[] {Integer.parseInt(acRe[0]), Integer.parseInt(acRe[1])};
  }

  private static int[] reduced(int letter, int column) {
    String[] acRe = REDUCED.get(letter).get(column).split(":")[1].split("/");
    return new int[] {Integer.parseInt(acRe[0]), Integer.parseInt(acRe[1])};
  }

  /**
   * Replays lots of a supplier.
   *
   * @param aql the AQL label, e.g. {@code "1.0"}
   * @param approved whether reduced inspection is approved
   * @param lotSizes the lot sizes (keys of {@link #LEVEL_II_LETTER})
   * @param defects the nonconforming units of each lot
   * @return per lot: the state applied, acceptance, the score after the lot, the state after it
   */
  static List<Lot> replay(
      String aql, boolean approved, List<Long> lotSizes, List<Integer> defects) {
    int column = AQLS.indexOf(aql);
    String state = "normal";
    int score = 0;
    List<Boolean> normalWindow = new ArrayList<>();
    int tightenedRun = 0;
    int tightenedRejected = 0;
    List<Lot> out = new ArrayList<>();
    for (int i = 0; i < defects.size(); i++) {
      int d = defects.get(i);
      int letter = LETTERS.indexOf(LEVEL_II_LETTER.get(lotSizes.get(i)));
      if (state.equals("discontinued")) {
        out.add(new Lot(state, false, 0, state));
        continue;
      }
      int[] plan =
          state.equals("normal")
              ? master(NORMAL, letter, column)
              : state.equals("tightened")
                  ? master(TIGHTENED, letter, column)
                  : reduced(letter, column);
      boolean accepted = d < plan[1];
      String next = state;
      int reported = 0;
      switch (state) {
        case "normal" -> {
          normalWindow.add(accepted);
          if (normalWindow.size() > 5) {
            normalWindow.remove(0);
          }
          if (plan[0] >= 2) {
            // would the lot have been accepted at the AQL one step tighter? (same code letter,
            // arrows followed)
            boolean stillAccepted = column > 0 && d <= master(NORMAL, letter, column - 1)[0];
            score = stillAccepted ? score + 3 : 0;
          } else {
            score = accepted ? score + 2 : 0;
          }
          reported = score;
          if (normalWindow.stream().filter(a -> !a).count() >= 2) {
            next = "tightened";
          } else if (score >= 30 && approved) {
            next = "reduced";
          }
        }
        case "tightened" -> {
          tightenedRun = accepted ? tightenedRun + 1 : 0;
          tightenedRejected += accepted ? 0 : 1;
          if (tightenedRun == 5) {
            next = "normal";
          } else if (tightenedRejected == 5) {
            next = "discontinued";
          }
        }
        default -> { // reduced
          if (!accepted || d > plan[0]) {
            next = "normal";
          }
        }
      }
      out.add(new Lot(state, accepted, reported, next));
      if (!next.equals(state)) {
        state = next;
        score = 0;
        normalWindow.clear();
        tightenedRun = 0;
        tightenedRejected = 0;
      }
    }
    return out;
  }
}
