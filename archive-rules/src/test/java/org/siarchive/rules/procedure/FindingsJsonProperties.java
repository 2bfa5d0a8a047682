package org.siarchive.rules.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.defect.Location;
import org.siarchive.core.defect.Severity;
import org.siarchive.core.ledger.CanonicalJson;
import org.siarchive.core.ledger.HashAlgorithm;
import org.siarchive.core.transfer.Findings;

/**
 * The findings a ledger event records are the hash of one canonical JSON array of the defects,
 * whatever defects a run met before: checked against the whole array built as one tree and written
 * by the canonical writer, the form a third party recomputes.
 */
class FindingsJsonProperties {
  private static final String[] TEXTS = {
    "", "a", "卷内目录", "quote \" and \\ back", "line\nfeed", "tab\t", "\u0001", "😀", "é"
  };
  private static final Severity[] SEVERITIES = Severity.values();

  /** The array as a third party writes it: one tree, the canonical writer. */
  private static byte[] oracle(List<Defect> defects) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    for (Defect d : defects) {
      ObjectNode o = array.addObject();
      o.put("volume", d.location().volumeId());
      o.put("code", d.code().value());
      o.put("severity", d.severity().name());
      o.put("location", d.location().toString());
      ObjectNode args = o.putObject("arguments");
      d.arguments().forEach(args::put);
    }
    return CanonicalJson.toBytes(array);
  }

  /** Defects of a seed: locations of every kind, arguments with escapes and non-ASCII text. */
  private static List<Defect> defects(long seed, int n) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Defect> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String volume = String.format("SC%02d-2024-%06d", r.nextInt(1, 20), r.nextInt(1, 999_999));
      Location at =
          switch (r.nextInt(4)) {
            case 0 -> Location.volume(volume);
            case 1 -> Location.item(volume, r.nextInt(1, 50));
            case 2 -> Location.page(volume, r.nextInt(1, 50), r.nextInt(1, 300));
            default -> Location.image(volume, r.nextInt(1, 300));
          };
      Map<String, String> args = new LinkedHashMap<>();
      for (int a = r.nextInt(4); a > 0; a--) {
        args.put(
            "k" + TEXTS[r.nextInt(TEXTS.length)] + r.nextInt(100), TEXTS[r.nextInt(TEXTS.length)]);
      }
      out.add(
          new Defect(
              DefectCode.of("CODE_" + (char) ('A' + r.nextInt(26))),
              SEVERITIES[r.nextInt(SEVERITIES.length)],
              at,
              args));
    }
    return out;
  }

  @Test
  void theArrayIsTheCanonicalArrayOfTheDefects() {
    qt().withExamples(200)
        .forAll(integers().all(), integers().between(0, 12))
        .checkAssert(
            (seed, n) -> {
              List<Defect> ds = defects(seed, n);
              byte[] bytes = FindingsJson.of(ds);
              assertThat(bytes).isEqualTo(oracle(ds));
              assertThat(CanonicalJson.isCanonical(bytes)).isTrue();
            });
  }

  @Test
  void aRunsFindingsHashTheArrayWhateverDefectsItMetBefore() {
    // A memo that has met some of the defects, in other lists and orders, answers as a new one.
    qt().withExamples(100)
        .forAll(integers().all(), lists().of(integers().between(0, 9)).ofSizeBetween(0, 6))
        .checkAssert(
            (seed, picks) -> {
              List<Defect> pool = defects(seed, 10);
              FindingsJson.Memo memo = new FindingsJson.Memo();
              for (HashAlgorithm alg : HashAlgorithm.values()) {
                for (List<Defect> ds : List.of(pool, pick(pool, picks), pool.subList(3, 7))) {
                  Findings f = memo.findings(ds, alg);
                  assertThat(f.count()).isEqualTo(ds.size());
                  assertThat(f.digest()).isEqualTo(alg.hashHex(oracle(ds)));
                }
              }
            });
  }

  @Test
  void noDefectsAreTheEmptyArray() {
    assertThat(FindingsJson.of(List.of())).containsExactly('[', ']');
    assertThat(new FindingsJson.Memo().findings(List.of(), HashAlgorithm.SHA_256).digest())
        .isEqualTo(HashAlgorithm.SHA_256.hashHex(new byte[] {'[', ']'}));
  }

  private static List<Defect> pick(List<Defect> pool, List<Integer> picks) {
    List<Defect> out = new ArrayList<>();
    picks.forEach(i -> out.add(pool.get(i)));
    return out;
  }
}
