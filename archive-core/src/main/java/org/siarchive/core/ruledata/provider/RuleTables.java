package org.siarchive.core.ruledata.provider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.id.Masking;
import org.siarchive.core.internal.ruledata.BundledIndex;
import org.siarchive.core.ruledata.RuleDataException;

/**
 * Every rule table that the installed {@link RuleDataProvider}s offer, the way {@code
 * java.time.zone.ZoneRulesProvider} gathers the time-zone rules of its providers: the tables of
 * each provider's index, checked together.
 *
 * <ul>
 *   <li>The same table edition (kind, id and edition) offered by two providers with the same bytes
 *       is kept once, from the first provider; with different bytes it is refused, naming both
 *       providers.
 *   <li>A provider whose index lists a table in a format newer than the code reads is refused when
 *       that kind of table is asked for ({@link #tables(String, int)}), naming the siarchive
 *       version that reads it when the index says.
 *   <li>Every file is checked against its SHA-256 when it is read ({@link #bytes(RuleTable)});
 *       {@link #verify()} recomputes every digest.
 * </ul>
 *
 * <p>Providers are ordered with the bundled data ({@value #BUNDLED}) first, then by name and
 * version, so that a host's tables that extend the bundled ones come after them.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * RuleTables tables = RuleTables.installed();
 * for (RuleTable t : tables.tables()) {
 *   System.out.println(t.kind() + " " + t.id() + " " + t.edition() + " " + t.providerLabel());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class RuleTables {

  /** The name of the provider of the bundled data, the {@code archive-rules-data} artifact. */
  public static final String BUNDLED = "org.siarchive:archive-rules-data";

  private static final Comparator<RuleDataProvider> ORDER =
      Comparator.comparing((RuleDataProvider p) -> !p.name().equals(BUNDLED))
          .thenComparing(RuleDataProvider::name)
          .thenComparing(RuleDataProvider::version);

  private record Source(RuleDataProvider provider, BundledIndex index) {
    String label() {
      return provider.name() + " " + provider.version();
    }

    String indexName() {
      return label() + " " + RuleDataProvider.INDEX;
    }
  }

  private final List<Source> sources;
  private final List<RuleTable> tables;
  private final Map<RuleTable, Source> origin;

  private RuleTables(List<Source> sources, List<RuleTable> tables, Map<RuleTable, Source> origin) {
    this.sources = sources;
    this.tables = tables;
    this.origin = origin;
  }

  /**
   * {@return the tables of the providers found by {@link ServiceLoader} (the class path's {@code
   * META-INF/services} entries and the module path's {@code provides} clauses)}
   *
   * @throws RuleDataException when an index is malformed or two providers offer one edition with
   *     different bytes
   */
  public static RuleTables installed() {
    List<RuleDataProvider> found = new ArrayList<>();
    ServiceLoader.load(RuleDataProvider.class).forEach(found::add);
    return of(found);
  }

  /**
   * {@return the tables of these providers}
   *
   * @param providers the providers, in any order: the bundled one is read first, then the others by
   *     name and version
   * @throws RuleDataException when an index is malformed or two providers offer one edition with
   *     different bytes
   */
  public static RuleTables of(List<? extends RuleDataProvider> providers) {
    Objects.requireNonNull(providers, "providers");
    List<RuleDataProvider> sorted = new ArrayList<>(providers);
    sorted.sort(ORDER);
    List<Source> sources = new ArrayList<>();
    List<RuleTable> tables = new ArrayList<>();
    Map<RuleTable, Source> origin = new LinkedHashMap<>();
    Map<String, RuleTable> byEdition = new LinkedHashMap<>();
    for (RuleDataProvider p : sorted) {
      Source source = new Source(p, readIndex(p));
      sources.add(source);
      List<BundledIndex.Entry> entries = source.index().tables();
      for (int i = 0; i < entries.size(); i++) {
        BundledIndex.Entry e = entries.get(i);
        RuleTable t =
            new RuleTable(
                p.name(),
                p.version(),
                e.kind(),
                e.id(),
                e.edition(),
                Optional.ofNullable(e.effectiveFrom()),
                e.formatVersion(),
                e.sha256(),
                e.file());
        String key = e.kind() + " " + e.id() + " " + e.edition();
        RuleTable first = byEdition.putIfAbsent(key, t);
        if (first == null) {
          tables.add(t);
          origin.put(t, source);
        } else if (!first.sha256().equals(t.sha256())) {
          throw new RuleDataException(
              source.indexName(),
              "/tables/" + i + "/sha256",
              String.format(
                  Locale.ROOT,
                  "%s %s edition %s is offered by %s with SHA-256 %s and by %s with other bytes",
                  e.kind(),
                  e.id(),
                  e.edition(),
                  first.providerLabel(),
                  first.sha256(),
                  source.label()),
              e.sha256());
        }
      }
    }
    return new RuleTables(List.copyOf(sources), List.copyOf(tables), Map.copyOf(origin));
  }

  private static BundledIndex readIndex(RuleDataProvider p) {
    String name = p.name() + " " + p.version() + " " + RuleDataProvider.INDEX;
    try (InputStream in = p.open(RuleDataProvider.INDEX)) {
      if (in == null) {
        throw new RuleDataException(
            name, "", "the provider has no " + RuleDataProvider.INDEX, null);
      }
      return BundledIndex.read(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@return every table edition offered, providers in order, each provider's in its index's order}
   */
  public List<RuleTable> tables() {
    return tables;
  }

  /**
   * {@return the table editions of one kind, refused when a provider writes one in a format newer
   * than the code reads}
   *
   * @param kind the kind of table, e.g. {@code retention-edition}
   * @param newestFormat the newest format version of the kind that the caller reads
   * @throws RuleDataException naming the provider's index, the entry and, when the index says, the
   *     siarchive version that reads the format
   */
  public List<RuleTable> tables(String kind, int newestFormat) {
    Objects.requireNonNull(kind, "kind");
    List<RuleTable> out = new ArrayList<>();
    for (RuleTable t : tables) {
      if (t.kind().equals(kind)) {
        Source s = source(t);
        s.index()
            .entry(
                s.indexName(),
                s.index().tables().stream()
                    .map(BundledIndex.Entry::file)
                    .toList()
                    .indexOf(t.file()),
                kind,
                newestFormat);
        out.add(t);
      }
    }
    return out;
  }

  /** The provider and index of one of these tables (every table has one). */
  private Source source(RuleTable table) {
    return Objects.requireNonNull(origin.get(table), "origin");
  }

  /**
   * {@return the bytes of a table, checked against its SHA-256}
   *
   * @param table one of {@link #tables()}
   * @throws RuleDataException when the provider lacks the file or its digest differs
   * @throws IllegalArgumentException when the table is not one of these
   */
  public byte[] bytes(RuleTable table) {
    Objects.requireNonNull(table, "table");
    Source s = origin.get(table);
    if (s == null) {
      throw new IllegalArgumentException("Invalid value for table (one of these tables): " + table);
    }
    byte[] bytes = read(s, table.file());
    String actual = BundledIndex.sha256(bytes);
    if (!actual.equals(table.sha256())) {
      throw new RuleDataException(
          s.label() + " " + table.file(),
          "",
          "SHA-256 differs from " + s.indexName() + " " + table.sha256(),
          actual);
    }
    return bytes;
  }

  /**
   * {@return the name a loaded table is reported under: the provider and the file}
   *
   * @param table one of {@link #tables()}
   */
  public String sourceName(RuleTable table) {
    Objects.requireNonNull(table, "table");
    return table.providerLabel() + " " + table.file();
  }

  private static byte[] read(Source s, String file) {
    try (InputStream in = s.provider().open(file)) {
      if (in == null) {
        throw new RuleDataException(
            s.label() + " " + file,
            "",
            "the provider has no such file, which its index lists",
            Masking.quoted(file));
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The outcome of recomputing one table's digest.
   *
   * @param table the table
   * @param actual the SHA-256 of the bytes the provider serves, or null when it has no such file
   */
  public record Check(RuleTable table, @Nullable String actual) {
    /** {@return true when the file is there and its digest equals its index's} */
    public boolean ok() {
      return table.sha256().equals(actual);
    }
  }

  /**
   * Recomputes the digest of every table, of every provider, in the order of {@link #tables()}.
   *
   * @return one check per table, with the digest of the bytes its provider serves now (null when
   *     the provider has no such file or it cannot be read)
   */
  public List<Check> verify() {
    List<Check> checks = new ArrayList<>();
    for (RuleTable t : tables) {
      Source s = source(t);
      @Nullable String actual;
      try (InputStream in = s.provider().open(t.file())) {
        actual = in == null ? null : BundledIndex.sha256(in.readAllBytes());
      } catch (IOException e) {
        actual = null;
      }
      checks.add(new Check(t, actual));
    }
    return List.copyOf(checks);
  }

  /** {@return the providers, in order, as {@code name version}} */
  public List<String> providers() {
    return sources.stream().map(Source::label).toList();
  }
}
