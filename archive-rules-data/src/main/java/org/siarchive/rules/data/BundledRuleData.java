package org.siarchive.rules.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Properties;
import org.siarchive.core.ruledata.provider.RuleDataProvider;
import org.siarchive.core.ruledata.provider.RuleTables;

/**
 * The provider of the bundled tables: serves the index and the files next to this class, and the
 * data release's version that the build records in {@code release.properties}. Stateless apart from
 * the version, read once; thread-safe.
 */
public final class BundledRuleData implements RuleDataProvider {
  private static final String VERSION = readVersion();

  /** The provider, as {@link java.util.ServiceLoader} creates it. */
  public BundledRuleData() {}

  @Override
  public String name() {
    return RuleTables.BUNDLED;
  }

  @Override
  public String version() {
    return VERSION;
  }

  @Override
  public InputStream open(String resource) {
    Objects.requireNonNull(resource, "resource");
    return BundledRuleData.class.getResourceAsStream(resource);
  }

  private static String readVersion() {
    try (InputStream in = BundledRuleData.class.getResourceAsStream("release.properties")) {
      if (in == null) {
        throw new IllegalStateException("release.properties is missing from " + RuleTables.BUNDLED);
      }
      Properties p = new Properties();
      p.load(in);
      return Objects.requireNonNull(p.getProperty("version"), "version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
