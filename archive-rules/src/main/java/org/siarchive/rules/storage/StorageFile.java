package org.siarchive.rules.storage;

import com.google.common.base.Splitter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.id.Masking;
import org.siarchive.core.internal.ruledata.Pointers;
import org.siarchive.core.internal.ruledata.StrictLoader;
import org.siarchive.core.ruledata.RuleDataException;
import org.siarchive.rules.storage.internal.RoomsDocument;
import org.siarchive.rules.storage.internal.RoomsDocument.EligibilityDocument;
import org.siarchive.rules.storage.internal.RoomsDocument.HistoryDocument;
import org.siarchive.rules.storage.internal.RoomsDocument.IntakeDocument;
import org.siarchive.rules.storage.internal.RoomsDocument.StacksDocument;
import org.siarchive.rules.storage.internal.RoomsDocument.StoreDocument;

/**
 * Reads and writes the rooms file ({@code archive-rules/STORAGE-SCHEMA.md}, format version 1): a
 * city's stores and stacks with capacities in one stated unit, monthly generation, intake and
 * disposals. Loading is strict like every format of the SDK: malformed JSON, unknown properties,
 * duplicate keys, trailing content, wrong types, missing fields and every value out of range or
 * inconsistent fail with a {@link RuleDataException} naming the file, the JSON pointer and the
 * value.
 *
 * <pre>{@code
 * StorageNetwork city = StorageFile.read(Path.of("rooms.json"));
 * // rooms.json: /stores/3/occupied: Invalid value for occupied (valid values 0 - ...): -5
 * String json = StorageFile.write(city);   // reads back equal
 * }</pre>
 *
 * @since 0.1.0
 */
public final class StorageFile {
  private StorageFile() {}

