package org.siarchive.rules.retention;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Test editions: fictional local editions and an accounting table, under {@code fixtures/}. */
final class Fixtures {
  static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

  private Fixtures() {}

  static String text(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("fixtures/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The bundled editions plus the fixtures named, loaded in order. */
  static RetentionSchedules withFixtures(String... names) {
    RetentionSchedules s = RetentionSchedules.withBundledEditions();
    for (String name : names) {
      s.load(stream(text(name)), name);
    }
    return s;
  }

  /** The national edition's JSON with its edition renamed, so it loads beside the bundled one. */
  static String nationalAs(String edition, String effectiveFrom) {
    return RetentionSchedules.withBundledEditions()
        .edition(RetentionSchedules.NATIONAL, "2009")
        .toJson()
        .replace("\"edition\" : \"2009\"", "\"edition\" : \"" + edition + "\"")
        .replace(
            "\"effectiveFrom\" : \"2009-09-01\"", "\"effectiveFrom\" : \"" + effectiveFrom + "\"");
  }
}
