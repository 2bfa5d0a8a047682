package org.siarchive.core.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.siarchive.core.id.CitizenId;
import org.siarchive.core.id.CreditCode;
import org.siarchive.core.model.ArchivalCode;
import org.siarchive.core.model.BusinessType;
import org.siarchive.core.model.CatalogEntry;
import org.siarchive.core.model.ColourMode;
import org.siarchive.core.model.ImageFormat;
import org.siarchive.core.model.InsuranceLine;
import org.siarchive.core.model.Item;
import org.siarchive.core.model.Page;
import org.siarchive.core.model.PageImage;
import org.siarchive.core.model.RetentionPeriod;
import org.siarchive.core.model.SealKind;
import org.siarchive.core.model.Volume;

/**
 * QuickTheories generators of arbitrary valid model values, shared with the other modules' tests
 * through archive-core's test-jar. "Valid" means every constructor accepts the value; the views of
 * a generated volume need not agree (defects are allowed), so these generators exercise the codec
 * and the model, not the checks.
 */
public final class ModelGenerators {
  private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final String TEXT_ALPHABET =
      "abcXYZ 0123456789-_/（）《》·养老医疗工伤失业生育保险待遇核定登记申报表分中心经办人\"\\\t\u00e9\u4e00\ud83d\ude00";

  private ModelGenerators() {}

  /** Valid citizen identity numbers with real birth dates from 1900 to 2025. */
  public static Gen<CitizenId> citizenIds() {
    return in -> {
      StringBuilder b = new StringBuilder(18);
      b.append(String.format(Locale.ROOT, "%06d", integers().between(110000, 659999).generate(in)));
      LocalDate birth =
          LocalDate.ofEpochDay(
              integers()
                  .between(
                      (int) LocalDate.of(1900, 1, 1).toEpochDay(),
                      (int) LocalDate.of(2025, 12, 31).toEpochDay())
                  .generate(in));
      b.append(
          String.format(
              Locale.ROOT,
              "%04d%02d%02d",
              birth.getYear(),
              birth.getMonthValue(),
              birth.getDayOfMonth()));
      b.append(String.format(Locale.ROOT, "%03d", integers().between(0, 999).generate(in)));
      b.append(CitizenId.checkCharacter(b));
      return CitizenId.of(b.toString());
    };
  }

  /** 17 characters of the credit-code alphabet. */
  public static Gen<String> creditCodePrefixes() {
    return in -> {
      StringBuilder b = new StringBuilder(17);
      for (int i = 0; i < 17; i++) {
        b.append(
            CREDIT_ALPHABET.charAt(
                integers().between(0, CREDIT_ALPHABET.length() - 1).generate(in)));
      }
      return b.toString();
    };
  }

  /** Valid unified social credit codes. */
  public static Gen<CreditCode> creditCodes() {
    return creditCodePrefixes().map(p -> CreditCode.of(p + CreditCode.checkCharacter(p)));
  }

  /** Fixed and permanent retention periods (the ones an archival code can carry). */
  public static Gen<RetentionPeriod> codablePeriods() {
    return Generate.pick(
        List.<RetentionPeriod>of(
            RetentionPeriod.PERMANENT,
            RetentionPeriod.ofYears(10),
            RetentionPeriod.ofYears(30),
            RetentionPeriod.ofYears(50),
            RetentionPeriod.ofYears(100)));
  }

  /** Every kind of retention period, deferring ones included. */
  public static Gen<RetentionPeriod> periods() {
    return codablePeriods().mix(texts(1, 30).map(RetentionPeriod::defersTo), 20);
  }

  /** Codes of {@code length} characters over digits and upper-case letters. */
  public static Gen<String> codes(int minLength, int maxLength) {
    String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    return in -> {
      int n = integers().between(minLength, maxLength).generate(in);
      StringBuilder b = new StringBuilder(n);
      for (int i = 0; i < n; i++) {
        b.append(alphabet.charAt(integers().between(0, alphabet.length() - 1).generate(in)));
      }
      return b.toString();
    };
  }

  /** Valid archival codes, with and without an organisation level. */
  public static Gen<ArchivalCode> archivalCodes() {
    return in ->
        new ArchivalCode(
            codes(4, 4).generate(in),
            codes(2, 2).map(s -> s.replaceAll("[0-9]", "Q")).generate(in),
            integers().between(1000, 9999).generate(in),
            codablePeriods().generate(in),
            booleans().all().generate(in) ? null : codes(1, 10).generate(in),
            integers().between(1, 9999).generate(in));
  }

