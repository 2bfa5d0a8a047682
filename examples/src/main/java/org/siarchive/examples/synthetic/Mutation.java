package org.siarchive.examples.synthetic;

import static org.siarchive.rules.quality.DefectCodes.CATALOGUE_IMAGE_PAGE_MISMATCH;
import static org.siarchive.rules.quality.DefectCodes.CATALOGUE_ITEM_NOT_IMAGED;
import static org.siarchive.rules.quality.DefectCodes.IMAGE_ITEM_COUNT_MISMATCH;
import static org.siarchive.rules.quality.DefectCodes.IMAGE_ITEM_NOT_CATALOGUED;
import static org.siarchive.rules.quality.DefectCodes.ITEM_COUNT_MISMATCH;
import static org.siarchive.rules.quality.DefectCodes.METADATA_MISSING;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.IntPredicate;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.model.ArchivalCode;
import org.siarchive.core.model.BusinessType;
import org.siarchive.core.model.CatalogEntry;
import org.siarchive.core.model.ColourMode;
import org.siarchive.core.model.ImageFormat;
import org.siarchive.core.model.Item;
import org.siarchive.core.model.Page;
import org.siarchive.core.model.PageImage;
import org.siarchive.core.model.RetentionPeriod;
import org.siarchive.core.model.SealKind;
import org.siarchive.core.model.Volume;
import org.siarchive.rules.material.TypeRules;
import org.siarchive.rules.quality.DefectCodes;

/**
 * One way to break a clean volume, the way defects arise in practice, with the defect codes the
 * break causes. Each mutation changes as little as it can: one item, one page, one image or one
 * catalogue row, in every view the real-world mistake touches (a page numbered wrongly is numbered
 * wrongly on paper and in its image alike).
 *
 * <pre>{@code
 * Optional<Volume> broken = Mutation.OFFICE_SEAL_MISSING.apply(clean, new SplittableRandom(1));
 * Mutation.OFFICE_SEAL_MISSING.codes();  // [OFFICE_SEAL_MISSING]
 * }</pre>
 */
