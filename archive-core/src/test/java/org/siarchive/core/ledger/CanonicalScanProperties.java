package org.siarchive.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.internal.json.StrictMapper;

/**
 * The verifier's one-pass canonical check against the exact one ({@link CanonicalJson#isCanonical}:
 * parse, write, compare): whatever the scan accepts is canonical (over canonical events and every
 * single-byte change, insertion and removal of them), and it accepts the canonical events a ledger
 * writes, with names, controls, non-ASCII text and integers of every kind.
 */
class CanonicalScanProperties {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private static String text(Random r) {
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(12);
    for (int i = 0; i < n; i++) {
      switch (r.nextInt(8)) {
        case 0 -> b.append((char) r.nextInt(0x20));
        case 1 -> b.append("\"\\/".charAt(r.nextInt(3)));
        case 2 -> b.append((char) (0x80 + r.nextInt(0x780)));
        case 3 -> b.append("移交批次");
        case 4 -> b.appendCodePoint(0x1F600 + r.nextInt(80));
        case 5 -> b.append((char) (0xE000 + r.nextInt(0x1FFF)));
        default -> b.append((char) (0x20 + r.nextInt(0x5F)));
      }
    }
    return b.toString();
  }

  private static JsonNode value(Random r, int depth) {
    switch (r.nextInt(depth > 3 ? 5 : 7)) {
      case 0:
        return F.textNode(text(r));
      case 1:
        return F.numberNode(r.nextBoolean() ? r.nextInt() : r.nextLong() >> 11);
      case 2:
        return F.booleanNode(r.nextBoolean());
      case 3:
        return F.nullNode();
      case 4:
        return F.numberNode(r.nextInt(3) - 1);
      case 5:
        return object(r, depth + 1);
      default:
        ArrayNode a = F.arrayNode();
        for (int i = r.nextInt(4); i > 0; i--) {
          a.add(value(r, depth + 1));
        }
        return a;
    }
  }

  private static ObjectNode object(Random r, int depth) {
    ObjectNode o = F.objectNode();
    for (int i = r.nextInt(6); i > 0; i--) {
      String name =
          r.nextInt(4) == 0 ? "k" + r.nextInt(30) : "name_" + (char) ('a' + r.nextInt(26));
      o.set(name, value(r, depth));
    }
    return o;
  }

  private static ObjectNode event(long seed) {
    Random r = new Random(seed);
    ObjectNode o = object(r, 1);
    o.put("algorithm", "SHA-256");
    o.put("previousRoot", HashAlgorithm.SHA_256.hashHex(new byte[] {(byte) seed}));
    return o;
  }

  private static boolean exact(byte[] bytes) {
    try {
      return CanonicalJson.isCanonical(bytes) && CanonicalJson.parse(bytes).isObject();
    } catch (InvalidValueException e) {
      return false;
    }
  }

