package org.siarchive.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.id.CreditCode;
import org.siarchive.core.ledger.CanonicalJson;
import org.siarchive.core.ledger.HashAlgorithm;
import org.siarchive.core.model.BusinessType;
import org.siarchive.core.model.CatalogEntry;
import org.siarchive.core.model.Item;
import org.siarchive.core.model.PageImage;
import org.siarchive.core.model.Volume;
import org.siarchive.core.testing.Fixtures;
import org.siarchive.core.testing.ModelGenerators;

/**
 * {@link ArchiveJson#writeCanonicalVolumeBytes} against the tree writer it replaces on the hot path
 * of the package digest: RFC 8785 over the parsed tree of {@link ArchiveJson#writeVolumeBytes}
 * ({@link CanonicalJson}, itself checked against the RFC's examples). Same bytes, or the same
 * refusal, for every volume.
 */
class CanonicalVolumeProperties {

  /** Every ASCII character, DEL, a few BMP characters, a pair and both lone surrogates. */
  private static final String HOSTILE =
      asciiAndMore() + "\u007f\u0080\u00e9\u2028\u2029\ufeff\uffff档\ud83d\ude00\ud800\udc00";

  private static String asciiAndMore() {
    StringBuilder b = new StringBuilder();
    for (char c = 0; c < 0x80; c++) {
      b.append(c);
    }
    return b.toString();
  }

  private static byte[] oracle(Volume v) {
    return CanonicalJson.toBytes(CanonicalJson.parse(ArchiveJson.writeVolumeBytes(v)));
  }

  @Test
  void anyValidVolume_givesTheTreeWritersBytes() {
    qt().withFixedSeed(20261202L)
        .withExamples(400)
        .forAll(ModelGenerators.volumes())
        .checkAssert(
            v -> assertThat(ArchiveJson.writeCanonicalVolumeBytes(v)).isEqualTo(oracle(v)));
  }

  @Test
  void hostileTexts_giveTheTreeWritersBytesOrItsRefusal() {
    qt().withFixedSeed(7L)
        .withExamples(400)
        .forAll(ModelGenerators.volumes(), hostileTexts(), hostileTexts())
        .checkAssert(
            (v, title, checker) -> {
              Volume hostile = retitled(v, title, checker);
              Throwable expected = catchThrowable(() -> oracle(hostile));
              if (expected == null) {
                assertThat(ArchiveJson.writeCanonicalVolumeBytes(hostile))
                    .isEqualTo(oracle(hostile));
              } else {
                assertThat(catchThrowable(() -> ArchiveJson.writeCanonicalVolumeBytes(hostile)))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage(expected.getMessage());
              }
            });
  }

  @Test
  void everyMemberTheGeneratorLeavesOut_givesTheTreeWritersBytes() {
    // A sub-centre's name and a deferring retention period, which the general generator never
    // sets, with hostile texts in both.
    qt().withFixedSeed(20261203L)
        .withExamples(300)
        .forAll(ModelGenerators.volumes(), ModelGenerators.periods(), hostileTexts())
        .checkAssert(
            (v, period, name) -> {
              Volume full = v.toBuilder().subCenterName(name).retention(period).build();
              Throwable expected = catchThrowable(() -> oracle(full));
              if (expected == null) {
                assertThat(ArchiveJson.writeCanonicalVolumeBytes(full)).isEqualTo(oracle(full));
              } else {
                assertThat(catchThrowable(() -> ArchiveJson.writeCanonicalVolumeBytes(full)))
                    .hasMessage(expected.getMessage());
              }
            });
  }

  @Test
  void aVolumeWithEveryMemberSet_writesEveryComponentOfTheRecords() {
    // A member the schema gains and the writer lacks shows here, whatever the generators set.
    Volume clean = Fixtures.cleanVolume();
    CatalogEntry e = clean.catalogue().get(0);
    Volume v =
        clean.toBuilder()
            .subCenterName("和平分中心")
            .employer(CreditCode.of("91350100M000100Y43"))
            .arranger("张三")
            .checker("李四")
            .arrangedOn(LocalDate.of(2025, 2, 1))
            .catalogue(
                List.of(
                    new CatalogEntry(
                        e.itemNumber(),
                        "T001-SB·2024-Y-SC01-0001",
                        e.materialCode(),
                        e.title(),
                        e.date(),
                        e.responsibleParty(),
                        "津社保〔2024〕1号",
                        e.registeredPages())))
            .build();
    JsonNode tree = CanonicalJson.parse(ArchiveJson.writeCanonicalVolumeBytes(v));
    assertThat(tree).isEqualTo(CanonicalJson.parse(ArchiveJson.writeVolumeBytes(v)));
    assertThat(names(tree)).isEqualTo(components(VolumeJson.class));
    assertThat(names(tree.get("businessType"))).isEqualTo(components(BusinessType.class));
    assertThat(names(tree.get("catalogue").get(0))).isEqualTo(components(CatalogEntry.class));
    assertThat(names(tree.get("items").get(0))).isEqualTo(components(Item.class));
    assertThat(names(tree.get("images").get(0))).isEqualTo(components(PageImage.class));
  }