public enum Mutation {
  /** An optional item registered in the catalogue is missing on paper and so among the images. */
  ITEM_LOST_ON_PAPER(12, Mutation::loseItemOnPaper, ITEM_COUNT_MISMATCH, CATALOGUE_ITEM_NOT_IMAGED),
  /** The main form was never filed: absent from every view, the other items renumbered. */
  MAIN_FORM_MISSING(8, (v, r) -> dropItem(v, r, true), DefectCodes.MAIN_FORM_MISSING),
  /** A required material other than the main form was never filed: absent from every view. */
  REQUIRED_MATERIAL_MISSING(
      5, (v, r) -> dropItem(v, r, false), DefectCodes.REQUIRED_MATERIAL_MISSING),
  /** An item that must carry the sub-centre's business seal does not. */
  OFFICE_SEAL_MISSING(
      12, (v, r) -> removeSeal(v, r, SealKind.OFFICE_SEAL), DefectCodes.OFFICE_SEAL_MISSING),
  /** An item that must carry the case handler's seal does not. */
  HANDLER_SEAL_MISSING(
      14, (v, r) -> removeSeal(v, r, SealKind.HANDLER_SEAL), DefectCodes.HANDLER_SEAL_MISSING),
  /** A page number was skipped: the pages after it are numbered one higher. */
  PAGE_NUMBER_GAP(8, Mutation::skipPageNumber, DefectCodes.PAGE_NUMBER_GAP),
  /** The last page of an item repeats the number of the page before it. */
  PAGE_NUMBER_DUPLICATE(4, Mutation::repeatPageNumber, DefectCodes.PAGE_NUMBER_DUPLICATE),
  /** Two pages of an item were filed in the wrong order. */
  PAGE_NUMBER_ORDER(3, Mutation::swapPages, DefectCodes.PAGE_NUMBER_ORDER),
  /** An item's pages were numbered from 2. */
  PAGE_NUMBER_NOT_FROM_ONE(2, Mutation::numberFromTwo, DefectCodes.PAGE_NUMBER_NOT_FROM_ONE),
  /** An item's last page carries no number. */
  PAGE_UNNUMBERED(2, Mutation::unnumberLastPage, DefectCodes.PAGE_UNNUMBERED),
  /** The catalogue's registered page count of an item is off by one (paper and images agree). */
  PAGE_COUNT_MISMATCH(
      8,
      Mutation::misregisterPages,
      DefectCodes.PAGE_COUNT_MISMATCH,
      CATALOGUE_IMAGE_PAGE_MISMATCH),
  /** A page of an item with several pages was never scanned. */
  IMAGE_MISSING(6, Mutation::dropImage, DefectCodes.IMAGE_MISSING, CATALOGUE_IMAGE_PAGE_MISMATCH),
  /** No page of an item was scanned. */
  ITEM_NOT_SCANNED(
      3,
      Mutation::dropItemImages,
      CATALOGUE_ITEM_NOT_IMAGED,
      IMAGE_ITEM_COUNT_MISMATCH,
      DefectCodes.IMAGE_MISSING),
  /** The images of an item were linked to an item number the catalogue does not have. */
  IMAGES_LINKED_TO_WRONG_ITEM(
      3,
      Mutation::relinkItemImages,
      IMAGE_ITEM_NOT_CATALOGUED,
      CATALOGUE_ITEM_NOT_IMAGED,
      DefectCodes.IMAGE_MISSING),
  /** A page was scanned again and both scans were kept (different bytes, so different digests). */
  EXTRA_SCAN(2, Mutation::extraScan, CATALOGUE_IMAGE_PAGE_MISMATCH),
  /** A page was scanned at 150 dpi. */
  IMAGE_RESOLUTION_LOW(
      4,
      (v, r) -> changeImage(v, r, i -> true, img -> rescannedAt(img, 150)),
      DefectCodes.IMAGE_RESOLUTION_LOW),
  /** A page that needs colour (a seal, a red letterhead) was scanned in grey. */
  IMAGE_COLOUR_REQUIRED(4, Mutation::greyScaleColourPage, DefectCodes.IMAGE_COLOUR_REQUIRED),
  /** A page was stored as PDF. */
  IMAGE_FORMAT_NOT_ALLOWED(
      2,
      (v, r) -> changeImage(v, r, i -> true, img -> img.withFormat(ImageFormat.PDF)),
      DefectCodes.IMAGE_FORMAT_NOT_ALLOWED),
  /** The scanning side flagged an image as blank. */
  IMAGE_BLANK(
      3,
      (v, r) -> changeImage(v, r, i -> true, img -> img.withBlank(true).withIllegible(false)),
      DefectCodes.IMAGE_BLANK),
  /** The scanning side flagged an image as illegible. */
  IMAGE_ILLEGIBLE(
      4,
      (v, r) -> changeImage(v, r, i -> true, img -> img.withBlank(false).withIllegible(true)),
      DefectCodes.IMAGE_ILLEGIBLE),
  /** A page was scanned twice: two images carry the same digest. */
  IMAGE_DUPLICATE(3, Mutation::repeatScan, DefectCodes.IMAGE_DUPLICATE),
  /** Image sequence numbers skip one. */
  IMAGE_SEQUENCE_GAP(2, Mutation::skipSequence, DefectCodes.IMAGE_SEQUENCE_GAP),
  /** The last image repeats the sequence number before it. */
  IMAGE_SEQUENCE_DUPLICATE(1, Mutation::repeatSequence, DefectCodes.IMAGE_SEQUENCE_DUPLICATE),
  /** A catalogue row has no date. */
  DATE_MISSING(4, (v, r) -> changeEntry(v, r, e -> e.withDate(null)), DefectCodes.DATE_MISSING),
  /** A catalogue row's date is not a real date in the 8-digit form. */
  DATE_INVALID(
      2,
      (v, r) ->
          changeEntry(v, r, e -> e.withDate(v.year() + (r.nextBoolean() ? "0230" : "-03-15"))),
      DefectCodes.DATE_INVALID),
  /** A catalogue row's date lies in the future (2099, same day, 28 February for 29 February). */
  DATE_IN_FUTURE(
      1,
      (v, r) -> changeEntry(v, r, e -> e.withDate("2099" + futureDay(e.date()))),
      DefectCodes.DATE_IN_FUTURE),
  /** A catalogue row's date lies a year before the business type could exist. */
  DATE_BEFORE_BUSINESS(1, Mutation::dateBeforeBusiness, DefectCodes.DATE_BEFORE_BUSINESS),
  /** A catalogue row's archival code has "-" where DA/T 22 puts "·". */
  ARCHIVAL_CODE_MALFORMED(
      2,
      (v, r) -> changeEntry(v, r, e -> e.withArchivalCode(e.archivalCode().replace('\u00b7', '-'))),
      DefectCodes.ARCHIVAL_CODE_MALFORMED),
  /** A catalogue row's archival code carries the previous year. */
  ARCHIVAL_CODE_YEAR_MISMATCH(
      2,
      (v, r) -> changeCode(v, r, c -> c.withYear(c.year() - 1)),
      DefectCodes.ARCHIVAL_CODE_YEAR_MISMATCH),
  /** A catalogue row's archival code carries another retention period than the volume. */
  ARCHIVAL_CODE_PERIOD_MISMATCH(
      2,
      (v, r) -> changeCode(v, r, c -> c.withPeriod(otherPeriod(c.period()))),
      DefectCodes.ARCHIVAL_CODE_PERIOD_MISMATCH),
  /** A catalogue row's archival code was never registered. */
  ARCHIVAL_CODE_NOT_REGISTERED(
      1, (v, r) -> changeEntry(v, r, e -> e.withArchivalCode(null)), METADATA_MISSING),
  /** The volume's checker (检查人) was not recorded. */
  CHECKER_NOT_RECORDED(1, (v, r) -> Optional.of(v.withChecker(null)), METADATA_MISSING),
  /**
   * The volume was given another period than its schedule row says, and its archival codes were
   * made with that period (only types filed under a row whose period the schedule decides).
   */
  RETENTION_SCHEDULE_MISMATCH(2, Mutation::wrongPeriod, DefectCodes.RETENTION_SCHEDULE_MISMATCH),
  /** The volume was filed under a business step the material rules do not have. */
  BUSINESS_TYPE_UNKNOWN(
      1,
      (v, r) ->
          Optional.of(
              v.withBusinessType(new BusinessType(v.businessType().line(), "UNLISTED_STEP"))),
      DefectCodes.BUSINESS_TYPE_UNKNOWN);