  /**
   * Texts of 1 to {@code max} characters, Chinese, ASCII, escapes and a surrogate pair, never
   * blank.
   */
  public static Gen<String> texts(int min, int max) {
    return in -> {
      int n = integers().between(min, max).generate(in);
      StringBuilder b = new StringBuilder();
      while (b.length() < n) {
        int i = integers().between(0, TEXT_ALPHABET.length() - 1).generate(in);
        char c = TEXT_ALPHABET.charAt(i);
        if (Character.isHighSurrogate(c)) {
          if (b.length() + 2 > max) {
            continue;
          }
          b.append(c).append(TEXT_ALPHABET.charAt(i + 1));
        } else if (!Character.isLowSurrogate(c)) {
          b.append(c);
        }
      }
      if (b.toString().trim().isEmpty()) {
        b.setCharAt(0, '档');
      }
      return b.toString();
    };
  }

  private static <T> Gen<T> orNull(Gen<T> gen) {
    return in -> booleans().all().generate(in) ? null : gen.generate(in);
  }

  private static Gen<String> materialCodes() {
    return Generate.pick(List.of("M-APPLICATION", "M-ID-COPY", "M-CONTRACT", "M.1", "A0"));
  }

  public static Gen<CatalogEntry> catalogEntries() {
    return in ->
        new CatalogEntry(
            integers().between(1, 9999).generate(in),
            orNull(archivalCodes().map(ArchivalCode::format)).generate(in),
            materialCodes().generate(in),
            texts(1, 60).generate(in),
            orNull(Generate.pick(List.of("20240315", "20230229", "2024-03-15", "19000101")))
                .generate(in),
            texts(1, 20).generate(in),
            orNull(texts(1, 20)).generate(in),
            integers().between(0, 9999).generate(in));
  }

  public static Gen<Item> items() {
    return in -> {
      Set<SealKind> seals = EnumSet.noneOf(SealKind.class);
      for (SealKind k : SealKind.values()) {
        if (booleans().all().generate(in)) {
          seals.add(k);
        }
      }
      int pages = integers().between(0, 8).generate(in);
      List<Page> list = new ArrayList<>();
      for (int i = 0; i < pages; i++) {
        list.add(new Page(integers().between(0, Page.MAX_NUMBER).generate(in)));
      }
      return new Item(
          integers().between(1, 9999).generate(in),
          orNull(materialCodes()).generate(in),
          booleans().all().generate(in),
          seals,
          list);
    };
  }

  public static Gen<PageImage> pageImages() {
    return in -> {
      StringBuilder sha = new StringBuilder(64);
      for (int i = 0; i < 4; i++) {
        sha.append(String.format(Locale.ROOT, "%016x", longs().all().generate(in)));
      }
      return new PageImage(
          integers().between(1, PageImage.MAX_SEQUENCE).generate(in),
          integers().between(1, 9999).generate(in),
          integers().between(0, Page.MAX_NUMBER).generate(in),
          Generate.enumValues(ImageFormat.class).generate(in),
          integers().between(1, 9600).generate(in),
          Generate.enumValues(ColourMode.class).generate(in),
          integers().between(1, 100_000).generate(in),
          integers().between(1, 100_000).generate(in),
          sha.toString(),
          longs().between(0, 1L << 40).generate(in),
          booleans().all().generate(in),
          booleans().all().generate(in));
    };
  }

  public static Gen<BusinessType> businessTypes() {
    return in ->
        new BusinessType(
            Generate.enumValues(InsuranceLine.class).generate(in),
            Generate.pick(List.of("REGISTRATION", "BENEFIT_DETERMINATION", "A", "STEP_2"))
                .generate(in));
  }

  private static <T> Gen<List<T>> lists(Gen<T> element, int max) {
    return in -> {
      int n = integers().between(0, max).generate(in);
      List<T> list = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        list.add(element.generate(in));
      }
      return list;
    };
  }

  /** Arbitrary valid volumes; optional fields are sometimes null, views need not agree. */
  public static Gen<Volume> volumes() {
    return in ->
        Volume.builder()
            .id(codes(1, 20).generate(in) + "-" + integers().between(0, 999_999).generate(in))
            .subCenterId(codes(1, 8).generate(in))
            .year(integers().between(1000, 9999).generate(in))
            .businessType(businessTypes().generate(in))
            .retention(codablePeriods().generate(in))
            .title(texts(1, 80).generate(in))
            .person(orNull(citizenIds()).generate(in))
            .employer(orNull(creditCodes()).generate(in))
            .arranger(orNull(texts(1, 10)).generate(in))
            .checker(orNull(texts(1, 10)).generate(in))
            .arrangedOn(
                orNull(integers().between(-3000, 60000).map(d -> LocalDate.ofEpochDay(d)))
                    .generate(in))
            .catalogue(lists(catalogEntries(), 5).generate(in))
            .items(lists(items(), 5).generate(in))
            .images(lists(pageImages(), 6).generate(in))
            .build();
  }
}