  private static Set<String> names(JsonNode object) {
    Set<String> names = new TreeSet<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static Set<String> components(Class<? extends Record> type) {
    Set<String> names = new TreeSet<>();
    for (RecordComponent c : type.getRecordComponents()) {
      names.add(c.getName());
    }
    return names;
  }

  @Test
  void controlCharacters_areEscapedAsRfc8785Does() {
    Volume v =
        retitled(Fixtures.cleanVolume(), "a\u0001\u001f\"\\\b\t\n\f\r/\u007f\ud83d\ude00z", "检查人");
    String text = new String(ArchiveJson.writeCanonicalVolumeBytes(v), StandardCharsets.UTF_8);
    assertThat(text)
        .contains("\"title\":\"a\\u0001\\u001f\\\"\\\\\\b\\t\\n\\f\\r/\u007f\ud83d\ude00z\"")
        .contains("\"checker\":\"检查人\"");
    assertThat(CanonicalJson.isCanonical(text.getBytes(StandardCharsets.UTF_8))).isTrue();
  }

  @Test
  void aRecordFarLargerThanTheWritersBuffer_givesTheTreeWritersBytes() {
    // Four hundred catalogue rows with titles of 500 characters whose UTF-8 runs from one to
    // four bytes (U+0800 is the first of three, U+10FFFD in the last plane): the buffer grows
    // inside texts, names and numbers, more than once, and is not kept for the thread's next
    // record.
    String title = "档" + "a\u00e9\u0800\udbff\udffd\u0001".repeat(83) + "z";
    CatalogEntry first = Fixtures.cleanVolume().catalogue().get(0);
    List<CatalogEntry> rows = new ArrayList<>();
    for (int i = 1; i <= 400; i++) {
      rows.add(
          new CatalogEntry(
              i,
              first.archivalCode(),
              first.materialCode(),
              title,
              first.date(),
              first.responsibleParty(),
              first.documentNumber(),
              i % 7));
    }
    Volume v = Fixtures.cleanVolume().toBuilder().catalogue(rows).build();
    byte[] written = ArchiveJson.writeCanonicalVolumeBytes(v);
    assertThat(written.length).isGreaterThan(1 << 16);
    assertThat(written).isEqualTo(oracle(v));
    MessageDigest md = HashAlgorithm.SHA_256.newMessageDigest();
    ArchiveJson.writeCanonicalVolume(v, md);
    assertThat(md.digest()).isEqualTo(HashAlgorithm.SHA_256.newMessageDigest().digest(written));
    // The next record on this thread is written as it would be alone.
    Volume small = Fixtures.cleanVolume();
    assertThat(ArchiveJson.writeCanonicalVolumeBytes(small)).isEqualTo(oracle(small));
  }

  @Test
  void numbersOnEitherSideOfEveryPowerOfTen_giveTheTreeWritersBytes() {
    // The writer counts a number's digits before it writes them: 0, 10^k - 1 and 10^k up to
    // 10^12, and 2^40, the largest file size the model takes.
    Volume clean = Fixtures.cleanVolume();
    PageImage image = clean.images().get(0);
    List<Long> sizes = new ArrayList<>(List.of(0L, 1L << 40));
    for (long ten = 10; ten <= 1_000_000_000_000L; ten *= 10) {
      sizes.add(ten - 1);
      sizes.add(ten);
    }
    List<PageImage> images = new ArrayList<>();
    for (int i = 0; i < sizes.size(); i++) {
      images.add(image.withSequence(i + 1).withByteSize(sizes.get(i)));
    }
    Volume v = clean.toBuilder().images(images).build();
    String written = new String(ArchiveJson.writeCanonicalVolumeBytes(v), StandardCharsets.UTF_8);
    assertThat(written).contains("\"byteSize\":999999999999,", "\"byteSize\":1099511627776,");
    assertThat(written.getBytes(StandardCharsets.UTF_8)).isEqualTo(oracle(v));
  }

  @Test
  void aLoneSurrogate_isRefusedNamingItsPointer() {
    Volume v = retitled(Fixtures.cleanVolume(), "档\ud800案", "检查人");
    assertThat(catchThrowable(() -> ArchiveJson.writeCanonicalVolumeBytes(v)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("/title")
        .hasMessage(catchThrowable(() -> oracle(v)).getMessage());
  }

  @Test
  void writeCanonicalVolume_feedsEachAlgorithmTheTreeWritersBytes() {
    qt().withFixedSeed(20261207L)
        .withExamples(200)
        .forAll(ModelGenerators.volumes())
        .checkAssert(
            v -> {
              for (HashAlgorithm a : HashAlgorithm.values()) {
                MessageDigest md = a.newMessageDigest();
                ArchiveJson.writeCanonicalVolume(v, md);
                assertThat(md.digest())
                    .as(a.label())
                    .isEqualTo(a.newMessageDigest().digest(oracle(v)));
              }
            });
  }

  @Test
  void writeCanonicalVolume_refusesALoneSurrogateAsTheWriterDoes_leavingTheDigest() {
    Volume v = retitled(Fixtures.cleanVolume(), "档\ud800案", "检查人");
    MessageDigest md = HashAlgorithm.SHA_256.newMessageDigest();
    assertThat(catchThrowable(() -> ArchiveJson.writeCanonicalVolume(v, md)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(catchThrowable(() -> ArchiveJson.writeCanonicalVolumeBytes(v)).getMessage());
    assertThat(md.digest()).isEqualTo(HashAlgorithm.SHA_256.newMessageDigest().digest());
  }

  private static Volume retitled(Volume v, String title, String checker) {
    return v.toBuilder().title(title).checker(checker).build();
  }

  /** Texts of 1 to 12 characters over {@link #HOSTILE}, never blank. */
  private static Gen<String> hostileTexts() {
    return in -> {
      int n = integers().between(1, 12).generate(in);
      StringBuilder b = new StringBuilder("档");
      for (int i = 0; i < n; i++) {
        b.append(HOSTILE.charAt(integers().between(0, HOSTILE.length() - 1).generate(in)));
      }
      return b.toString();
    };
  }
}
