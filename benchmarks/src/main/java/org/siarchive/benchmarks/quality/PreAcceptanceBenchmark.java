package org.siarchive.benchmarks.quality;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.defect.Location;
import org.siarchive.core.model.ArchivalCode;
import org.siarchive.core.model.CatalogEntry;
import org.siarchive.core.model.ColourMode;
import org.siarchive.core.model.PageImage;
import org.siarchive.core.model.Volume;
import org.siarchive.examples.synthetic.SyntheticCity;
import org.siarchive.examples.synthetic.SyntheticVolume;
import org.siarchive.rules.material.MaterialRules;
import org.siarchive.rules.material.MetadataField;
import org.siarchive.rules.material.TypeRules;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.quality.DefectCatalogue;
import org.siarchive.rules.quality.DefectCodes;
import org.siarchive.rules.quality.Stage;
import org.siarchive.rules.quality.Suite;

/**
 * The pre-acceptance suite over in-memory synthetic volumes against a hand-written single-pass loop
 * that computes the same findings (the baseline): one pass over the catalogue, one over the images,
 * then the comparison of the two. Setup proves, volume by volume, that both give the same defects
 * (as sets of code, location and arguments). Target: the suite costs at most 2x the loop. The
 * context has no retention schedule and no image files, so the suite's schedule-row and digest
 * checks are not performed and the loop leaves them out too.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar PreAcceptanceBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PreAcceptanceBenchmark {

  @Param("2000")
  int volumes;

  private List<Volume> city;
  private CheckContext context;
  private Suite suite;
  private DefectCatalogue catalogue;
  private Set<DefectCode> stageCodes;

  @Setup
  public void setUp() {
    city = SyntheticCity.of(20201026L).volumes(volumes).map(SyntheticVolume::volume).toList();
    context =
        CheckContext.builder(MaterialRules.bundledIllustrative())
            .stage(Stage.PRE_ACCEPTANCE)
            .build();
    suite = Suite.from(context);
    catalogue = context.catalogue();
    stageCodes = catalogue.codesFor(Stage.PRE_ACCEPTANCE);
    int withDefects = 0;
    for (Volume v : city) {
      Set<String> a = keys(suite.check(v, context));
      Set<String> b = keys(singlePass(v));
      if (!a.equals(b)) {
        throw new IllegalStateException(
            String.format(
                Locale.ROOT,
                "the baseline disagrees with the suite on %s: %s vs %s",
                v.id(),
                b,
                a));
      }
      withDefects += a.isEmpty() ? 0 : 1;
    }
    if (withDefects == 0) {
      throw new IllegalStateException("the city has no pre-acceptance defects to find");
    }
  }

  private static Set<String> keys(List<Defect> defects) {
    return defects.stream()
        .map(d -> d.code() + "@" + d.location() + d.arguments() + d.severity())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The suite, as a host runs it. */
  @Benchmark
  public void suite(Blackhole bh) {
    for (Volume v : city) {
      bh.consume(suite.check(v, context));
    }
  }

  /** The baseline: the same findings in one hand-written pass per view. */
  @Benchmark
  public void singlePass(Blackhole bh) {
    for (Volume v : city) {
      bh.consume(singlePass(v));
    }
  }

  private List<Defect> singlePass(Volume v) {
    List<Defect> out = new ArrayList<>();
    MaterialRules rules = context.materialRules();
    Optional<TypeRules> typeRules = rules.rulesFor(v.businessType());
    TypeRules t = typeRules.orElse(null);
    String id = v.id();
    if (t == null) {
      add(
          out,
          DefectCodes.BUSINESS_TYPE_UNKNOWN,
          Location.volume(id),
          ImmutableMap.of("businessType", v.businessType().toString(), "rules", rules.label()));
    }
    Map<Integer, CatalogEntry> entries = new HashMap<>();
    java.time.LocalDate today = context.today();
    for (CatalogEntry e : v.catalogue()) {
      entries.putIfAbsent(e.itemNumber(), e);
      Location at = Location.item(id, e.itemNumber());
      if (e.date() == null) {
        add(out, DefectCodes.DATE_MISSING, at, Map.of());
      } else {
        Optional<java.time.LocalDate> d = e.parsedDate();
        if (d.isEmpty()) {
          add(out, DefectCodes.DATE_INVALID, at, ImmutableMap.of("date", e.date()));
        } else if (d.get().isAfter(today)) {
          add(
              out,
              DefectCodes.DATE_IN_FUTURE,
              at,
              ImmutableMap.of("date", e.date(), "today", today.toString()));
        } else if (t != null && d.get().isBefore(t.availableFrom())) {
          add(
              out,
              DefectCodes.DATE_BEFORE_BUSINESS,
              at,
              ImmutableMap.of("date", e.date(), "earliest", t.availableFrom().toString()));
        }
      }
      if (e.archivalCode() != null) {
        Optional<ArchivalCode> c = e.parsedArchivalCode();
        if (c.isEmpty()) {
          add(
              out,
              DefectCodes.ARCHIVAL_CODE_MALFORMED,
              at,
              ImmutableMap.of("code", e.archivalCode()));
        } else {
          if (c.get().year() != v.year()) {
            add(
                out,
                DefectCodes.ARCHIVAL_CODE_YEAR_MISMATCH,
                at,
                ImmutableMap.of(
                    "codeYear",
                    Integer.toString(c.get().year()),
                    "year",
                    Integer.toString(v.year())));
          }
          if (!v.retention().isDeferred() && !c.get().period().equals(v.retention())) {
            add(
                out,
                DefectCodes.ARCHIVAL_CODE_PERIOD_MISMATCH,
                at,
                ImmutableMap.of(
                    "codePeriod", c.get().period().code(), "retention", v.retention().code()));
          }
        }
      }
      for (MetadataField f : rules.mandatoryMetadata()) {
        if (f.perCatalogueRow() && !f.presentIn(e)) {
          add(out, DefectCodes.METADATA_MISSING, at, ImmutableMap.of("field", f.jsonName()));
        }
      }
    }
    for (MetadataField f : rules.mandatoryMetadata()) {
      if (!f.perCatalogueRow() && !f.presentIn(v)) {
        add(
            out,
            DefectCodes.METADATA_MISSING,
            Location.volume(id),
            ImmutableMap.of("field", f.jsonName()));
      }
    }
    Map<Integer, Integer> scanned = new HashMap<>();
    Set<Integer> uncatalogued = new HashSet<>();
    Map<String, Integer> digests = new HashMap<>();
    BitSet seen = new BitSet();
    TreeSet<Integer> repeated = new TreeSet<>();
    int max = 0;
    for (PageImage img : v.images()) {
      scanned.merge(img.itemNumber(), 1, Integer::sum);
      Location at = Location.image(id, img.sequence());
      CatalogEntry e = entries.get(img.itemNumber());
      if (e == null) {
        uncatalogued.add(img.itemNumber());
      }
      if (!rules.allowedFormats().contains(img.format())) {
        add(
            out,
            DefectCodes.IMAGE_FORMAT_NOT_ALLOWED,
            at,
            ImmutableMap.of(
                "format",
                img.format().name(),
                "allowed",
                rules.allowedFormats().stream()
                    .map(Enum::name)
                    .sorted()
                    .collect(Collectors.joining(", "))));
      }
      String material = e != null ? e.materialCode() : null;
      int minDpi = t == null ? rules.minDpi(material) : t.minDpi(material);
      if (img.dpi() < minDpi) {
        add(
            out,
            DefectCodes.IMAGE_RESOLUTION_LOW,
            at,
            ImmutableMap.of(
                "dpi", Integer.toString(img.dpi()), "required", Integer.toString(minDpi)));
      }
      boolean colour = t == null ? rules.colourRequired(material) : t.colourRequired(material);
      if (colour && img.colourMode() != ColourMode.COLOUR) {
        add(
            out,
            DefectCodes.IMAGE_COLOUR_REQUIRED,
            at,
            ImmutableMap.of("colourMode", img.colourMode().name(), "material", material));
      }
      if (img.blank()) {
        add(out, DefectCodes.IMAGE_BLANK, at, Map.of());
      }
      if (img.illegible()) {
        add(out, DefectCodes.IMAGE_ILLEGIBLE, at, Map.of());
      }
      Integer first = digests.putIfAbsent(img.sha256(), img.sequence());
      if (first != null) {
        add(
            out,
            DefectCodes.IMAGE_DUPLICATE,
            at,
            ImmutableMap.of("firstSequence", first.toString()));
      }
      if (seen.get(img.sequence())) {
        repeated.add(img.sequence());
      }
      seen.set(img.sequence());
      max = Math.max(max, img.sequence());
    }
    boolean imageRequired = t == null || t.imageRequired();
    for (CatalogEntry e : v.catalogue()) {
      Integer n = scanned.get(e.itemNumber());
      if (n == null) {
        if (imageRequired) {
          add(
              out,
              DefectCodes.CATALOGUE_ITEM_NOT_IMAGED,
              Location.item(id, e.itemNumber()),
              Map.of());
        }
      } else if (n != e.registeredPages()) {
        add(
            out,
            DefectCodes.CATALOGUE_IMAGE_PAGE_MISMATCH,
            Location.item(id, e.itemNumber()),
            ImmutableMap.of(
                "registered", Integer.toString(e.registeredPages()), "scanned", n.toString()));
      }
    }
    for (int item : uncatalogued) {
      add(
          out,
          DefectCodes.IMAGE_ITEM_NOT_CATALOGUED,
          Location.item(id, item),
          ImmutableMap.of("images", scanned.get(item).toString()));
    }
    if (seen.cardinality() != max) {
      List<String> missing = new ArrayList<>();
      for (int s = seen.nextClearBit(1); s < max; s = seen.nextClearBit(s + 1)) {
        missing.add(Integer.toString(s));
      }
      add(
          out,
          DefectCodes.IMAGE_SEQUENCE_GAP,
          Location.volume(id),
          ImmutableMap.of("missing", list(missing)));
    }
    if (!repeated.isEmpty()) {
      add(
          out,
          DefectCodes.IMAGE_SEQUENCE_DUPLICATE,
          Location.volume(id),
          ImmutableMap.of("sequences", list(repeated.stream().map(String::valueOf).toList())));
    }
    return out;
  }

  private static String list(List<String> numbers) {
    return numbers.size() <= 10
        ? String.join(", ", numbers)
        : String.join(", ", numbers.subList(0, 10))
            + String.format(Locale.ROOT, ", … (%d in all)", numbers.size());
  }

  private void add(List<Defect> out, DefectCode code, Location at, Map<String, String> args) {
    if (stageCodes.contains(code)) {
      out.add(new Defect(code, catalogue.require(code).severity(), at, args));
    }
  }
}