  private final int weight;

  // Stateless lambdas and an unmodifiable copy (List.copyOf): the enum stays immutable.
  @SuppressWarnings("ImmutableEnumChecker")
  private final BiFunction<Volume, SplittableRandom, Optional<Volume>> change;

  @SuppressWarnings("ImmutableEnumChecker")
  private final List<DefectCode> codes;

  Mutation(
      int weight,
      BiFunction<Volume, SplittableRandom, Optional<Volume>> change,
      DefectCode... codes) {
    this.weight = weight;
    this.change = change;
    this.codes = List.copyOf(new TreeSet<>(List.of(codes)));
  }

  /**
   * The defect codes this mutation causes: what the checks of stage {@code all} report for it,
   * sorted. A mistake that changes a count two comparisons share (a page missing from the scans is
   * missing against the paper and against the registered count) causes both.
   */
  public List<DefectCode> codes() {
    return codes;
  }

  /** How often this mutation occurs among defective volumes, relative to the others. */
  int weight() {
    return weight;
  }

  /**
   * Breaks a clean volume.
   *
   * @param clean a volume whose views agree
   * @param random the source of choices (which item, which page)
   * @return the broken volume, or empty when the volume offers nothing to break this way (for
   *     example no item with two pages)
   */
  public Optional<Volume> apply(Volume clean, SplittableRandom random) {
    return change.apply(clean, random);
  }

