package org.siarchive.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.siarchive.core.id.Masking;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts every date option: ISO {@code 2012-05-04} or the catalogue's own form {@code 20120504},
 * both strict (no 30 February); anything else is a usage error that shows the two forms.
 */
final class DateConverter implements ITypeConverter<LocalDate> {
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter CATALOGUE =
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

  @Override
  public LocalDate convert(String value) {
    String t = value.strip();
    try {
      return LocalDate.parse(t, t.length() == 8 ? CATALOGUE : ISO);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          "a date, YYYY-MM-DD or YYYYMMDD (e.g. 2012-05-04 or 20120504): "
              + Masking.excerpt(value));
    }
  }
}
