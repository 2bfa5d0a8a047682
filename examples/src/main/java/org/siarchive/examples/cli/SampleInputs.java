package org.siarchive.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.siarchive.core.id.Masking;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The argument checks and input files of the {@code sample} commands: every failure names the
 * option (exit 2) or the file and line (exit 1).
 */
final class SampleInputs {
  /**
   * The most significant digits and decimal places a decimal option may have: enough for any rate
   * or ratio a person means, and a bound on the cost of exact arithmetic with it ({@code
   * 1e-100000000} would otherwise take minutes and gigabytes).
   */
  static final int MAX_DECIMAL_DIGITS = 34;

  private SampleInputs() {}

  static ParameterException invalid(
      CommandSpec spec, String option, Object value, String constraint) {
    return new ParameterException(
        spec.commandLine(),
        String.format(
            Locale.ROOT,
            "Invalid value for option '%s' (%s): %s",
            option,
            constraint,
            Masking.excerpt(String.valueOf(value))));
  }

  /**
   * A decimal in a range, or a percentage ({@code 5%} is 0.05, {@code 97.5%} is 0.975); the bounds
   * are inclusive when the flags say so. A refusal shows both accepted forms.
   */
  static BigDecimal decimal(
      CommandSpec spec,
      String option,
      String text,
      BigDecimal low,
      boolean lowInclusive,
      BigDecimal high,
      boolean highInclusive) {
    String constraint =
        String.format(
            Locale.ROOT,
            "a decimal, valid values %s%s - %s%s, or a percentage such as 5%%",
            lowInclusive ? "" : "> ",
            low.toPlainString(),
            high.toPlainString(),
            highInclusive ? "" : " exclusive");
    BigDecimal v;
    String t = text.strip();
    try {
      v =
          t.endsWith("%")
              ? new BigDecimal(t.substring(0, t.length() - 1).strip()).movePointLeft(2)
              : new BigDecimal(t);
    } catch (NumberFormatException | ArithmeticException e) {
      throw invalid(spec, option, text, constraint);
    }
    if (v.precision() > MAX_DECIMAL_DIGITS
        || v.scale() > MAX_DECIMAL_DIGITS
        || v.scale() < -MAX_DECIMAL_DIGITS) {
      throw invalid(
          spec,
          option,
          text,
          String.format(
              Locale.ROOT,
              "a decimal of at most %d significant digits and %d decimal places",
              MAX_DECIMAL_DIGITS,
              MAX_DECIMAL_DIGITS));
    }
    int lo = v.compareTo(low);
    int hi = v.compareTo(high);
    if (lo < 0 || (lo == 0 && !lowInclusive) || hi > 0 || (hi == 0 && !highInclusive)) {
      throw invalid(spec, option, text, constraint);
    }
    return v;
  }

  static long atLeast(CommandSpec spec, String option, long value, long min) {
    if (value < min) {
      throw invalid(spec, option, value, "valid values >= " + min);
    }
    return value;
  }

  static Path existingFile(CommandSpec spec, String option, Path file) {
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw invalid(spec, option, file, "a readable file");
    }
    return file;
  }

  /** One non-empty value per line; an empty line is a bad record. */
  static List<String> lines(CommandSpec spec, String option, Path file) {
    existingFile(spec, option, file);
    List<String> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isEmpty()) {
          throw new InputRecordException(
              String.format(Locale.ROOT, "%s:%d: empty line (one id per line)", file, number));
        }
        out.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
    return out;
  }
}
