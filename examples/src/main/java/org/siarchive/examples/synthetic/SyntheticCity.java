package org.siarchive.examples.synthetic;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.siarchive.core.id.CitizenId;
import org.siarchive.core.id.CreditCode;
import org.siarchive.core.model.ArchivalCode;
import org.siarchive.core.model.CatalogEntry;
import org.siarchive.core.model.ColourMode;
import org.siarchive.core.model.ImageFormat;
import org.siarchive.core.model.Item;
import org.siarchive.core.model.Page;
import org.siarchive.core.model.PageImage;
import org.siarchive.core.model.SealKind;
import org.siarchive.core.model.SubCenter;
import org.siarchive.core.model.Volume;
import org.siarchive.rules.material.MaterialRequirement;
import org.siarchive.rules.material.TypeRules;

/**
 * A synthetic city: 16 district sub-centres forming volumes of one year, with defects in the paper,
 * catalogue and image views seeded at rates that differ by sub-centre, as the article describes
 * (some sub-centres have several times the problem rate of others).
 *
 * <p>Every volume is a pure function of the seed and its index, so the same seed always gives the
 * same city, byte for byte, whether volumes are made in order, in parallel or one at a time. The
 * seeded defects of each volume are recorded ({@link SyntheticVolume#seeded()}) as ground truth.
 * The business types and materials are illustrative only.
 *
 * <pre>{@code
 * SyntheticCity city = SyntheticCity.of(42L);
 * city.volumes(20_000).forEach(sv -> writer.write(sv.volume()));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SyntheticCity {

  /** The year the city's volumes are formed in by default. */
  public static final int DEFAULT_YEAR = 2024;

  /** Base probability that a volume of a sub-centre with quality factor 1 is defective. */
  private static final double BASE_DEFECT_RATE = 0.08;

  private static final String FONDS = "T001";
  private static final String CATEGORY = "SB";
  private static final String[] AREA_CODES = {
    "120101", "120102", "120103", "120104", "120105", "120106", "120110", "120111",
    "120112", "120113", "120114", "120115", "120116", "120117", "120118", "120119"
  };
  private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕";
  private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉兰海燕鹏飞";
  private static final String COMPANY = "津海河港信达恒泰华盛宏远天和利丰宝安盛世新创";
  private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private final long seed;
  private final int year;

  private SyntheticCity(long seed, int year) {
    this.seed = seed;
    this.year = year;
  }

  /** The city of a seed, forming volumes of {@value #DEFAULT_YEAR}. */
  public static SyntheticCity of(long seed) {
    return of(seed, DEFAULT_YEAR);
  }

  /**
   * The city of a seed, forming volumes of the given year.
   *
   * @param year 1950 to 2099
   */
  public static SyntheticCity of(long seed, int year) {
    if (year < 1950 || year > 2099) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT, "Invalid value for year (valid values 1950 - 2099): %d", year));
    }
    return new SyntheticCity(seed, year);
  }

  /** The seed. */
  public long seed() {
    return seed;
  }

  /** The year the volumes are formed in. */
  public int year() {
    return year;
  }

  /** The 16 sub-centres, in code order. */
  public List<SubCenter> subCenters() {
    return CityProfile.DISTRICTS.stream().map(CityProfile.District::subCenter).toList();
  }

  /**
   * How many times the city's base defect rate a sub-centre shows (its problem-rate factor).
   *
   * @throws IllegalArgumentException for an unknown sub-centre code
   */
  public double qualityFactor(String subCenterId) {
    return CityProfile.DISTRICTS.stream()
        .filter(d -> d.subCenter().id().equals(subCenterId))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Invalid value for subCenterId (one of SC01 - SC16): " + subCenterId))
        .qualityFactor();
  }

  /** The first {@code count} volumes, in index order. */
  public Stream<SyntheticVolume> volumes(int count) {
    if (count < 0) {
      throw new IllegalArgumentException(
          "Invalid value for count (valid values 0 - 2147483647): " + count);
    }
    return IntStream.range(0, count).mapToObj(this::volume);
  }

  /**
   * The volume at an index: a pure function of the seed and the index.
   *
   * @param index 0 or more
   */
  public SyntheticVolume volume(int index) {
    return versions(index).original();
  }

  /** The volume at an index as the city made it, and as it was before any defect was seeded. */
  record Versions(SyntheticVolume original, Volume clean) {}

  /** Both versions of the volume at an index, from one generation. */
  Versions versions(int index) {
    if (index < 0) {
      throw new IllegalArgumentException(
          "Invalid value for index (valid values 0 - 2147483647): " + index);
    }
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    CityProfile.District district = pick(CityProfile.DISTRICTS, CityProfile.District::weight, r);
    CityProfile.Business business = pick(CityProfile.BUSINESSES, CityProfile.Business::weight, r);
    Volume clean = clean(index, district, business, r);
    if (r.nextDouble() >= Math.min(0.6, BASE_DEFECT_RATE * district.qualityFactor())) {
      return new Versions(new SyntheticVolume(clean, List.of()), clean);
    }
    return new Versions(mutate(clean, r), clean);
  }

  /** A clean volume with one mutation seeded, drawn from the random stream. */
  static SyntheticVolume mutate(Volume clean, SplittableRandom r) {
    // One mutation per defective volume; when the drawn one does not apply, the next in order.
    Mutation[] all = Mutation.values();
    Mutation first = pick(List.of(all), Mutation::weight, r);
    for (int k = 0; k < all.length; k++) {
      // A rotation through values() starting at the picked mutation; the ordinal is its index.
      @SuppressWarnings("EnumOrdinal")
      Mutation m = all[(first.ordinal() + k) % all.length];
      Optional<Volume> broken = m.apply(clean, r);
      if (broken.isPresent()) {
        return new SyntheticVolume(broken.get(), new ArrayList<>(new TreeSet<>(m.codes())));
      }
    }
    return new SyntheticVolume(clean, List.of());
  }

  private Volume clean(
      int index, CityProfile.District district, CityProfile.Business business, SplittableRandom r) {
    SubCenter sc = district.subCenter();
    String id = String.format(Locale.ROOT, "%s-%d-%06d", sc.id(), year, index + 1);
    TypeRules rules = business.rules();
    List<MaterialRequirement> materials = new ArrayList<>();
    for (MaterialRequirement m : rules.rule().materials()) {
      if (m.required() || r.nextDouble() < 0.85) {
        materials.add(m);
      }
    }
    LocalDate handled =
        LocalDate.of(year, 1, 1).plusDays(r.nextInt(LocalDate.of(year, 12, 31).getDayOfYear()));
    String date =
        String.format(
            Locale.ROOT,
            "%04d%02d%02d",
            handled.getYear(),
            handled.getMonthValue(),
            handled.getDayOfMonth());
    List<CatalogEntry> catalogue = new ArrayList<>();
    List<Item> items = new ArrayList<>();
    List<PageImage> images = new ArrayList<>();
    for (int n = 1; n <= materials.size(); n++) {
      MaterialRequirement m = materials.get(n - 1);
      int pageCount = m.mainForm() ? 1 + r.nextInt(4) : 1 + r.nextInt(3);
      int dpi = Math.max(300, rules.minDpi(m.material()));
      List<Page> pages = new ArrayList<>();
      for (int p = 1; p <= pageCount; p++) {
        pages.add(new Page(p));
        String digest =
            Hashing.sha256()
                .hashString(
                    String.format(Locale.ROOT, "%d/%s/%d/%d", seed, id, n, p),
                    StandardCharsets.UTF_8)
                .toString();
        images.add(
            new PageImage(
                images.size() + 1,
                n,
                p,
                r.nextInt(5) == 0 ? ImageFormat.JPEG : ImageFormat.TIFF,
                dpi,
                ColourMode.COLOUR,
                2480,
                3508,
                digest,
                300_000L + r.nextInt(600_000),
                false,
                false));
      }
      String code =
          new ArchivalCode(FONDS, CATEGORY, year, business.retention(), sc.id(), n).format();
      String documentNumber =
          m.mainForm() && business.aboutEmployer()
              ? String.format(Locale.ROOT, "津社保%s〔%d〕%d号", sc.id(), year, 1 + r.nextInt(999))
              : null;
      String name = CityProfile.RULES.material(m.material()).orElseThrow().zh();
      catalogue.add(
          new CatalogEntry(
              n, code, m.material(), name, date, sc.name(), documentNumber, pageCount));
      EnumSet<SealKind> seals = EnumSet.noneOf(SealKind.class);
      seals.addAll(rules.requiredSeals(m.material()));
      items.add(new Item(n, m.material(), m.mainForm(), seals, pages));
    }
    Volume.Builder b =
        Volume.builder()
            .id(id)
            .subCenterId(sc.id())
            .subCenterName(sc.name())
            .year(year)
            .businessType(business.type())
            .retention(business.retention())
            .arranger(name(r))
            .checker(name(r))
            .arrangedOn(LocalDate.of(year + 1, 1 + r.nextInt(3), 1 + r.nextInt(28)))
            .catalogue(catalogue)
            .items(items)
            .images(images);
    if (business.aboutEmployer()) {
      b.employer(creditCode(district, r)).title(company(r) + rules.rule().zh());
    } else {
      b.person(citizenId(district, r)).title(name(r) + rules.rule().zh());
    }
    return b.build();
  }

  private static <T> T pick(List<T> options, ToIntFunction<T> weight, SplittableRandom r) {
    int total = options.stream().mapToInt(weight).sum();
    int x = r.nextInt(total);
    for (T o : options) {
      x -= weight.applyAsInt(o);
      if (x < 0) {
        return o;
      }
    }
    throw new AssertionError("weights");
  }

  private static String name(SplittableRandom r) {
    StringBuilder b = new StringBuilder().append(SURNAMES.charAt(r.nextInt(SURNAMES.length())));
    int given = 1 + r.nextInt(2);
    for (int i = 0; i < given; i++) {
      b.append(GIVEN.charAt(r.nextInt(GIVEN.length())));
    }
    return b.toString();
  }

  private static String company(SplittableRandom r) {
    return "天津"
        + COMPANY.charAt(r.nextInt(COMPANY.length()))
        + COMPANY.charAt(r.nextInt(COMPANY.length()))
        + "有限公司";
  }

  private static CitizenId citizenId(CityProfile.District d, SplittableRandom r) {
    LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(r.nextInt(365 * 55));
    String first17 =
        String.format(
            Locale.ROOT,
            "%s%04d%02d%02d%03d",
            AREA_CODES[CityProfile.DISTRICTS.indexOf(d)],
            birth.getYear(),
            birth.getMonthValue(),
            birth.getDayOfMonth(),
            r.nextInt(1000));
    return CitizenId.of(first17 + CitizenId.checkCharacter(first17));
  }

  private static CreditCode creditCode(CityProfile.District d, SplittableRandom r) {
    StringBuilder b = new StringBuilder("91").append(AREA_CODES[CityProfile.DISTRICTS.indexOf(d)]);
    for (int i = 0; i < 9; i++) {
      b.append(CREDIT_ALPHABET.charAt(r.nextInt(CREDIT_ALPHABET.length())));
    }
    return CreditCode.of(b.toString() + CreditCode.checkCharacter(b));
  }
}
