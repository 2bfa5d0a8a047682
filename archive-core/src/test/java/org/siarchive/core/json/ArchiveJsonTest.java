package org.siarchive.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.siarchive.core.model.CatalogEntry;
import org.siarchive.core.model.PageImage;
import org.siarchive.core.model.Volume;
import org.siarchive.core.testing.Fixtures;

/** Each malformed input with the error it must give: the JSON pointer and the reason. */
class ArchiveJsonTest {
  private static final String GOOD = ArchiveJson.writeVolume(Fixtures.cleanVolume());

  private static JsonDecodeException decodeError(String json) {
    try {
      ArchiveJson.readVolume(json);
    } catch (JsonDecodeException e) {
      return e;
    }
    throw new AssertionError("decoded: " + json);
  }

  @Test
  void write_startsWithSchemaVersion_andIsOneLine() {
    assertThat(GOOD)
        .startsWith("{\"schemaVersion\":1,\"id\":\"SC01-2024-000001\"")
        .doesNotContain("\n");
  }

  @Test
  void schemaDocument_exampleDecodes() throws java.io.IOException {
    String doc = java.nio.file.Files.readString(java.nio.file.Path.of("SCHEMA.md"));
    int start = doc.indexOf("```json\n") + "```json\n".length();
    String example = doc.substring(start, doc.indexOf("```", start));
    Volume v = ArchiveJson.readVolume(example.replaceAll("\\s*\n\\s*", " "));
    assertThat(v.id()).isEqualTo("SC08-2024-000001");
    assertThat(v.images()).hasSize(2);
  }

  @Test
  void roundTrip_cleanVolume() {
    Volume v = Fixtures.cleanVolume();
    assertThat(ArchiveJson.readVolume(ArchiveJson.writeVolume(v))).isEqualTo(v);
  }

