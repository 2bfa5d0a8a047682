package org.siarchive.core.ruledata.provider;

import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * A source of rule tables, found the way {@code java.time} finds its {@code ZoneRulesProvider}s: by
 * {@link java.util.ServiceLoader}, from {@code
 * META-INF/services/org.siarchive.core.ruledata.RuleDataProvider} on the class path or a {@code
 * provides} clause on the module path. The bundled tables are the provider of the {@code
 * archive-rules-data} artifact; a host adds a newer data artifact, or its own (a city's local
 * edition packaged the same way), beside it, without changing code.
 *
 * <p>A provider serves an index, {@value #INDEX} (format {@code siarchive-rule-index/1}: per table
 * its file, kind, id, edition, format version and SHA-256), and the files it lists. {@link
 * RuleTables} reads every provider's index, refuses the same table edition offered twice with
 * different bytes (naming both providers) and a format newer than the code reads (naming the code
 * version that reads it), and checks each file against its digest when it is read.
 *
 * <pre>{@code
 * public final class TianjinRules implements RuleDataProvider {
 *   public String name() { return "gov.tianjin:tianjin-rule-data"; }
 *   public String version() { return "2027.1.0"; }
 *   public InputStream open(String resource) { return TianjinRules.class.getResourceAsStream(resource); }
 * }
 * // module-info.java: provides org.siarchive.core.ruledata.RuleDataProvider with TianjinRules;
 * }</pre>
 *
 * <p>Implementations must be thread-safe and have a public no-argument constructor.
 *
 * @since 0.1.0
 */
public interface RuleDataProvider {

  /** The name of the index every provider serves. */
  String INDEX = "index.json";

  /**
   * {@return the provider's name, e.g. the Maven coordinates {@code
   * org.siarchive:archive-rules-data}}
   */
  String name();

  /** {@return the provider's version, e.g. the data release {@code 2026.12.0}} */
  String version();

  /**
   * Opens a resource of the provider: {@value #INDEX} or a file its index lists.
   *
   * @param resource a resource name, e.g. {@code "cn-national-2009.json"}
   * @return the resource's bytes, or null when the provider has no such resource
   * @throws IOException when the resource exists but cannot be opened
   */
  @Nullable InputStream open(String resource) throws IOException;
}