  // ---- the changes ---------------------------------------------------------------------------

  private static Optional<Volume> loseItemOnPaper(Volume v, SplittableRandom r) {
    TypeRules rules = CityProfile.rulesOf(v.businessType());
    List<Item> candidates =
        v.items().stream()
            .filter(
                i -> !i.mainForm() && !rules.otherRequiredMaterials().contains(i.materialCode()))
            .toList();
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    int lost = candidates.get(r.nextInt(candidates.size())).number();
    List<Item> items = new ArrayList<>(v.items());
    items.removeIf(i -> i.number() == lost);
    List<PageImage> images =
        resequence(v.images().stream().filter(i -> i.itemNumber() != lost).toList());
    return Optional.of(v.withItems(items).withImages(images));
  }

  /**
   * Removes one item from every view, renumbering the items after it (their archival codes too) and
   * the image sequence: the main form, or one required material other than it.
   */
  // o != i: another item than this one, by identity (two items may be equal).
  @SuppressWarnings("ReferenceEquality")
  private static Optional<Volume> dropItem(Volume v, SplittableRandom r, boolean mainForm) {
    TypeRules rules = CityProfile.rulesOf(v.businessType());
    List<Item> candidates =
        v.items().stream()
            .filter(
                i ->
                    mainForm
                        ? i.mainForm()
                        : rules.otherRequiredMaterials().contains(i.materialCode()))
            .filter(
                i ->
                    v.items().stream()
                        .noneMatch(
                            o -> o != i && Objects.equals(o.materialCode(), i.materialCode())))
            .toList();
    if (v.items().size() < 2 || candidates.isEmpty()) {
      return Optional.empty();
    }
    int gone = candidates.get(r.nextInt(candidates.size())).number();
    List<CatalogEntry> catalogue = new ArrayList<>();
    for (CatalogEntry e : v.catalogue()) {
      if (e.itemNumber() != gone) {
        int n = e.itemNumber() > gone ? e.itemNumber() - 1 : e.itemNumber();
        catalogue.add(
            e.withItemNumber(n)
                .withArchivalCode(e.parsedArchivalCode().orElseThrow().withItemNumber(n).format()));
      }
    }
    List<Item> items = new ArrayList<>();
    for (Item i : v.items()) {
      if (i.number() != gone) {
        items.add(i.withNumber(i.number() > gone ? i.number() - 1 : i.number()));
      }
    }
    List<PageImage> images = new ArrayList<>();
    for (PageImage img : v.images()) {
      if (img.itemNumber() != gone) {
        int n = img.itemNumber() > gone ? img.itemNumber() - 1 : img.itemNumber();
        images.add(img.withSequence(images.size() + 1).withItemNumber(n));
      }
    }
    return Optional.of(v.withCatalogue(catalogue).withItems(items).withImages(images));
  }

  private static Optional<Volume> removeSeal(Volume v, SplittableRandom r, SealKind kind) {
    TypeRules rules = CityProfile.rulesOf(v.businessType());
    List<Item> candidates =
        v.items().stream()
            .filter(i -> i.hasSeal(kind) && rules.requiredSeals(i.materialCode()).contains(kind))
            .toList();
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    Item target = candidates.get(r.nextInt(candidates.size()));
    Set<SealKind> seals = EnumSet.noneOf(SealKind.class);
    seals.addAll(target.seals());
    seals.remove(kind);
    return Optional.of(replaceItem(v, target.withSeals(seals)));
  }

