package org.siarchive.examples.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  /**
   * One id per line, in UTF-8: a byte-order mark before the first id is dropped; an empty or blank
   * line, an id with spaces at its ends, an id given twice, bytes that are not UTF-8 (a UTF-16 file
   * among them) are bad records (exit 1) naming the file and line, ids masked.
   */
  static List<String> lines(CommandSpec spec, String option, Path file) {
    InputFiles.require(spec, option, file);
    List<String> out = new ArrayList<>();
    Map<String, Integer> lineOf = new HashMap<>();
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder(); // reports malformed input
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      int number = 0;
      for (int b = in.read(); b != -1 || bytes.size() > 0; b = in.read()) {
        if (b != -1 && b != '\n') {
          bytes.write(b);
          continue;
        }
        number++;
        byte[] raw = bytes.toByteArray();
        bytes.reset();
        int length = raw.length > 0 && raw[raw.length - 1] == '\r' ? raw.length - 1 : raw.length;
        if (number == 1 && length >= 2 && isUtf16Mark(raw[0], raw[1])) {
          throw badLine(
              file, number, "UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8");
        }
        String line;
        try {
          line = utf8.decode(ByteBuffer.wrap(raw, 0, length)).toString();
        } catch (CharacterCodingException e) {
          throw badLine(file, number, "not UTF-8 (ids are read as UTF-8, one per line)");
        }
        if (number == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          throw badLine(
              file, number, (line.isEmpty() ? "empty" : "blank") + " line (one id per line)");
        }
        if (!line.strip().equals(line)) {
          throw badLine(file, number, "spaces at the ends of the id " + Masking.quoted(line));
        }
        Integer first = lineOf.putIfAbsent(line, number);
        if (first != null) {
          throw badLine(file, number, Masking.quoted(line) + " repeats line " + first);
        }
        out.add(line);
        if (b == -1) {
          break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
    return out;
  }

  private static boolean isUtf16Mark(byte first, byte second) {
    int a = first & 0xFF;
    int b = second & 0xFF;
    return (a == 0xFF && b == 0xFE) || (a == 0xFE && b == 0xFF);
  }

  private static InputRecordException badLine(Path file, int number, String what) {
    return new InputRecordException(String.format(Locale.ROOT, "%s:%d: %s", file, number, what));
  }
}