  @Test
  void canonicalEvents_areAccepted_andTheirLedgerMembersFound() {
    CanonicalScan scan = new CanonicalScan();
    qt().withFixedSeed(8785L)
        .withExamples(2000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              ObjectNode event = event(seed);
              byte[] bytes = CanonicalJson.toBytes(event);
              assertThat(scan.accepts(bytes))
                  .as(new String(bytes, StandardCharsets.UTF_8))
                  .isTrue();
              assertThat(
                      scan.contentEquals(scan.algorithmStart, scan.algorithmEnd, bytes("SHA-256")))
                  .isTrue();
              assertThat(
                      scan.contentEquals(
                          scan.previousRootStart,
                          scan.previousRootEnd,
                          bytes(event.get("previousRoot").textValue())))
                  .isTrue();
            });
  }

  @Test
  void whateverTheScanAccepts_isCanonical_overEverySmallChangeOfCanonicalEvents() {
    CanonicalScan scan = new CanonicalScan();
    int[] accepted = new int[1];
    qt().withFixedSeed(3629L)
        .withExamples(20000)
        .forAll(longs().all(), integers().all(), integers().between(0, 3))
        .checkAssert(
            (seed, at, kind) -> {
              byte[] canonical = CanonicalJson.toBytes(event(seed));
              Random r = new Random(at);
              int i = r.nextInt(canonical.length);
              byte[] changed;
              switch (kind) {
                case 0 -> {
                  changed = canonical.clone();
                  changed[i] = (byte) r.nextInt(256);
                }
                case 1 -> {
                  changed = new byte[canonical.length + 1];
                  System.arraycopy(canonical, 0, changed, 0, i);
                  changed[i] = (byte) " \"\\-0.e1{}[],:u\u00e9".charAt(r.nextInt(16));
                  System.arraycopy(canonical, i, changed, i + 1, canonical.length - i);
                }
                case 2 -> {
                  changed = new byte[canonical.length - 1];
                  System.arraycopy(canonical, 0, changed, 0, i);
                  System.arraycopy(canonical, i + 1, changed, i, canonical.length - i - 1);
                }
                default -> changed = canonical;
              }
              if (scan.accepts(changed)) {
                accepted[0]++;
                assertThat(exact(changed))
                    .as(new String(changed, StandardCharsets.ISO_8859_1))
                    .isTrue();
              }
            });
    assertThat(accepted[0]).isPositive();
  }

  @Test
  void everyProperPrefixOfACanonicalEvent_isRefused() {
    // A torn write leaves a prefix; the scan must say no at every length, not run off the end.
    CanonicalScan scan = new CanonicalScan();
    qt().withFixedSeed(7159L)
        .withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              ObjectNode event = event(seed);
              event.put("text", "\u0001\"\u00e9\u0800\u20ac\ud83d\ude00");
              event.put("z", -12);
              byte[] bytes = CanonicalJson.toBytes(event);
              for (int n = 0; n < bytes.length; n++) {
                assertThat(scan.accepts(Arrays.copyOf(bytes, n)))
                    .as("%d of %s", n, new String(bytes, StandardCharsets.UTF_8))
                    .isFalse();
              }
            });
    for (String cut :
        new String[] {
          "{\"a\":\"\\",
          "{\"a\":\"\\u001",
          "{\"a\":\"\\u00",
          "{\"a\":1",
          "{\"a\":[1",
          "{\"a\":[",
          "{\"a\":-",
          "{\"a\":t",
          "{\"a",
          "{\"a\"",
          "{\"a\":",
          "{\"a\":{",
          "{"
        }) {
      assertThat(scan.accepts(bytes(cut))).as(cut).isFalse();
    }
    for (byte[] lead : new byte[][] {{(byte) 0xE6}, {(byte) 0xE6, (byte) 0x88}, {(byte) 0xF0}}) {
      byte[] doc = Arrays.copyOf(bytes("{\"a\":\""), 6 + lead.length);
      System.arraycopy(lead, 0, doc, 6, lead.length);
      assertThat(scan.accepts(doc)).as("%s", Arrays.toString(lead)).isFalse();
    }
  }

  @ParameterizedTest
  @ValueSource(
      ints = {
        0x80, 0x7FF, 0x800, 0xFFF, 0x1000, 0xD7FF, 0xE000, 0xEFFF, 0xF000, 0xFFFD, 0x10000, 0x3FFFF,
        0x40000, 0xFFFFF, 0x100000, 0x10FFFF
      })
  void stringsWithCharactersAtEachUtf8LengthAndLeadByteBoundary_areAccepted(int codePoint) {
    String json = "{\"a\":\"x" + new String(Character.toChars(codePoint)) + "y\",\"b\":1}";
    byte[] bytes = bytes(json);
    assertThat(exact(bytes)).as("U+%X", codePoint).isTrue();
    assertThat(new CanonicalScan().accepts(bytes)).as("U+%X", codePoint).isTrue();
  }

  @Test
  void namesOfPrintableAscii_upToTheMapperLimit_areAccepted_andLongerOnesRefusedByBoth() {
    assertThat(new CanonicalScan().accepts(bytes("{\" !~\":1,\"a b\":2}"))).isTrue();
    String longest = "n".repeat(256);
    assertThat(new CanonicalScan().accepts(bytes("{\"" + longest + "\":1}"))).isTrue();
    byte[] tooLong = bytes("{\"" + longest + "n\":1}");
    assertThat(new CanonicalScan().accepts(tooLong)).isFalse();
    assertThat(exact(tooLong)).isFalse();
  }

  @Test
  void stringsUpToTheMapperLimit_areAccepted_andLongerOnesRefused() {
    String longest = "s".repeat(StrictMapper.MAX_STRING_LENGTH);
    assertThat(new CanonicalScan().accepts(bytes("{\"a\":\"" + longest + "\"}"))).isTrue();
    assertThat(new CanonicalScan().accepts(bytes("{\"a\":\"" + longest + "s\"}"))).isFalse();
  }

  @Test
  void documentsUpToTheMapperLimit_areAccepted_andLongerOnesRefused() {
    // {"ab":[0,0,...,0]} of exactly the limit, then one element more.
    int n = StrictMapper.MAX_DOCUMENT_BYTES;
    byte[] doc = new byte[n];
    Arrays.fill(doc, (byte) ',');
    System.arraycopy(bytes("{\"ab\":["), 0, doc, 0, 7);
    for (int i = 7; i < n - 2; i += 2) {
      doc[i] = '0';
    }
    doc[n - 2] = ']';
    doc[n - 1] = '}';
    CanonicalScan scan = new CanonicalScan();
    assertThat(scan.accepts(doc)).isTrue();
    byte[] longer = Arrays.copyOf(doc, n + 2);
    longer[n - 2] = ',';
    longer[n - 1] = '0';
    longer[n] = ']';
    longer[n + 1] = '}';
    assertThat(scan.accepts(longer)).isFalse();
  }

  @Test
  void nestingUpToSixteenLevels_isAccepted_andDeeperIsLeftToTheExactCheck() {
    for (int depth = 1; depth <= 17; depth++) {
      String objects = "{\"a\":".repeat(depth - 1) + "{}" + "}".repeat(depth - 1);
      String arrays = "{\"a\":" + "[".repeat(depth - 1) + "]".repeat(depth - 1) + "}";
      if (depth == 1) {
        arrays = "{}";
      }
      assertThat(exact(bytes(objects))).as(objects).isTrue();
      assertThat(exact(bytes(arrays))).as(arrays).isTrue();
      assertThat(new CanonicalScan().accepts(bytes(objects))).as(objects).isEqualTo(depth <= 16);
      assertThat(new CanonicalScan().accepts(bytes(arrays))).as(arrays).isEqualTo(depth <= 16);
    }
  }

  @Test
  void ledgerMembers_areFoundOnlyAtTheTopLevelAndWithTheirExactText() {
    CanonicalScan scan = new CanonicalScan();
    assertThat(scan.accepts(bytes("{\"algorithm\":\"SHA-25\",\"b\":{\"previousRoot\":\"00\"}}")))
        .isTrue();
    assertThat(scan.contentEquals(scan.algorithmStart, scan.algorithmEnd, bytes("SHA-256")))
        .isFalse();
    assertThat(scan.contentEquals(scan.algorithmStart, scan.algorithmEnd, bytes("SHA-25")))
        .isTrue();
    assertThat(scan.previousRootStart).isEqualTo(-1);
    assertThat(scan.contentEquals(scan.previousRootStart, scan.previousRootEnd, bytes("00")))
        .isFalse();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"a\":-0}",
        "{\"a\":01}",
        "{\"a\":1.0}",
        "{\"a\":1e3}",
        "{\"a\":9007199254740993}",
        "{\"a\":\"\\u001F\"}",
        "{\"a\":\"\\u000a\"}",
        "{\"a\":\"\\u0041\"}",
        "{\"a\":\"\\/\"}",
        "{\"a\":\"\\ud800\"}",
        "{\"a\": 1}",
        "{\"b\":1,\"a\":2}",
        "{\"a\":1,\"a\":1}",
        "{\"a\":1}\n",
        "[1]",
        "\"a\"",
        "{\"a\":tru}",
        "{\"a\":[1,]}",
        "{\"a\":[{\"b\":]}",
        "{\"a\":[[1,]}",
        "{\"a\":\"\\u001A\"}",
        "{\"a\":\"\\u001G\"}",
        "{\"a\":\"\\u0020\"}",
        "{\"a\":\"\\u0100\"}",
        "{\"a\":\"\\u1000\"}",
        "{\"a\":\"\\x\"}",
        "{\"a\":\"\\u000d\"}",
        "{\"a\":\"\u0001\"}",
      })
  void nonCanonicalForms_areRefused_andSoAreTheExactCheck(String json) {
    byte[] bytes = bytes(json);
    assertThat(new CanonicalScan().accepts(bytes)).isFalse();
    assertThat(exact(bytes)).isFalse();
  }

  @Test
  void illFormedUtf8_isRefused() {
    for (byte[] bad :
        new byte[][] {
          {(byte) 0xC0, (byte) 0x80},
          {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
          {(byte) 0xE0, (byte) 0x80, (byte) 0x80},
          {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
          {(byte) 0xE6, (byte) 0x88},
          {(byte) 0x80}
        }) {
      byte[] doc = new byte[bad.length + 8];
      System.arraycopy(bytes("{\"a\":\""), 0, doc, 0, 6);
      System.arraycopy(bad, 0, doc, 6, bad.length);
      doc[doc.length - 2] = '"';
      doc[doc.length - 1] = '}';
      assertThat(new CanonicalScan().accepts(doc))
          .as("%s", java.util.Arrays.toString(bad))
          .isFalse();
    }
  }

  @Test
  void canonicalFormsTheScanLeavesToTheExactCheck_areStillCanonical() {
    // Fractions and non-ASCII names are canonical but the scan does not cover them: the verifier
    // then takes the exact path, and the answer is the same.
    for (String json : new String[] {"{\"a\":4.5}", "{\"é\":1}", "{\"a\\nb\":1}"}) {
      byte[] bytes = bytes(json);
      assertThat(new CanonicalScan().accepts(bytes)).as(json).isFalse();
      assertThat(exact(bytes)).as(json).isTrue();
    }
    assertThat(new CanonicalScan().accepts(bytes("{\"a\":\"\\u001f\\n\",\"b\":-9007199254740992}")))
        .isTrue();
  }
}
