package org.siarchive.rules.retention;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.id.Masking;
import org.siarchive.core.internal.ruledata.BundledIndex;
import org.siarchive.core.model.RetentionPeriod;
import org.siarchive.core.ruledata.RuleDataException;
import org.siarchive.core.ruledata.Timeline;
import org.siarchive.core.ruledata.provider.RuleTable;
import org.siarchive.core.ruledata.provider.RuleTables;
import org.siarchive.rules.retention.internal.EditionDocument;
import org.siarchive.rules.retention.internal.EditionLoader;
import org.siarchive.rules.retention.internal.TextKeys;

/**
 * The registry of retention schedules and their editions, in the manner of {@code
 * java.time.zone.ZoneRulesProvider}: {@link #editions(String)} lists every edition of a schedule
 * oldest to newest, {@link #inForce(String, LocalDate)} gives the one in force on a date.
 *
 * <p>{@link #withBundledEditions()} starts with the national 2009 attachment (令第3号, schedule
 * {@value #NATIONAL}); {@link #withIllustrativeEdition()} adds an ILLUSTRATIVE local edition over
 * it ({@value #ILLUSTRATIVE}) for demos and tests; a host adds its local editions with {@link
 * #load(Path)} or {@link #load(InputStream, String)}. A local edition may extend another ({@code
 * "extends"}), overriding its rows by id and adding rows. Loading is all-or-nothing: an edition
 * refused for any reason leaves the registry with exactly the editions it had.
 *
 * <p>An edition is in force from its {@code effectiveFrom} until the day before the next edition of
 * its schedule, or until its own {@code effectiveUntil}. Editions of one schedule may not overlap:
 * two editions from the same day, or an edition starting inside another's explicit range, are
 * refused.
 *
 * <p>Thread-safe: reads see a consistent snapshot, loads are serialised.
 *
 * <pre>{@code
 * RetentionSchedules schedules = RetentionSchedules.withBundledEditions();
 * try (InputStream in = MyHost.class.getResourceAsStream("/tianjin-2021.json")) {
 *   schedules.load(in, "tianjin-2021.json");
 * }
 * schedules.editions("tianjin");                                   // oldest to newest
 * Edition e = schedules.inForce("tianjin", ArchiveTime.today(clock)).orElseThrow();
 * RetentionRules rules = schedules.rules(e, ArchiveTime.today(clock));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class RetentionSchedules {

  /** The schedule id of the national attachment of 令第3号. */
  public static final String NATIONAL = "cn-national";

  /**
   * The schedule id of the bundled ILLUSTRATIVE local edition ({@code illustrative-city 2026.1}):
   * the national edition extended by unconfirmed rows so that every business type of the
   * illustrative material rules, and of the synthetic city, has a row. Not a regulation: it is only
   * in {@link #withIllustrativeEdition()}, never in {@link #withBundledEditions()}.
   */
  public static final String ILLUSTRATIVE = "illustrative-city";

  private static final String BUNDLED_PREFIX = "bundled:";

  /** The kind of table a retention edition is, in a bundled-table index. */
  private static final String KIND = "retention-edition";

  /** Each schedule's editions, oldest first; replaced whole on every load. */
  private volatile Map<String, Timeline<Edition>> schedules;

  private RetentionSchedules(Map<String, Timeline<Edition>> schedules) {
    this.schedules = schedules;
  }

  /** {@return a registry with no editions} */
  public static RetentionSchedules empty() {
    return new RetentionSchedules(Map.of());
  }

  /**
   * {@return a registry with the editions bundled in this library: the national 2009 attachment}
   *
   * @throws RuleDataException when a bundled file does not match its recorded SHA-256
   */
  public static RetentionSchedules withBundledEditions() {
    return bundled(false);
  }

  /**
   * {@return a registry with the bundled editions and the bundled ILLUSTRATIVE local edition
   * (schedule {@value #ILLUSTRATIVE}), for demos, tests and trying the SDK on the synthetic city}
   * Its rows beyond the national ones are not confirmed; a host loads its own local edition
   * instead.
   *
   * @throws RuleDataException when a bundled file does not match its recorded SHA-256
   */
  public static RetentionSchedules withIllustrativeEdition() {
    return bundled(true);
  }

  private static RetentionSchedules bundled(boolean illustrative) {
    List<Edition> editions = new ArrayList<>();
    for (Edition e : Bundled.EDITIONS) {
      if (illustrative || !e.scheduleId().equals(ILLUSTRATIVE)) {
        editions.add(e);
      }
    }
    return withEditions(editions);
  }

  /**
   * {@return a registry with the retention editions of some rule-data providers (for example {@link
   * RuleTables#installed()}, or a newer data artifact a host puts beside the bundled one), loaded
   * in the providers' order, each checked against its SHA-256 and its index entry}
   *
   * <pre>{@code
   * RetentionSchedules schedules = RetentionSchedules.withEditionsOf(RuleTables.installed());
   * }</pre>
   *
   * @param tables the tables of the rule-data providers
   * @throws RuleDataException when a table is refused, its format is newer than this library reads,
   *     or its bytes differ from its index
   */
  public static RetentionSchedules withEditionsOf(RuleTables tables) {
    Objects.requireNonNull(tables, "tables");
    return withEditions(loadAll(tables));
  }

  private static RetentionSchedules withEditions(List<Edition> editions) {
    RetentionSchedules registry = empty();
    for (Edition e : editions) {
      registry.add(e.document(), e.sourceName(), e.sha256(), false);
    }
    return registry;
  }

  private static List<Edition> loadAll(RuleTables tables) {
    RetentionSchedules registry = empty();
    List<Edition> editions = new ArrayList<>();
    for (RuleTable t : tables.tables(KIND, EditionDocument.FORMAT_VERSION)) {
      Edition e = registry.load(tables.bytes(t), BUNDLED_PREFIX + t.file(), false);
      t.requireHolds(e.sourceName(), e.scheduleId(), e.edition(), e.effectiveFrom());
      editions.add(e);
    }
    return List.copyOf(editions);
  }

  /** {@return an independent registry holding the same editions as this one now} */
  public RetentionSchedules copy() {
    return new RetentionSchedules(schedules);
  }

  /**
   * Loads an edition from a file.
   *
   * @param file the edition's JSON file
   * @return the edition loaded
   * @throws RuleDataException naming the file, JSON pointer, value and row id when it is refused;
   *     the registry is then unchanged
   * @throws UncheckedIOException when the file cannot be read
   */
  public Edition load(Path file) {
    Objects.requireNonNull(file, "file");
    return load(readAll(file), file.toString(), false);
  }

  /**
   * Loads an edition from a stream (e.g. a host's resource), which is read to its end but not
   * closed.
   *
   * @param in the edition's JSON
   * @param sourceName the file or resource name, for messages
   * @return the edition loaded
   * @throws RuleDataException naming the source, JSON pointer, value and row id when it is refused;
   *     the registry is then unchanged
   * @throws UncheckedIOException when the stream cannot be read
   */
  public Edition load(InputStream in, String sourceName) {
    return load(readAll(in), Objects.requireNonNull(sourceName, "sourceName"), false);
  }

  /**
   * Loads an edition that takes the place of a loaded edition with the same schedule id and edition
   * (a corrected copy, or the output of {@code siarchive schedule show} edited), or adds it when
   * there is none. Every other check applies as for {@link #load(Path)}; an edition that another
   * loaded edition extends cannot be replaced.
   *
   * @param file the edition's JSON file
   * @return the edition loaded
   * @throws RuleDataException when it is refused; the registry is then unchanged
   */
  public Edition replace(Path file) {
    Objects.requireNonNull(file, "file");
    return load(readAll(file), file.toString(), true);
  }

  /**
   * As {@link #replace(Path)}, from a stream that is read to its end but not closed.
   *
   * @param in the edition's JSON
   * @param sourceName the file or resource name, for messages
   * @return the edition loaded
   */
  public Edition replace(InputStream in, String sourceName) {
    return load(readAll(in), Objects.requireNonNull(sourceName, "sourceName"), true);
  }

  private Edition load(byte[] bytes, String sourceName, boolean replacing) {
    EditionDocument doc = EditionLoader.parse(bytes, sourceName);
    return add(doc, sourceName, BundledIndex.sha256(bytes), replacing);
  }

  private synchronized Edition add(
      EditionDocument doc, String sourceName, String sha256, boolean replacing) {
    EditionRef ref = EditionRef.of(doc.scheduleId(), doc.edition());
    Map<String, Timeline<Edition>> current = schedules;
    List<Edition> siblings = new ArrayList<>(versions(current, ref.scheduleId()));
    Optional<Edition> same = siblings.stream().filter(e -> e.ref().equals(ref)).findFirst();
    if (same.isPresent()) {
      if (!replacing) {
        throw conflict(
            sourceName,
            "/edition",
            "already loaded from " + same.get().sourceName(),
            Masking.quoted(ref.edition()),
            ref);
      }
      for (Timeline<Edition> editions : current.values()) {
        for (Edition e : editions.versions()) {
          if (e.base().filter(ref::equals).isPresent()) {
            throw conflict(
                sourceName,
                "/edition",
                "cannot replace it: edition " + e.ref() + " extends it",
                Masking.quoted(ref.edition()),
                e.ref());
          }
        }
      }
      siblings.remove(same.get());
    }
    Edition base = null;
    if (doc.base() != null) {
      EditionRef baseRef = EditionRef.of(doc.base().scheduleId(), doc.base().edition());
      base =
          versions(current, baseRef.scheduleId()).stream()
              .filter(e -> e.ref().equals(baseRef))
              .findFirst()
              .orElseThrow(
                  () ->
                      new EditionConflictException(
                          sourceName,
                          "/extends",
                          null,
                          "the base edition is not loaded",
                          Masking.quoted(baseRef.toString()),
                          baseRef.toString()));
    }
    checkDates(doc, sourceName, siblings);
    Edition edition = Edition.assemble(doc, base, sourceName, sha256);
    siblings.add(edition);
    Map<String, Timeline<Edition>> next = new TreeMap<>(current);
    next.put(ref.scheduleId(), Timeline.of(siblings));
    schedules = Collections.unmodifiableMap(next);
    return edition;
  }

  private static void checkDates(EditionDocument doc, String sourceName, List<Edition> siblings) {
    LocalDate from = doc.effectiveFrom();
    LocalDate until = doc.effectiveUntil();
    for (Edition other : siblings) {
      LocalDate otherFrom = other.effectiveFrom();
      Optional<LocalDate> otherUntil = other.effectiveUntil();
      if (otherFrom.equals(from)) {
        throw conflict(
            sourceName,
            "/effectiveFrom",
            "overlaps edition " + other.ref() + ", in force from the same day",
            from.toString(),
            other.ref());
      }
      if (otherFrom.isBefore(from) && otherUntil.isPresent() && !otherUntil.get().isBefore(from)) {
        throw conflict(
            sourceName,
            "/effectiveFrom",
            String.format(
                Locale.ROOT,
                "overlaps edition %s, in force %s to %s",
                other.ref(),
                otherFrom,
                otherUntil.get()),
            from.toString(),
            other.ref());
      }
      if (otherFrom.isAfter(from) && until != null && !until.isBefore(otherFrom)) {
        throw conflict(
            sourceName,
            "/effectiveUntil",
            String.format(
                Locale.ROOT, "overlaps edition %s, in force from %s", other.ref(), otherFrom),
            until.toString(),
            other.ref());
      }
      if (other.edition().equals(doc.supersedes()) && !otherFrom.isBefore(from)) {
        throw conflict(
            sourceName,
            "/supersedes",
            String.format(
                Locale.ROOT,
                "supersedes edition %s, which is in force from %s, not before this edition's %s",
                other.ref(),
                otherFrom,
                from),
            Masking.quoted(doc.supersedes()),
            other.ref());
      }
    }
  }

  private static List<Edition> versions(Map<String, Timeline<Edition>> current, String scheduleId) {
    Timeline<Edition> t = current.get(scheduleId);
    return t == null ? List.of() : t.versions();
  }

  private static EditionConflictException conflict(
      String source, String pointer, String reason, @Nullable String value, EditionRef other) {
    return new EditionConflictException(source, pointer, null, reason, value, other.toString());
  }

  /** {@return the ids of the schedules held, sorted} */
  public SortedSet<String> scheduleIds() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(schedules.keySet()));
  }

  /**
   * {@return every edition of a schedule, oldest to newest (by {@code effectiveFrom})}
   *
   * @param scheduleId the schedule's id, e.g. {@code cn-national}
   * @throws UnknownEditionException when the schedule is not held
   */
  public List<Edition> editions(String scheduleId) {
    return timeline(scheduleId).versions();
  }

  /**
   * {@return the timeline of a schedule: every edition, oldest to newest, and the one in force on a
   * date}
   *
   * @param scheduleId the schedule's id, e.g. {@code cn-national}
   * @throws UnknownEditionException when the schedule is not held
   */
  public Timeline<Edition> timeline(String scheduleId) {
    Objects.requireNonNull(scheduleId, "scheduleId");
    Map<String, Timeline<Edition>> current = schedules;
    Timeline<Edition> editions = current.get(scheduleId);
    if (editions == null) {
      throw new UnknownEditionException(
          scheduleId, null, String.join(", ", new TreeSet<>(current.keySet())));
    }
    return editions;
  }

  /**
   * {@return one edition of a schedule}
   *
   * @param scheduleId the schedule's id, e.g. {@code cn-national}
   * @param edition the edition's id, e.g. {@code 2009}
   * @throws UnknownEditionException when the schedule or the edition is not held
   */
  public Edition edition(String scheduleId, String edition) {
    Objects.requireNonNull(edition, "edition");
    List<Edition> editions = editions(scheduleId);
    return editions.stream()
        .filter(e -> e.edition().equals(edition))
        .findFirst()
        .orElseThrow(
            () ->
                new UnknownEditionException(
                    scheduleId,
                    edition,
                    editions.stream().map(Edition::edition).collect(Collectors.joining(", "))));
  }

  /**
   * {@return the edition of a schedule in force on a date: the newest one in force from that date
   * or earlier, unless its own {@code effectiveUntil} has passed}
   *
   * @param scheduleId the schedule's id, e.g. {@code cn-national}
   * @param date the day
   * @throws UnknownEditionException when the schedule is not held
   */
  public Optional<Edition> inForce(String scheduleId, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return timeline(scheduleId).inForce(date);
  }

  /**
   * {@return the newest edition of a schedule}
   *
   * @param scheduleId the schedule's id, e.g. {@code cn-national}
   * @throws UnknownEditionException when the schedule is not held
   */
  public Edition latest(String scheduleId) {
    return timeline(scheduleId).latest();
  }

  /**
   * {@return the rules of the schedule's edition in force on a date}
   *
   * @param scheduleId the schedule's id, e.g. {@code cn-national}
   * @param date the day
   * @throws UnknownEditionException when the schedule is not held or no edition is in force then
   */
  public RetentionRules rulesInForce(String scheduleId, LocalDate date) {
    Edition e =
        inForce(scheduleId, date)
            .orElseThrow(
                () ->
                    new UnknownEditionException(
                        scheduleId,
                        "in force on " + date,
                        editions(scheduleId).stream()
                            .map(x -> x.edition() + " from " + x.effectiveFrom())
                            .collect(Collectors.joining(", "))));
    return rules(e, date);
  }

  /**
   * {@return an edition bound for look-ups, with the tables of the regulations its deferring rows
   * name, as in force on {@code asOf}: a loaded schedule whose regulation has that name (ignoring
   * punctuation such as 《》)} Without one, deferring rows stay undecided.
   *
   * @param edition an edition of this registry
   * @param asOf the day the deferred-to regulations' editions in force are taken on
   */
  public RetentionRules rules(Edition edition, LocalDate asOf) {
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(asOf, "asOf");
    Map<String, Timeline<Edition>> current = schedules;
    Map<String, RetentionRules.Deferral> deferrals = new HashMap<>();
    for (ScheduleRow row : edition.rows()) {
      if (row.period() instanceof RetentionPeriod.DefersTo d) {
        String key = TextKeys.material(d.regulation());
        deferrals.computeIfAbsent(key, k -> deferral(current, d.regulation(), k, asOf));
      }
    }
    deferrals.values().removeIf(d -> d == null);
    return new RetentionRules(edition, asOf, deferrals);
  }

  private static RetentionRules.@Nullable Deferral deferral(
      Map<String, Timeline<Edition>> current, String regulation, String key, LocalDate asOf) {
    List<String> claiming =
        current.entrySet().stream()
            .filter(
                s ->
                    s.getValue().versions().stream()
                        .anyMatch(e -> TextKeys.material(e.source().regulation()).equals(key)))
            .map(Map.Entry::getKey)
            .toList();
    if (claiming.isEmpty()) {
      return null;
    }
    if (claiming.size() > 1) {
      return new RetentionRules.Deferral(
          regulation, null, "several loaded schedules are tables of that regulation: " + claiming);
    }
    // claiming holds keys of current.
    Edition found = Objects.requireNonNull(current.get(claiming.get(0))).inForce(asOf).orElse(null);
    if (found == null) {
      return new RetentionRules.Deferral(
          regulation,
          null,
          String.format(
              Locale.ROOT, "no edition of schedule %s is in force on %s", claiming.get(0), asOf));
    }
    return new RetentionRules.Deferral(regulation, new RetentionRules(found, asOf, Map.of()), null);
  }

  private static byte[] readAll(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] readAll(InputStream in) {
    Objects.requireNonNull(in, "in");
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bundled editions, read and checked once per class loader. */
  private static final class Bundled {
    static final List<Edition> EDITIONS = loadAll(RuleTables.installed());
  }
}
