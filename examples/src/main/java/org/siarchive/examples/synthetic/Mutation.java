package org.siarchive.examples.synthetic;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.IntPredicate;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.id.ArchivalCode;
import org.siarchive.core.model.CatalogEntry;
import org.siarchive.core.model.ColourMode;
import org.siarchive.core.model.Item;
import org.siarchive.core.model.Page;
import org.siarchive.core.model.PageImage;
import org.siarchive.core.model.RetentionPeriod;
import org.siarchive.core.model.SealKind;
import org.siarchive.core.model.Volume;

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
  /** An item registered in the catalogue is not in the volume (nor, so, among its images). */
  ITEM_COUNT_MISMATCH(12, Mutation::loseItemOnPaper),
  /** The main form was never filed: absent from every view, the other items renumbered. */
  MAIN_FORM_MISSING(8, Mutation::dropMainForm),
  /** An item that should carry the sub-centre's business seal does not. */
  OFFICE_SEAL_MISSING(12, (v, r) -> removeSeal(v, r, SealKind.OFFICE_SEAL)),
  /** An item that should carry the case handler's seal does not. */
  HANDLER_SEAL_MISSING(14, (v, r) -> removeSeal(v, r, SealKind.HANDLER_SEAL)),
  /** A page number was skipped: the pages after it are numbered one higher. */
  PAGE_NUMBER_GAP(8, Mutation::skipPageNumber),
  /** The last page of an item repeats the number of the page before it. */
  PAGE_NUMBER_DUPLICATE(4, Mutation::repeatPageNumber),
  /** The catalogue's registered page count of an item is off by one. */
  PAGE_COUNT_MISMATCH(8, Mutation::misregisterPages),
  /** A page on paper was never scanned. */
  IMAGE_MISSING(6, Mutation::dropImage),
  /** A page was scanned at 150 dpi. */
  IMAGE_RESOLUTION_LOW(4, (v, r) -> changeImage(v, r, i -> true, img -> withDpi(img, 150))),
  /** A page that needs colour (a seal, a red letterhead) was scanned in grey. */
  IMAGE_COLOUR_REQUIRED(4, Mutation::greyScaleColourPage),
  /** The scanning side flagged an image as blank. */
  IMAGE_BLANK(3, (v, r) -> changeImage(v, r, i -> true, img -> withFlags(img, true, false))),
  /** The scanning side flagged an image as illegible. */
  IMAGE_ILLEGIBLE(4, (v, r) -> changeImage(v, r, i -> true, img -> withFlags(img, false, true))),
  /** A page was scanned twice: two images carry the same digest. */
  IMAGE_DUPLICATE(3, Mutation::repeatScan),
  /** A catalogue row has no date. */
  DATE_MISSING(4, (v, r) -> changeEntry(v, r, e -> withDate(e, null))),
  /** A catalogue row's date is not a real date in the 8-digit form. */
  DATE_INVALID(2, (v, r) -> changeEntry(v, r, e -> withDate(e, v.year() + (r.nextBoolean() ? "0230" : "-03-15")))),
  /** A catalogue row's date lies in the future. */
  DATE_IN_FUTURE(1, (v, r) -> changeEntry(v, r, e -> withDate(e, "2099" + e.date().substring(4)))),
  /** A catalogue row's archival code has "-" where DA/T 22 puts "·". */
  ARCHIVAL_CODE_MALFORMED(2, (v, r) -> changeEntry(v, r, e -> withCode(e, e.archivalCode().replace('\u00b7', '-')))),
  /** A catalogue row's archival code carries the previous year. */
  ARCHIVAL_CODE_YEAR_MISMATCH(2, (v, r) -> changeCode(v, r, c -> new ArchivalCode(
      c.fonds(), c.category(), c.year() - 1, c.period(), c.organisation(), c.itemNumber()))),
  /** A catalogue row's archival code carries another retention period than the volume. */
  ARCHIVAL_CODE_PERIOD_MISMATCH(2, (v, r) -> changeCode(v, r, c -> new ArchivalCode(
      c.fonds(), c.category(), c.year(), otherPeriod(c.period()), c.organisation(), c.itemNumber())));

  private final int weight;
  private final BiFunction<Volume, SplittableRandom, Optional<Volume>> change;

  Mutation(int weight, BiFunction<Volume, SplittableRandom, Optional<Volume>> change) {
    this.weight = weight;
    this.change = change;
  }

  /** The defect codes this mutation causes. */
  public List<DefectCode> codes() {
    return List.of(DefectCode.of(name()));
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
    List<Item> candidates = v.items().stream().filter(i -> !i.mainForm()).toList();
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    int lost = candidates.get(r.nextInt(candidates.size())).number();
    List<Item> items = new ArrayList<>(v.items());
    items.removeIf(i -> i.number() == lost);
    List<PageImage> images = resequence(v.images().stream().filter(i -> i.itemNumber() != lost).toList());
    return Optional.of(v.toBuilder().items(items).images(images).build());
  }

  private static Optional<Volume> dropMainForm(Volume v, SplittableRandom r) {
    if (v.items().size() < 2 || !v.items().get(0).mainForm()) {
      return Optional.empty();
    }
    List<CatalogEntry> catalogue = new ArrayList<>();
    for (CatalogEntry e : v.catalogue().subList(1, v.catalogue().size())) {
      int n = e.itemNumber() - 1;
      catalogue.add(new CatalogEntry(n, e.parsedArchivalCode().orElseThrow().withItemNumber(n).format(),
          e.materialCode(), e.title(), e.date(), e.responsibleParty(), e.documentNumber(), e.registeredPages()));
    }
    List<Item> items = new ArrayList<>();
    for (Item i : v.items().subList(1, v.items().size())) {
      items.add(new Item(i.number() - 1, i.materialCode(), false, i.seals(), i.pages()));
    }
    List<PageImage> images = new ArrayList<>();
    for (PageImage img : v.images()) {
      if (img.itemNumber() != 1) {
        images.add(copy(img, images.size() + 1, img.itemNumber() - 1, img.pageNumber()));
      }
    }
    return Optional.of(v.toBuilder().catalogue(catalogue).items(items).images(images).build());
  }

  private static Optional<Volume> removeSeal(Volume v, SplittableRandom r, SealKind kind) {
    List<Item> candidates = v.items().stream().filter(i -> i.hasSeal(kind)).toList();
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    Item target = candidates.get(r.nextInt(candidates.size()));
    Set<SealKind> seals = EnumSet.noneOf(SealKind.class);
    seals.addAll(target.seals());
    seals.remove(kind);
    return Optional.of(replaceItem(v, new Item(target.number(), target.materialCode(), target.mainForm(), seals, target.pages())));
  }

  private static Optional<Volume> skipPageNumber(Volume v, SplittableRandom r) {
    return renumberPages(v, r, 2, (pages, k) -> {
      List<Page> out = new ArrayList<>(pages);
      for (int i = k; i < out.size(); i++) {
        out.set(i, new Page(out.get(i).number() + 1));
      }
      return out;
    });
  }

  private static Optional<Volume> repeatPageNumber(Volume v, SplittableRandom r) {
    return renumberPages(v, r, 2, (pages, k) -> {
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
      Volume v, SplittableRandom r, int minPages, BiFunction<List<Page>, Integer, List<Page>> renumber) {
    List<Item> candidates = v.items().stream().filter(i -> i.pageCount() >= minPages).toList();
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    Item target = candidates.get(r.nextInt(candidates.size()));
    int k = 1 + r.nextInt(target.pageCount() - 1);
    List<Page> pages = renumber.apply(target.pages(), k);
    Item changed = new Item(target.number(), target.materialCode(), target.mainForm(), target.seals(), pages);
    List<PageImage> images = new ArrayList<>();
    int index = 0;
    for (PageImage img : v.images()) {
      if (img.itemNumber() == target.number()) {
        images.add(copy(img, img.sequence(), img.itemNumber(), pages.get(index++).number()));
      } else {
        images.add(img);
      }
    }
    return Optional.of(replaceItem(v, changed).toBuilder().images(images).build());
  }

  private static Optional<Volume> misregisterPages(Volume v, SplittableRandom r) {
    return changeEntry(v, r, e -> new CatalogEntry(e.itemNumber(), e.archivalCode(), e.materialCode(), e.title(),
        e.date(), e.responsibleParty(), e.documentNumber(),
        e.registeredPages() > 1 && r.nextBoolean() ? e.registeredPages() - 1 : e.registeredPages() + 1));
  }

  private static Optional<Volume> dropImage(Volume v, SplittableRandom r) {
    if (v.images().isEmpty()) {
      return Optional.empty();
    }
    List<PageImage> images = new ArrayList<>(v.images());
    images.remove(r.nextInt(images.size()));
    return Optional.of(v.toBuilder().images(resequence(images)).build());
  }

  private static Optional<Volume> greyScaleColourPage(Volume v, SplittableRandom r) {
    Set<Integer> needColour = new java.util.HashSet<>();
    for (Item i : v.items()) {
      if (CityProfile.BUSINESSES.stream().flatMap(b -> b.materials().stream())
          .anyMatch(m -> m.colour() && m.code().equals(i.materialCode()))) {
        needColour.add(i.number());
      }
    }
    return changeImage(v, r, needColour::contains,
        img -> new PageImage(img.sequence(), img.itemNumber(), img.pageNumber(), img.format(), img.dpi(),
            ColourMode.GREYSCALE, img.widthPx(), img.heightPx(), img.sha256(), img.byteSize(), img.blank(), img.illegible()));
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
    images.set(i, new PageImage(img.sequence(), img.itemNumber(), img.pageNumber(), img.format(), img.dpi(),
        img.colourMode(), img.widthPx(), img.heightPx(), previous.sha256(), previous.byteSize(), img.blank(), img.illegible()));
    return Optional.of(v.toBuilder().images(images).build());
  }

  private static Optional<Volume> changeImage(
      Volume v, SplittableRandom r, IntPredicate itemFilter, java.util.function.UnaryOperator<PageImage> change) {
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
    return Optional.of(v.toBuilder().images(images).build());
  }

  private static Optional<Volume> changeEntry(
      Volume v, SplittableRandom r, java.util.function.UnaryOperator<CatalogEntry> change) {
    if (v.catalogue().isEmpty()) {
      return Optional.empty();
    }
    int i = r.nextInt(v.catalogue().size());
    List<CatalogEntry> catalogue = new ArrayList<>(v.catalogue());
    catalogue.set(i, change.apply(catalogue.get(i)));
    return Optional.of(v.toBuilder().catalogue(catalogue).build());
  }

  private static Optional<Volume> changeCode(
      Volume v, SplittableRandom r, java.util.function.UnaryOperator<ArchivalCode> change) {
    return changeEntry(v, r, e -> withCode(e, change.apply(e.parsedArchivalCode().orElseThrow()).format()));
  }

  private static RetentionPeriod otherPeriod(RetentionPeriod p) {
    return p.equals(RetentionPeriod.ofYears(30)) ? RetentionPeriod.ofYears(10) : RetentionPeriod.ofYears(30);
  }

  private static Volume replaceItem(Volume v, Item changed) {
    List<Item> items = new ArrayList<>(v.items());
    items.replaceAll(i -> i.number() == changed.number() ? changed : i);
    return v.toBuilder().items(items).build();
  }

  private static List<PageImage> resequence(List<PageImage> images) {
    List<PageImage> out = new ArrayList<>(images.size());
    for (PageImage img : images) {
      out.add(copy(img, out.size() + 1, img.itemNumber(), img.pageNumber()));
    }
    return out;
  }

  private static PageImage copy(PageImage img, int sequence, int item, int page) {
    return new PageImage(sequence, item, page, img.format(), img.dpi(), img.colourMode(), img.widthPx(),
        img.heightPx(), img.sha256(), img.byteSize(), img.blank(), img.illegible());
  }

  private static PageImage withDpi(PageImage img, int dpi) {
    return new PageImage(img.sequence(), img.itemNumber(), img.pageNumber(), img.format(), dpi, img.colourMode(),
        img.widthPx() * dpi / Math.max(1, img.dpi()), img.heightPx() * dpi / Math.max(1, img.dpi()), img.sha256(),
        img.byteSize(), img.blank(), img.illegible());
  }

  private static PageImage withFlags(PageImage img, boolean blank, boolean illegible) {
    return new PageImage(img.sequence(), img.itemNumber(), img.pageNumber(), img.format(), img.dpi(), img.colourMode(),
        img.widthPx(), img.heightPx(), img.sha256(), img.byteSize(), blank, illegible);
  }

  private static CatalogEntry withDate(CatalogEntry e, String date) {
    return new CatalogEntry(e.itemNumber(), e.archivalCode(), e.materialCode(), e.title(), date,
        e.responsibleParty(), e.documentNumber(), e.registeredPages());
  }

  private static CatalogEntry withCode(CatalogEntry e, String code) {
    return new CatalogEntry(e.itemNumber(), code, e.materialCode(), e.title(), e.date(),
        e.responsibleParty(), e.documentNumber(), e.registeredPages());
  }
}