  @Test
  void roundTrip_partTypes() {
    Volume v = Fixtures.cleanVolume();
    CatalogEntry e = v.catalogue().get(0);
    PageImage img = v.images().get(0);
    assertThat(ArchiveJson.read(ArchiveJson.write(e), CatalogEntry.class)).isEqualTo(e);
    assertThat(ArchiveJson.read(ArchiveJson.write(img), PageImage.class)).isEqualTo(img);
    assertThat(ArchiveJson.read(ArchiveJson.write(v), Volume.class)).isEqualTo(v);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"title\":\"x | the input ends inside a text (a closing '\"' is missing)",
        "{\"tit | the input ends inside a property name",
        "{\"year\":1 | the input ends before the object is closed (a '}' is missing)",
        "{\"images\":[ | the input ends before the array is closed (a ']' is missing)",
        "{\"year\": | the input ends before the JSON value does",
      })
  void truncated_isRejected_sayingWhereTheInputEnded(String cut, String reason) {
    assertThat(decodeError(cut).reason()).isEqualTo(reason);
  }

  @Test
  void wrongType_textForNumber_isNotCoerced() {
    JsonDecodeException e = decodeError(GOOD.replace("\"year\":2024", "\"year\":\"2024\""));
    assertThat(e.pointer()).isEqualTo("/year");
    assertThat(e.reason()).isEqualTo("expected an integer, got \"2024\"");
  }

  @Test
  void wrongType_numberForText_isNotCoerced() {
    JsonDecodeException e = decodeError(GOOD.replace("\"title\":\"张某某养老保险待遇核定\"", "\"title\":12"));
    assertThat(e.pointer()).isEqualTo("/title");
    assertThat(e.reason()).isEqualTo("expected a string, got \"12\"");
  }

  @Test
  void wrongType_objectForArray() {
    JsonDecodeException e = decodeError(GOOD.replaceFirst("\"pages\":\\[1,2\\]", "\"pages\":{}"));
    assertThat(e.pointer()).isEqualTo("/items/0/pages");
    assertThat(e.reason()).startsWith("expected an array");
  }

  @Test
  void wrongType_floatForInteger() {
    JsonDecodeException e = decodeError(GOOD.replace("\"dpi\":300", "\"dpi\":300.5"));
    assertThat(e.pointer()).isEqualTo("/images/0/dpi");
    assertThat(e.reason()).isEqualTo("expected an integer, got \"300.5\"");
  }

  @Test
  void negativeCount_namesPointerRangeAndValue() {
    JsonDecodeException e =
        decodeError(GOOD.replaceFirst("\"registeredPages\":2", "\"registeredPages\":-1"));
    assertThat(e.pointer()).isEqualTo("/catalogue/0/registeredPages");
    assertThat(e.reason())
        .isEqualTo("Invalid value for registeredPages (valid values 0 - 9999): -1");
  }

  @Test
  void negativePageNumber_namesTheArrayElement() {
    JsonDecodeException e =
        decodeError(GOOD.replaceFirst("\"pages\":\\[1,2\\]", "\"pages\":[1,-2]"));
    assertThat(e.pointer()).isEqualTo("/items/0/pages/1");
    assertThat(e.reason()).isEqualTo("Invalid value for number (valid values 0 - 9999): -2");
  }

  @Test
  void impossibleDate_isRejected() {
    String withDate =
        GOOD.replace("\"checker\":\"王检查\"", "\"checker\":\"王检查\",\"arrangedOn\":\"2024-02-30\"");
    JsonDecodeException e = decodeError(withDate);
    assertThat(e.pointer()).isEqualTo("/arrangedOn");
    assertThat(e.reason()).isEqualTo("expected a date YYYY-MM-DD, got \"2024-02-30\"");
  }

  @Test
  void dateAsArray_isRejected() {
    String withDate =
        GOOD.replace("\"checker\":\"王检查\"", "\"checker\":\"王检查\",\"arrangedOn\":[2024,2,1]");
    JsonDecodeException e = decodeError(withDate);
    assertThat(e.pointer()).isEqualTo("/arrangedOn");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 70_000})
  void hugeString_isRefusedWhereItIs_inWordsThatDoNotDependOnItsLength(int over) {
    // Jackson reports the length it had buffered when it stopped, which varies with the input's
    // chunking; the message must not, or a parallel run would word a line differently.
    String huge = "x".repeat(ArchiveJson.MAX_STRING_LENGTH + over);
    JsonDecodeException e = decodeError(GOOD.replace("张某某养老保险待遇核定", huge));
    assertThat(e.pointer()).isEqualTo("/title");
    assertThat(e.reason())
        .isEqualTo("a text longer than 1048576 characters; longer ones are not read");
  }

  @Test
  void overLongPropertyName_isRefusedInFixedWords() {
    String name = "k".repeat(300);
    JsonDecodeException e = decodeError(GOOD.replace("\"checker\":", "\"" + name + "\":"));
    assertThat(e.reason())
        .isEqualTo("a property name longer than 256 characters; longer ones are not read");
  }

  @Test
  void longStringWithinLimits_isRefusedByTheField() {
    JsonDecodeException e = decodeError(GOOD.replace("张某某养老保险待遇核定", "题".repeat(501)));
    assertThat(e.pointer()).isEqualTo("/title");
    assertThat(e.reason())
        .startsWith("Invalid value for title (1 - 500 characters, not blank): \"题题");
  }

  @Test
  void deepNesting_inAVolume_isRejectedAtTheFirstLevel() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    JsonDecodeException e = decodeError(GOOD.replace("\"checker\":\"王检查\"", "\"checker\":" + deep));
    assertThat(e.pointer()).isEqualTo("/checker");
    assertThat(e.reason()).isEqualTo("expected a string, got an array");
  }

  @Test
  void deepNesting_isBoundedForTreeReaders() {
    String deep =
        "[".repeat(ArchiveJson.MAX_NESTING_DEPTH + 1)
            + "]".repeat(ArchiveJson.MAX_NESTING_DEPTH + 1);
    assertThatThrownBy(() -> org.siarchive.core.internal.json.StrictMapper.create().readTree(deep))
        .hasMessageContaining("Document nesting depth (33) exceeds the maximum allowed (32");
  }

  @Test
  void unknownProperty_isNamed() {
    JsonDecodeException e =
        decodeError(GOOD.replace("\"year\":2024", "\"year\":2024,\"yaer\":2024"));
    assertThat(e.pointer()).isEqualTo("/yaer");
    assertThat(e.reason()).isEqualTo("unknown property \"yaer\"");
  }

  @Test
  void unknownNestedProperty_isNamed() {
    JsonDecodeException e =
        decodeError(GOOD.replaceFirst("\"blank\":false", "\"blank\":false,\"skew\":2"));
    assertThat(e.pointer()).isEqualTo("/images/0/skew");
  }

  @Test
  void duplicateKey_isRejected() {
    JsonDecodeException e =
        decodeError(GOOD.replace("\"year\":2024", "\"year\":2024,\"year\":2025"));
    assertThat(e.pointer()).isEqualTo("/year");
    assertThat(e.reason()).isEqualTo("Duplicate field 'year'");
  }

  @Test
  void trailingTokens_areRejected() {
    JsonDecodeException e = decodeError(GOOD + " {}");
    assertThat(e.pointer()).isEmpty();
    assertThat(e.reason()).isEqualTo("unexpected content after the end of the JSON value");
  }

  @Test
  void missingRequiredProperty_isNamed() {
    JsonDecodeException e = decodeError(GOOD.replace("\"year\":2024,", ""));
    assertThat(e.pointer()).isEqualTo("/year");
    assertThat(e.reason()).isEqualTo("missing required property \"year\"");
  }

  @Test
  void missingNestedRequiredProperty_isNamed() {
    JsonDecodeException e =
        decodeError(
            GOOD.replaceFirst("\"illegible\":false", "\"illegible\":false")
                .replaceFirst(",\"blank\":false", ""));
    assertThat(e.pointer()).isEqualTo("/images/0/blank");
    assertThat(e.reason()).isEqualTo("missing required property \"blank\"");
  }

  @Test
  void nullForPrimitive_isRejected() {
    JsonDecodeException e = decodeError(GOOD.replace("\"year\":2024", "\"year\":null"));
    assertThat(e.pointer()).isEqualTo("/year");
    assertThat(e.reason()).isEqualTo("expected an integer, got null");
  }

  @Test
  void nullForRequiredText_namesTheField() {
    JsonDecodeException e =
        decodeError(GOOD.replace("\"title\":\"张某某养老保险待遇核定\"", "\"title\":null"));
    assertThat(e.pointer()).isEqualTo("/title");
    assertThat(e.reason()).isEqualTo("Invalid value for title (required): null");
  }

  @Test
  void unknownEnumValue_listsTheValues() {
    JsonDecodeException e =
        decodeError(GOOD.replaceFirst("\"format\":\"TIFF\"", "\"format\":\"HEIC\""));
    assertThat(e.pointer()).isEqualTo("/images/0/format");
    assertThat(e.reason())
        .startsWith("expected one of [TIFF, JPEG, JPEG2000")
        .endsWith("got \"HEIC\"");
  }

  @Test
  void unknownRetentionCode_isNamed() {
    JsonDecodeException e =
        decodeError(GOOD.replace("\"retention\":\"D30\"", "\"retention\":\"D20\""));
    assertThat(e.pointer()).isEqualTo("/retention");
    assertThat(e.reason())
        .isEqualTo(
            "Invalid value for retention (one of Y, D10, D30, D50, D100, defers-to:NAME): \"D20\"");
  }

  @Test
  void wrongSchemaVersion_isRejected() {
    JsonDecodeException e = decodeError(GOOD.replace("\"schemaVersion\":1", "\"schemaVersion\":2"));
    assertThat(e.pointer()).isEqualTo("/schemaVersion");
    assertThat(e.reason()).isEqualTo("Invalid value for schemaVersion (this library reads 1): 2");
  }

  @Test
  void invalidCitizenId_isMaskedInTheMessage() {
    JsonDecodeException e = decodeError(GOOD.replace("11010519491231002X", "110105194912310021"));
    assertThat(e.pointer()).isEqualTo("/person");
    assertThat(e.reason())
        .isEqualTo(
            "Invalid value for citizenId (check character does not match the first 17 characters): 110105********0021");
    assertThat(e.getMessage()).doesNotContain("110105194912310021");
  }

  @Test
  void citizenIdWhereANumberBelongs_isMaskedToo() {
    JsonDecodeException e =
        decodeError(GOOD.replace("\"title\":\"张某某养老保险待遇核定\"", "\"title\":110105194912310021"));
    assertThat(e.getMessage()).doesNotContain("110105194912310021").contains("110105********0021");
  }

  @Test
  void personAsNumber_isMaskedWhole() {
    JsonDecodeException e = decodeError(GOOD.replace("\"11010519491231002X\"", "true"));
    assertThat(e.pointer()).isEqualTo("/person");
  }

  @Test
  void byteOrderMark_inASingleDocument_isRejected() {
    JsonDecodeException e = decodeError("\uFEFF" + GOOD);
    assertThat(e.pointer()).isEmpty();
    assertThat(e.reason())
        .isEqualTo(
            "byte-order mark (U+FEFF) before the JSON value; only the start of a JSON Lines file may"
                + " carry one");
  }

  @Test
  void invalidUtf8_isRejected() {
    byte[] bytes = GOOD.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    int at = GOOD.indexOf("李档案");
    byte[] bad = bytes.clone();
    // 李 is 3 bytes in UTF-8; break its lead byte into an invalid one.
    bad[
            new String(GOOD.substring(0, at))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)
                .length] =
        (byte) 0xFF;
    assertThatThrownBy(() -> ArchiveJson.readVolume(bad))
        .isInstanceOf(JsonDecodeException.class)
        .satisfies(
            ex -> {
              JsonDecodeException d = (JsonDecodeException) ex;
              assertThat(d.reason()).contains("Invalid UTF-8");
              assertThat(d.pointer()).isEqualTo("/arranger");
            });
  }
}
