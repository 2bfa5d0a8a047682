package org.siarchive.rules.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Properties;

/**
 * The version of this library, for the report's header: read from {@code tool.properties}, which
 * the build fills with the project's version (Maven resource filtering), so it is right in a jar,
 * on a class path of directories and on a module path alike.
 */
final class ToolVersion {
  static final String VERSION = read();

  private ToolVersion() {}

  private static String read() {
    Properties p = new Properties();
    try (InputStream in = ToolVersion.class.getResourceAsStream("tool.properties")) {
      p.load(Objects.requireNonNull(in, "tool.properties of org.siarchive.rules.report"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String v = p.getProperty("version");
    if (v == null || v.isBlank() || v.startsWith("${")) {
      throw new IllegalStateException(
          "tool.properties of org.siarchive.rules.report: version not filled in by the build: "
              + v);
    }
    return v;
  }
}
