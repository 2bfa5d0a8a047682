package org.siarchive.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.siarchive.core.InvalidValueException;

/** RFC 8785's own examples are the tests. */
class CanonicalJsonTest {
  private static String canonical(String json) {
    return CanonicalJson.toText(CanonicalJson.parse(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void rfc8785_section3_2_2_example_isCanonicalised() {
    String input =
        "{\n  \"numbers\": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],\n"
            + "  \"string\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\",\n"
            + "  \"literals\": [null, true, false]\n}";
    assertThat(canonical(input))
        .isEqualTo(
            "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                + "\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
  }

  @Test
  void rfc8785_section3_2_3_sorting_ordersByUtf16CodeUnits() {
    String input =
        "{\"\\u20ac\": \"Euro Sign\", \"\\r\": \"Carriage Return\", \"\\ufb33\": \"Hebrew Letter Dalet With Dagesh\","
            + " \"1\": \"One\", \"\\ud83d\\ude00\": \"Emoji: Grinning Face\", \"\\u0080\": \"Control\","
            + " \"\\u00f6\": \"Latin Small Letter O With Diaeresis\"}";
    assertThat(canonical(input))
        .isEqualTo(
            "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
                + "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
  }

  @Test
  void canonicalBytes_areUtf8_andIdempotent() {
    byte[] once =
        CanonicalJson.toBytes(
            CanonicalJson.parse(
                "{ \"b\" : [1, \"é\"], \"a\": {} }".getBytes(StandardCharsets.UTF_8)));
    assertThat(new String(once, StandardCharsets.UTF_8)).isEqualTo("{\"a\":{},\"b\":[1,\"é\"]}");
    assertThat(CanonicalJson.isCanonical(once)).isTrue();
    assertThat(CanonicalJson.isCanonical("{\"b\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8)))
        .isFalse();
  }

  /** RFC 8785 Appendix B: IEEE 754 bit patterns and their ECMAScript serialisation. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "0000000000000000, 0",
    "8000000000000000, 0",
    "0000000000000001, 5e-324",
    "8000000000000001, -5e-324",
    "7fefffffffffffff, 1.7976931348623157e+308",
    "ffefffffffffffff, -1.7976931348623157e+308",
    "4340000000000000, 9007199254740992",
    "c340000000000000, -9007199254740992",
    "4430000000000000, 295147905179352830000",
    "44b52d02c7e14af5, 9.999999999999997e+22",
    "44b52d02c7e14af6, 1e+23",
    "44b52d02c7e14af7, 1.0000000000000001e+23",
    "444b1ae4d6e2ef4e, 999999999999999700000",
    "444b1ae4d6e2ef4f, 999999999999999900000",
    "444b1ae4d6e2ef50, 1e+21",
    "3eb0c6f7a0b5ed8c, 9.999999999999997e-7",
    "3eb0c6f7a0b5ed8d, 0.000001",
    "41b3de4355555553, 333333333.3333332",
    "41b3de4355555554, 333333333.33333325",
    "41b3de4355555555, 333333333.3333333",
    "41b3de4355555556, 333333333.3333334",
    "41b3de4355555557, 333333333.33333343",
    "becbf647612f3696, -0.0000033333333333333333",
    "43143ff3c1cb0959, 1424953923781206.2"
  })
  void number_appendixB_serialisesAsEcmaScript(String bits, String expected) {
    double d = Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16));
    assertThat(CanonicalJson.number(d, "")).isEqualTo(expected);
  }

  /** ECMAScript's Number::toString on each side of its switches between plain and exponent form. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "1e20, 100000000000000000000",
    "1.5e20, 150000000000000000000",
    "1e21, 1e+21",
    "123, 123",
    "12.5, 12.5",
    "0.5, 0.5",
    "1.25e-6, 0.00000125",
    "1e-7, 1e-7",
    "1.5e-7, 1.5e-7"
  })
  void number_atEachFormBoundary_serialisesAsEcmaScript(double d, String expected) {
    assertThat(CanonicalJson.number(d, "")).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"7fffffffffffffff", "7ff0000000000000", "fff0000000000000"})
  void number_nonFinite_isRefused(String bits) {
    double d = Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16));
    assertThatThrownBy(() -> CanonicalJson.number(d, "/x"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("/x (a finite number)");
  }

  @Test
  void integerBeyond2To53_isRefusedNamingThePointer() {
    assertThatThrownBy(() -> canonical("{\"a\": [9007199254740993]}"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for /a/0 (an integer within ±2^53): 9007199254740993");
    assertThat(canonical("[9007199254740992, -9007199254740992]"))
        .isEqualTo("[9007199254740992,-9007199254740992]");
  }

  @Test
  void loneSurrogate_isRefused() {
    assertThatThrownBy(() -> canonical("{\"note\": \"a\\ud800b\"}"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("/note (Unicode text (no lone surrogate)): \\ud800 at 1");
  }

  @Test
  void repeatedKeyOrTrailingToken_isRefused() {
    assertThatThrownBy(() -> canonical("{\"a\": 1, \"a\": 2}"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Duplicate field 'a'");
    assertThatThrownBy(() -> canonical("{\"a\": 1} {}")).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void controlCharacters_useShortEscapesOrLowerCaseHex() {
    assertThat(canonical("[\"\\b\\t\\n\\f\\r\\u0001\\u001f\\u007f\"]"))
        .isEqualTo("[\"\\b\\t\\n\\f\\r\\u0001\\u001f\u007f\"]");
  }
}
