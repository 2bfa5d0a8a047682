package org.siarchive.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.siarchive.core.testing.ModelGenerators;

/**
 * The hand-written readings and writings that checks call for every catalogue entry, against the
 * JDK's own: {@link CatalogEntry#parsedDate()} against the strict {@code uuuuMMdd} formatter, and
 * {@link ArchivalCode#format()} against {@link String#format}.
 */
class ParsedFormsProperties {
  private static final DateTimeFormatter STRICT =
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

  private static Optional<LocalDate> oracle(String date) {
    if (date.length() != 8) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(date, STRICT));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * Mostly eight digits near real dates; sometimes a sign, a letter or a non-ASCII digit, or fewer
   * characters.
   */
  private static Gen<String> registeredDates() {
    String other = "+-aZ０١.";
    return in -> {
      int year = integers().between(0, 9999).generate(in);
      int month = integers().between(0, 13).generate(in);
      int day = integers().between(0, 32).generate(in);
      StringBuilder b =
          new StringBuilder(String.format(Locale.ROOT, "%04d%02d%02d", year, month, day));
      if (integers().between(0, 9).generate(in) == 0) {
        b.setCharAt(
            integers().between(0, 7).generate(in),
            other.charAt(integers().between(0, other.length() - 1).generate(in)));
      }
      if (integers().between(0, 19).generate(in) == 0) {
        b.setLength(integers().between(1, 7).generate(in));
      }
      return b.toString();
    };
  }

  private static CatalogEntry entry(String date) {
    return new CatalogEntry(1, null, "M-PENSION-APPLICATION", "题名", date, "和平分中心", null, 1);
  }

  @Test
  void parsedDate_isWhatTheStrictFormatterReads() {
    qt().withFixedSeed(20261202L)
        .withExamples(20_000)
        .forAll(registeredDates())
        .checkAssert(d -> assertThat(entry(d).parsedDate()).as(d).isEqualTo(oracle(d)));
  }

  @Test
  void parsedDate_examples() {
    assertThat(entry("20240229").parsedDate()).contains(LocalDate.of(2024, 2, 29));
    assertThat(entry("20230229").parsedDate()).isEmpty();
    assertThat(entry("20241301").parsedDate()).isEmpty();
    assertThat(entry("2024-3-1").parsedDate()).isEmpty();
    assertThat(entry(null).parsedDate()).isEmpty();
  }

  @Test
  void format_isWhatStringFormatWrites() {
    qt().withFixedSeed(11L)
        .withExamples(2_000)
        .forAll(ModelGenerators.archivalCodes())
        .checkAssert(
            c ->
                assertThat(c.format())
                    .isEqualTo(
                        c.organisation() == null
                            ? String.format(
                                Locale.ROOT,
                                "%s-%s\u00b7%04d-%s-%04d",
                                c.fonds(),
                                c.category(),
                                c.year(),
                                c.period().code(),
                                c.itemNumber())
                            : String.format(
                                Locale.ROOT,
                                "%s-%s\u00b7%04d-%s-%s-%04d",
                                c.fonds(),
                                c.category(),
                                c.year(),
                                c.period().code(),
                                c.organisation(),
                                c.itemNumber())));
  }

  @Test
  void tryParse_readsWhatFormatWrites_andRefusesItemZero() {
    qt().withFixedSeed(12L)
        .withExamples(2_000)
        .forAll(ModelGenerators.archivalCodes())
        .checkAssert(c -> assertThat(ArchivalCode.tryParse(c.format())).contains(c));
    assertThat(ArchivalCode.tryParse("J001-SB·2024-D30-YL-0000")).isEmpty();
    assertThat(ArchivalCode.tryParse("J001-SB-2024-D30-YL-0001")).isEmpty();
  }
}
