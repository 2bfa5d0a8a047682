package org.siarchive.core.ruledata.provider;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.ruledata.RuleDataException;

/**
 * One table edition that a {@link RuleDataProvider} offers, as its index lists it.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * RuleTable t = RuleTables.installed().tables().get(0);
 * t.kind();      // "retention-edition"
 * t.id();        // "cn-national"
 * t.edition();   // "2009"
 * t.provider();  // "org.siarchive:archive-rules-data"
 * }</pre>
 *
 * @param provider the provider's name
 * @param providerVersion the provider's version (the data release)
 * @param kind the kind of table, e.g. {@code retention-edition}
 * @param id the table's id
 * @param edition the edition
 * @param effectiveFrom the first day the edition is in force, when the index says
 * @param formatVersion the version of the kind's format the file is written in
 * @param sha256 the file's SHA-256, lower-case hexadecimal
 * @param file the file's resource name within the provider
 * @since 0.1.0
 */
public record RuleTable(
    String provider,
    String providerVersion,
    String kind,
    String id,
    String edition,
    Optional<LocalDate> effectiveFrom,
    int formatVersion,
    String sha256,
    String file) {

  /**
   * Checks that every component is present.
   *
   * @param provider the provider's name
   * @param providerVersion the provider's version (the data release)
   * @param kind the kind of table, e.g. {@code retention-edition}
   * @param id the table's id
   * @param edition the edition
   * @param effectiveFrom the first day the edition is in force, when the index says
   * @param formatVersion the version of the kind's format the file is written in
   * @param sha256 the file's SHA-256, lower-case hexadecimal
   * @param file the file's resource name within the provider
   */
  public RuleTable {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(providerVersion, "providerVersion");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(file, "file");
  }

  /**
   * Refuses a table loaded from this entry that is not the one the entry names, or in force from
   * another day than the entry says.
   *
   * @param source the name the table was loaded under
   * @param loadedId the id the loaded table declares
   * @param loadedEdition the edition the loaded table declares
   * @param loadedFrom the loaded table's first day, or null when it has none
   * @throws RuleDataException naming the source
   */
  public void requireHolds(
      String source, String loadedId, String loadedEdition, @Nullable LocalDate loadedFrom) {
    Objects.requireNonNull(source, "source");
    if (effectiveFrom.isPresent()
        && loadedFrom != null
        && !effectiveFrom.get().equals(loadedFrom)) {
      throw new RuleDataException(
          source,
          "/effectiveFrom",
          "differs from the effectiveFrom "
              + effectiveFrom.get()
              + " that the index of "
              + providerLabel()
              + " names",
          loadedFrom.toString());
    }
    if (!id.equals(loadedId) || !edition.equals(loadedEdition)) {
      throw new RuleDataException(
          source,
          "",
          "holds "
              + loadedId
              + " "
              + loadedEdition
              + ", not the "
              + id
              + " "
              + edition
              + " that the index of "
              + providerLabel()
              + " names",
          null);
    }
  }

  /**
   * {@return the provider and its version, e.g. {@code org.siarchive:archive-rules-data 2026.12.0}}
   */
  public String providerLabel() {
    return provider + " " + providerVersion;
  }
}