  private static Optional<Volume> skipPageNumber(Volume v, SplittableRandom r) {
    return renumberPages(
        v,
        r,
        2,
        (pages, k) -> {
          List<Page> out = new ArrayList<>(pages);
          for (int i = k; i < out.size(); i++) {
            out.set(i, new Page(out.get(i).number() + 1));
          }
          return out;
        });
  }

  private static Optional<Volume> repeatPageNumber(Volume v, SplittableRandom r) {
    return renumberPages(
        v,
        r,
        2,
        (pages, k) -> {
          List<Page> out = new ArrayList<>(pages);
          int last = out.size() - 1;
          out.set(last, new Page(out.get(last - 1).number()));
          return out;
        });
  }

  /**
   * Renumbers the pages of one item with at least {@code minPages} pages, on paper and in the
   * images of that item alike (an image records the number written on its page).
   */
  private static Optional<Volume> renumberPages(
      Volume v,
      SplittableRandom r,
      int minPages,
      BiFunction<List<Page>, Integer, List<Page>> renumber) {
    return renumberPages(v, r, minPages, renumber, true);
  }

  /**
   * Changes the pages of one item with at least {@code minPages} pages; when {@code imagesFollow},
   * the item's images (in page order) take the new numbers, as an image records the number written
   * on its page; otherwise only the paper changes (pages out of physical order).
   */
  private static Optional<Volume> renumberPages(
      Volume v,
      SplittableRandom r,
      int minPages,
      BiFunction<List<Page>, Integer, List<Page>> renumber,
      boolean imagesFollow) {
    List<Item> candidates = v.items().stream().filter(i -> i.pageCount() >= minPages).toList();
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    Item target = candidates.get(r.nextInt(candidates.size()));
    int k = target.pageCount() < 2 ? 0 : 1 + r.nextInt(target.pageCount() - 1);
    List<Page> pages = renumber.apply(target.pages(), k);
    Item changed = target.withPages(pages);
    if (!imagesFollow) {
      return Optional.of(replaceItem(v, changed));
    }
    List<PageImage> images = new ArrayList<>();
    int index = 0;
    for (PageImage img : v.images()) {
      if (img.itemNumber() == target.number()) {
        images.add(img.withPageNumber(pages.get(index++).number()));
      } else {
        images.add(img);
      }
    }
    return Optional.of(replaceItem(v, changed).withImages(images));
  }

  private static Optional<Volume> misregisterPages(Volume v, SplittableRandom r) {
    return changeEntry(
        v,
        r,
        e ->
            e.withRegisteredPages(
                e.registeredPages() > 1 && r.nextBoolean()
                    ? e.registeredPages() - 1
                    : e.registeredPages() + 1));
  }

  private static Optional<Volume> dropImage(Volume v, SplittableRandom r) {
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < v.images().size(); i++) {
      int item = v.images().get(i).itemNumber();
      if (v.images().stream().filter(img -> img.itemNumber() == item).count() >= 2) {
        candidates.add(i);
      }
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    List<PageImage> images = new ArrayList<>(v.images());
    images.remove((int) candidates.get(r.nextInt(candidates.size())));
    return Optional.of(v.withImages(resequence(images)));
  }

  private static Optional<Volume> dropItemImages(Volume v, SplittableRandom r) {
    if (v.items().size() < 2) {
      return Optional.empty();
    }
    int item = v.items().get(r.nextInt(v.items().size())).number();
    return Optional.of(
        v.withImages(
            resequence(v.images().stream().filter(img -> img.itemNumber() != item).toList())));
  }

  private static Optional<Volume> relinkItemImages(Volume v, SplittableRandom r) {
    if (v.items().isEmpty()) {
      return Optional.empty();
    }
    int item = v.items().get(r.nextInt(v.items().size())).number();
    int wrong = v.items().stream().mapToInt(Item::number).max().orElseThrow() + 1;
    return Optional.of(
        v.withImages(
            v.images().stream()
                .map(img -> img.itemNumber() == item ? img.withItemNumber(wrong) : img)
                .toList()));
  }