  /**
   * Reads a rooms file.
   *
   * @param file the rooms file, UTF-8 JSON
   * @return the network of rooms, with its intake and disposals
   * @throws RuleDataException naming the file, pointer and value
   * @throws UncheckedIOException when the file cannot be read
   */
  public static StorageNetwork read(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a rooms document.
   *
   * @param in the rooms document's JSON; not closed
   * @param source the file or resource name, for messages
   * @return the network of rooms, with its intake and disposals
   * @throws RuleDataException naming the source, pointer and value
   */
  public static StorageNetwork read(InputStream in, String source) {
    RoomsDocument d = StrictLoader.read(in, RoomsDocument.class, source);
    return new Decoder(source).network(d);
  }

  /**
   * {@return the rooms document of a network, indented, in the order of the format}
   *
   * @param network the network
   * @throws InvalidValueException when the disposals are a host's function rather than {@link
   *     Disposals.Counts}, or a capacity or occupancy is not a whole number of the unit
   */
  public static String write(StorageNetwork network) {
    Objects.requireNonNull(network, "network");
    if (!(network.disposals() instanceof Disposals.Counts counts)) {
      throw new InvalidValueException(
          "disposals", "counts (Disposals.of) to be written", "a function");
    }
    int k = network.volumesPerUnit();
    List<StoreDocument> stores = new ArrayList<>();
    for (SubCenterStore s : network.stores()) {
      Eligibility e = s.eligibility();
      stores.add(
          new StoreDocument(
              s.id(),
              s.subCenterId(),
              units(s.capacity(), k, "capacity"),
              units(s.occupied(), k, "occupied"),
              new EligibilityDocument(
                  e.phase(), e instanceof Eligibility.AfterSupervision a ? a.months() : null),
              new HistoryDocument(s.history().first(), s.history().volumes()),
              months(counts, s.id())));
    }
    CentreStacks c = network.stacks();
    RoomsDocument d =
        new RoomsDocument(
            RoomsDocument.FORMAT_VERSION,
            network.asOf(),
            network.unit().name(),
            k,
            network.forecast().name(),
            new IntakeDocument(network.intake().volumesPerMonth(), null, null),
            new StacksDocument(
                c.id(),
                units(c.capacity(), k, "stacks.capacity"),
                units(c.occupied(), k, "stacks.occupied"),
                months(counts, c.id())),
            stores);
    return StrictLoader.write(d) + "\n";
  }

  private static long units(long volumes, int perUnit, String field) {
    if (volumes % perUnit != 0) {
      throw new InvalidValueException(
          field, "a whole number of units of " + perUnit + " volumes", Long.toString(volumes));
    }
    return volumes / perUnit;
  }

  private static Map<String, Long> months(Disposals.Counts counts, String room) {
    Map<String, Long> m = new LinkedHashMap<>();
    counts
        .counts()
        .getOrDefault(room, Map.of())
        .forEach(
            (month, n) -> {
              if (n > 0) {
                m.put(month.toString(), n);
              }
            });
    return m;
  }

  /** Checks a bound document field by field, each failure at its pointer. */
  private static final class Decoder {
    private final String source;
    private final Map<String, Map<YearMonth, Long>> disposals = new TreeMap<>();

    Decoder(String source) {
      this.source = source;
    }

    StorageNetwork network(RoomsDocument d) {
      if (d.formatVersion() != RoomsDocument.FORMAT_VERSION) {
        throw fail(
            "/formatVersion",
            "the format version this library reads is " + RoomsDocument.FORMAT_VERSION,
            Integer.toString(d.formatVersion()));
      }
      need(d.asOf(), "/asOf");
      StorageUnit unit = enumValue(StorageUnit.class, need(d.unit(), "/unit"), "/unit");
      ForecastMethod forecast =
          enumValue(ForecastMethod.class, need(d.forecast(), "/forecast"), "/forecast");
      int k = d.volumesPerUnit();
      if (k < 1 || k > 100_000 || (unit == StorageUnit.VOLUMES && k != 1)) {
        throw fail(
            "/volumesPerUnit",
            unit == StorageUnit.VOLUMES ? "1 when the unit is VOLUMES" : "valid values 1 - 100000",
            Integer.toString(k));
      }
      Intake intake = intake(need(d.intake(), "/intake"));
      StacksDocument sd = need(d.stacks(), "/stacks");
      CentreStacks stacks =
          at(
              "/stacks",
              () ->
                  new CentreStacks(
                      need(sd.id(), "/stacks/id"),
                      volumes(sd.capacity(), k, "/stacks/capacity"),
                      volumes(sd.occupied(), k, "/stacks/occupied")));
      disposals(sd.disposals(), sd.id(), "/stacks/disposals");
      List<StoreDocument> docs = need(d.stores(), "/stores");
      List<SubCenterStore> stores = new ArrayList<>();
      for (int i = 0; i < docs.size(); i++) {
        String at = "/stores/" + i;
        StoreDocument s = need(docs.get(i), at);
        stores.add(store(s, k, at));
        disposals(s.disposals(), s.id(), at + "/disposals");
      }
      return at(
          "",
          () ->
              new StorageNetwork(
                  d.asOf(), unit, k, forecast, intake, stacks, stores, Disposals.of(disposals)));
    }

    private SubCenterStore store(StoreDocument s, int k, String at) {
      EligibilityDocument e = need(s.eligibility(), at + "/eligibility");
      Eligibility eligibility;
      if (e.phase() == 1) {
        if (e.supervisionMonths() != null) {
          throw fail(
              at + "/eligibility/supervisionMonths",
              "only with phase 2",
              e.supervisionMonths().toString());
        }
        eligibility = Eligibility.keptOneYear();
      } else if (e.phase() == 2) {
        Integer m = need(e.supervisionMonths(), at + "/eligibility/supervisionMonths");
        eligibility = at(at + "/eligibility", () -> Eligibility.afterSupervision(m));
      } else {
        throw fail(at + "/eligibility/phase", "1 or 2", Integer.toString(e.phase()));
      }
      HistoryDocument h = need(s.history(), at + "/history");
      List<Long> volumes = need(h.volumes(), at + "/history/volumes");
      for (int j = 0; j < volumes.size(); j++) {
        need(volumes.get(j), at + "/history/volumes/" + j);
      }
      GenerationHistory history =
          at(
              at + "/history",
              () -> new GenerationHistory(need(h.from(), at + "/history/from"), volumes));
      return at(
          at,
          () ->
              new SubCenterStore(
                  need(s.id(), at + "/id"),
                  need(s.subCenter(), at + "/subCenter"),
                  volumes(s.capacity(), k, at + "/capacity"),
                  volumes(s.occupied(), k, at + "/occupied"),
                  eligibility,
                  history));
    }

    private Intake intake(IntakeDocument i) {
      Long perMonth = i.volumesPerMonth();
      boolean direct = perMonth != null;
      boolean trips = i.tripsPerMonth() != null || i.volumesPerTrip() != null;
      if (direct == trips) {
        throw fail(
            "/intake",
            "exactly one of volumesPerMonth, or tripsPerMonth with volumesPerTrip",
            null);
      }
      if (perMonth != null) {
        return at("/intake", () -> Intake.ofVolumes(perMonth));
      }
      Integer t = need(i.tripsPerMonth(), "/intake/tripsPerMonth");
      Integer v = need(i.volumesPerTrip(), "/intake/volumesPerTrip");
      return at("/intake", () -> Intake.ofTrips(t, v));
    }

    private void disposals(Map<String, Long> m, String room, String at) {
      if (m == null) {
        return;
      }
      Map<YearMonth, Long> months = new TreeMap<>();
      m.forEach(
          (key, n) -> {
            String p = at + "/" + Pointers.escape(key);
            YearMonth month;
            try {
              month = YearMonth.parse(key);
            } catch (DateTimeParseException e) {
              throw fail(p, "a month YYYY-MM", Masking.quoted(key));
            }
            need(n, p);
            if (n < 0 || n > StorageNetwork.MAX_VOLUMES) {
              throw fail(p, "valid values 0 - " + StorageNetwork.MAX_VOLUMES, n.toString());
            }
            months.put(month, n);
          });
      disposals.put(room, months);
    }

    private long volumes(long units, int k, String pointer) {
      if (units < 0 || units > StorageNetwork.MAX_VOLUMES / k) {
        throw fail(
            pointer, "valid values 0 - " + StorageNetwork.MAX_VOLUMES / k, Long.toString(units));
      }
      return units * k;
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, String value, String pointer) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(value)) {
          return e;
        }
      }
      throw fail(
          pointer,
          "one of " + java.util.Arrays.toString(type.getEnumConstants()),
          Masking.quoted(value));
    }

    private <T> T need(@Nullable T value, String pointer) {
      if (value == null) {
        throw fail(pointer, "required, not null", null);
      }
      return value;
    }

    /** Runs a constructor; its refusal is reported at the pointer of the field it names. */
    private <T> T at(String pointer, java.util.function.Supplier<T> make) {
      try {
        return make.get();
      } catch (InvalidValueException e) {
        throw new RuleDataException(
            source,
            pointer + fieldPointer(e.field()),
            null,
            "Invalid value for " + e.field() + " (" + e.constraint() + ")",
            e.shownValue(),
            e);
      }
    }

    private RuleDataException fail(String pointer, String reason, @Nullable String value) {
      return new RuleDataException(source, pointer, reason, value);
    }
  }

  /**
   * The pointer below a record of the field an {@link InvalidValueException} names, written as the
   * format names it: {@code "stores[3].history (months)"} as {@code "/stores/3/history"}, {@code
   * "subCenterId"} as {@code "/subCenter"}.
   */
  static String fieldPointer(String field) {
    String f = field.replaceAll(" \\(.*\\)$", "").replace("[", ".").replace("]", "");
    StringBuilder b = new StringBuilder();
    for (String segment : Splitter.on('.').split(f)) {
      b.append('/')
          .append(
              Pointers.escape(
                  switch (segment) {
                    case "subCenterId" -> "subCenter";
                    case "first" -> "from";
                    default -> segment;
                  }));
    }
    return b.toString();
  }
}