  private static Optional<Volume> extraScan(Volume v, SplittableRandom r) {
    if (v.images().isEmpty()) {
      return Optional.empty();
    }
    PageImage again = v.images().get(r.nextInt(v.images().size()));
    List<PageImage> images = new ArrayList<>(v.images());
    String digest =
        Hashing.sha256().hashString("rescan/" + again.sha256(), StandardCharsets.UTF_8).toString();
    images.add(
        again
            .withSequence(images.size() + 1)
            .withSha256(digest)
            .withByteSize(again.byteSize() + 1)
            .withBlank(false)
            .withIllegible(false));
    return Optional.of(v.withImages(images));
  }

  private static Optional<Volume> skipSequence(Volume v, SplittableRandom r) {
    if (v.images().size() < 2) {
      return Optional.empty();
    }
    int from = 1 + r.nextInt(v.images().size() - 1);
    List<PageImage> images = new ArrayList<>();
    for (int i = 0; i < v.images().size(); i++) {
      PageImage img = v.images().get(i);
      images.add(i < from ? img : img.withSequence(img.sequence() + 1));
    }
    return Optional.of(v.withImages(images));
  }

  private static Optional<Volume> repeatSequence(Volume v, SplittableRandom r) {
    int n = v.images().size();
    if (n < 2) {
      return Optional.empty();
    }
    List<PageImage> images = new ArrayList<>(v.images());
    PageImage last = images.get(n - 1);
    images.set(n - 1, last.withSequence(images.get(n - 2).sequence()));
    return Optional.of(v.withImages(images));
  }

  private static Optional<Volume> swapPages(Volume v, SplittableRandom r) {
    return renumberPages(
        v,
        r,
        2,
        (pages, k) -> {
          List<Page> out = new ArrayList<>(pages);
          Page a = out.get(k - 1);
          out.set(k - 1, out.get(k));
          out.set(k, a);
          return out;
        },
        false);
  }

  private static Optional<Volume> numberFromTwo(Volume v, SplittableRandom r) {
    return renumberPages(
        v, r, 1, (pages, k) -> pages.stream().map(p -> new Page(p.number() + 1)).toList(), true);
  }

  private static Optional<Volume> unnumberLastPage(Volume v, SplittableRandom r) {
    return renumberPages(
        v,
        r,
        1,
        (pages, k) -> {
          List<Page> out = new ArrayList<>(pages);
          out.set(out.size() - 1, Page.UNNUMBERED);
          return out;
        },
        true);
  }

  private static Optional<Volume> dateBeforeBusiness(Volume v, SplittableRandom r) {
    LocalDate earliest = CityProfile.rulesOf(v.businessType()).availableFrom().minusYears(1);
    String date =
        String.format(
            Locale.ROOT,
            "%04d%02d%02d",
            earliest.getYear(),
            earliest.getMonthValue(),
            earliest.getDayOfMonth());
    return changeEntry(v, r, e -> e.withDate(date));
  }

  /** The month and day of a date for the year 2099, which has no 29 February. */
  private static String futureDay(String date) {
    String day = date.substring(4);
    return day.equals("0229") ? "0228" : day;
  }

  private static Optional<Volume> greyScaleColourPage(Volume v, SplittableRandom r) {
    TypeRules rules = CityProfile.rulesOf(v.businessType());
    Set<Integer> needColour = new java.util.HashSet<>();
    for (CatalogEntry e : v.catalogue()) {
      if (rules.colourRequired(e.materialCode())) {
        needColour.add(e.itemNumber());
      }
    }
    return changeImage(v, r, needColour::contains, img -> img.withColourMode(ColourMode.GREYSCALE));
  }

  private static Optional<Volume> repeatScan(Volume v, SplittableRandom r) {
    List<Integer> candidates = new ArrayList<>();
    for (int i = 1; i < v.images().size(); i++) {
      if (v.images().get(i).itemNumber() == v.images().get(i - 1).itemNumber()) {
        candidates.add(i);
      }
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    int i = candidates.get(r.nextInt(candidates.size()));
    List<PageImage> images = new ArrayList<>(v.images());
    PageImage img = images.get(i);
    PageImage previous = images.get(i - 1);
    images.set(i, img.withSha256(previous.sha256()).withByteSize(previous.byteSize()));
    return Optional.of(v.withImages(images));
  }

  private static Optional<Volume> changeImage(
      Volume v,
      SplittableRandom r,
      IntPredicate itemFilter,
      java.util.function.UnaryOperator<PageImage> change) {
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < v.images().size(); i++) {
      if (itemFilter.test(v.images().get(i).itemNumber())) {
        candidates.add(i);
      }
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    int i = candidates.get(r.nextInt(candidates.size()));
    List<PageImage> images = new ArrayList<>(v.images());
    images.set(i, change.apply(images.get(i)));
    return Optional.of(v.withImages(images));
  }

  private static Optional<Volume> changeEntry(
      Volume v, SplittableRandom r, java.util.function.UnaryOperator<CatalogEntry> change) {
    if (v.catalogue().isEmpty()) {
      return Optional.empty();
    }
    int i = r.nextInt(v.catalogue().size());
    List<CatalogEntry> catalogue = new ArrayList<>(v.catalogue());
    catalogue.set(i, change.apply(catalogue.get(i)));
    return Optional.of(v.withCatalogue(catalogue));
  }

  private static Optional<Volume> changeCode(
      Volume v, SplittableRandom r, java.util.function.UnaryOperator<ArchivalCode> change) {
    return changeEntry(
        v, r, e -> e.withArchivalCode(change.apply(e.parsedArchivalCode().orElseThrow()).format()));
  }

  private static Optional<Volume> wrongPeriod(Volume v, SplittableRandom r) {
    boolean decided =
        CityProfile.rulesOf(v.businessType())
            .retentionRow()
            .map(row -> CityProfile.SCHEDULE.classifyRow(row).isDecided())
            .orElse(false);
    if (!decided || v.retention().isDeferred()) {
      return Optional.empty();
    }
    RetentionPeriod other = otherPeriod(v.retention());
    List<CatalogEntry> catalogue = new ArrayList<>();
    for (CatalogEntry e : v.catalogue()) {
      ArchivalCode c = e.parsedArchivalCode().orElseThrow();
      catalogue.add(e.withArchivalCode(c.withPeriod(other).format()));
    }
    return Optional.of(v.withRetention(other).withCatalogue(catalogue));
  }

  private static RetentionPeriod otherPeriod(RetentionPeriod p) {
    return p.equals(RetentionPeriod.ofYears(30))
        ? RetentionPeriod.ofYears(10)
        : RetentionPeriod.ofYears(30);
  }

  private static Volume replaceItem(Volume v, Item changed) {
    List<Item> items = new ArrayList<>(v.items());
    items.replaceAll(i -> i.number() == changed.number() ? changed : i);
    return v.withItems(items);
  }

  private static List<PageImage> resequence(List<PageImage> images) {
    List<PageImage> out = new ArrayList<>(images.size());
    for (PageImage img : images) {
      out.add(img.withSequence(out.size() + 1));
    }
    return out;
  }

  /** The image scanned again at another resolution: the pixel size scales with it. */
  private static PageImage rescannedAt(PageImage img, int dpi) {
    return img.withDpi(dpi)
        .withWidthPx(img.widthPx() * dpi / Math.max(1, img.dpi()))
        .withHeightPx(img.heightPx() * dpi / Math.max(1, img.dpi()));
  }
}
