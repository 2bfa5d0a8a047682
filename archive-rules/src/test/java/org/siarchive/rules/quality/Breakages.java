package org.siarchive.rules.quality;

import static org.siarchive.rules.quality.DefectCodes.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
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

/**
 * One way to break a clean volume, and the codes a correct check reports for it. Most break one
 * comparison and yield one code; a few change a count that two comparisons share (a page count is
 * registered, on paper and scanned) and yield both, which they declare.
 */
record Breakage(
    String name,
    Predicate<Volume> applicable,
    Function<Volume, Volume> apply,
    Set<DefectCode> expected) {

  static final List<Breakage> ALL = new ArrayList<>();

  private static void add(
      String name,
      Predicate<Volume> applicable,
      Function<Volume, Volume> apply,
      DefectCode... codes) {
    ALL.add(new Breakage(name, applicable, apply, Set.of(codes)));
  }

  private static Predicate<Volume> always() {
    return v -> true;
  }

  static {
    add(
        "catalogue registers an item that is not there",
        always(),
        v ->
            v.toBuilder()
                .catalogue(
                    plus(
                        v.catalogue(),
                        new CatalogEntry(
                            99,
                            code(v, 99),
                            v.catalogue().get(0).materialCode(),
                            "extra",
                            v.catalogue().get(0).date(),
                            "分中心",
                            null,
                            1)))
                .build(),
        ITEM_COUNT_MISMATCH,
        CATALOGUE_ITEM_NOT_IMAGED);
    add(
        "main-form flag missing",
        always(),
        v ->
            v.toBuilder()
                .items(
                    map(
                        v.items(),
                        i ->
                            i.mainForm()
                                ? new Item(
                                    i.number(), i.materialCode(), false, i.seals(), i.pages())
                                : i))
                .build(),
        MAIN_FORM_MISSING);
    add(
        "required material not identified on paper",
        v -> otherRequired(v) != null,
        v ->
            v.toBuilder()
                .items(
                    map(
                        v.items(),
                        i ->
                            i.number() == otherRequired(v).number()
                                ? new Item(i.number(), null, false, i.seals(), i.pages())
                                : i))
                .build(),
        REQUIRED_MATERIAL_MISSING);
    add(
        "office seal missing",
        v -> sealed(v, SealKind.OFFICE_SEAL) != null,
        v -> withoutSeal(v, sealed(v, SealKind.OFFICE_SEAL), SealKind.OFFICE_SEAL),
        OFFICE_SEAL_MISSING);
    add(
        "handler seal missing",
        v -> sealed(v, SealKind.HANDLER_SEAL) != null,
        v -> withoutSeal(v, sealed(v, SealKind.HANDLER_SEAL), SealKind.HANDLER_SEAL),
        HANDLER_SEAL_MISSING);
    add(
        "last page numbered one too high",
        v -> itemWithPages(v, 2) != null,
        v -> renumberLast(v, itemWithPages(v, 2), n -> n + 1),
        PAGE_NUMBER_GAP);
    add(
        "last page carries the number before it",
        v -> itemWithPages(v, 2) != null,
        v -> renumberLast(v, itemWithPages(v, 2), n -> n - 1),
        PAGE_NUMBER_DUPLICATE);
    add(
        "first two pages swapped",
        v -> itemWithPages(v, 2) != null,
        v -> swapFirstPages(v, itemWithPages(v, 2)),
        PAGE_NUMBER_ORDER);
    add(
        "pages numbered from 2",
        always(),
        v -> shiftPages(v, v.items().get(0)),
        PAGE_NUMBER_NOT_FROM_ONE);
    add(
        "last page unnumbered",
        always(),
        v -> renumberLast(v, v.items().get(0), n -> 0),
        PAGE_UNNUMBERED);
    add(
        "registered page count one too high",
        always(),
        v ->
            v.toBuilder()
                .catalogue(
                    map(
                        v.catalogue(),
                        e ->
                            e == v.catalogue().get(0)
                                ? new CatalogEntry(
                                    e.itemNumber(),
                                    e.archivalCode(),
                                    e.materialCode(),
                                    e.title(),
                                    e.date(),
                                    e.responsibleParty(),
                                    e.documentNumber(),
                                    e.registeredPages() + 1)
                                : e))
                .build(),
        PAGE_COUNT_MISMATCH,
        CATALOGUE_IMAGE_PAGE_MISMATCH);
    add("date missing", always(), v -> withDate(v, null), DATE_MISSING);
    add("date impossible", always(), v -> withDate(v, v.year() + "0230"), DATE_INVALID);
    add("date in the future", always(), v -> withDate(v, "20260602"), DATE_IN_FUTURE);
    add(
        "date before the business existed",
        always(),
        v ->
            withDate(
                v,
                CleanVolumes.RULES
                    .rulesFor(v.businessType())
                    .orElseThrow()
                    .availableFrom()
                    .minusDays(1)
                    .toString()
                    .replace("-", "")),
        DATE_BEFORE_BUSINESS);
    add(
        "an image scanned twice as a new page",
        always(),
        v ->
            v.toBuilder()
                .images(
                    plus(
                        v.images(),
                        copy(
                            v.images().get(0),
                            v.images().size() + 1,
                            CleanVolumes.digest(v.id(), 9999))))
                .build(),
        CATALOGUE_IMAGE_PAGE_MISMATCH);
    add(
        "images linked to an item the catalogue lacks",
        always(),
        v ->
            v.toBuilder()
                .images(
                    plus(
                        v.images(),
                        new PageImage(
                            v.images().size() + 1,
                            98,
                            1,
                            ImageFormat.TIFF,
                            300,
                            ColourMode.COLOUR,
                            2480,
                            3508,
                            CleanVolumes.digest(v.id(), 9998),
                            1000L,
                            false,
                            false)))
                .build(),
        IMAGE_ITEM_NOT_CATALOGUED,
        IMAGE_ITEM_COUNT_MISMATCH);
    add(
        "all images of the first item lost",
        v -> v.items().size() >= 2,
        v -> dropImages(v, img -> img.itemNumber() == v.items().get(0).number()),
        CATALOGUE_ITEM_NOT_IMAGED,
        IMAGE_ITEM_COUNT_MISMATCH,
        IMAGE_MISSING);
    add(
        "one image of a two-page item lost",
        v -> itemWithPages(v, 2) != null,
        v ->
            dropImages(
                v,
                img -> img.itemNumber() == itemWithPages(v, 2).number() && img.pageNumber() == 1),
        IMAGE_MISSING,
        CATALOGUE_IMAGE_PAGE_MISMATCH);
    add(
        "resolution one below the requirement",
        always(),
        v ->
            withImage(
                v,
                0,
                img ->
                    new PageImage(
                        img.sequence(),
                        img.itemNumber(),
                        img.pageNumber(),
                        img.format(),
                        minDpi(v, img) - 1,
                        img.colourMode(),
                        img.widthPx(),
                        img.heightPx(),
                        img.sha256(),
                        img.byteSize(),
                        false,
                        false)),
        IMAGE_RESOLUTION_LOW);
    add(
        "seal page scanned in grey",
        v -> colourImage(v) >= 0,
        v ->
            withImage(
                v,
                colourImage(v),
                img ->
                    new PageImage(
                        img.sequence(),
                        img.itemNumber(),
                        img.pageNumber(),
                        img.format(),
                        img.dpi(),
                        ColourMode.GREYSCALE,
                        img.widthPx(),
                        img.heightPx(),
                        img.sha256(),
                        img.byteSize(),
                        false,
                        false)),
        IMAGE_COLOUR_REQUIRED);
    add(
        "image stored as PNG",
        always(),
        v ->
            withImage(
                v,
                0,
                img ->
                    new PageImage(
                        img.sequence(),
                        img.itemNumber(),
                        img.pageNumber(),
                        ImageFormat.PNG,
                        img.dpi(),
                        img.colourMode(),
                        img.widthPx(),
                        img.heightPx(),
                        img.sha256(),
                        img.byteSize(),
                        false,
                        false)),
        IMAGE_FORMAT_NOT_ALLOWED);
    add("blank image", always(), v -> flag(v, true, false), IMAGE_BLANK);
    add("illegible image", always(), v -> flag(v, false, true), IMAGE_ILLEGIBLE);
    add(
        "two images with one digest",
        v -> v.images().size() >= 2,
        v ->
            withImage(
                v,
                v.images().size() - 1,
                img -> copy(img, img.sequence(), v.images().get(0).sha256())),
        IMAGE_DUPLICATE);
    add(
        "archival code malformed",
        always(),
        v -> withCode(v, "J001-SB-2024"),
        ARCHIVAL_CODE_MALFORMED);
    add(
        "archival code of the next year",
        always(),
        v -> withCode(v, new ArchivalCode("J001", "SB", v.year() + 1, period(v), "SC", 1).format()),
        ARCHIVAL_CODE_YEAR_MISMATCH);
    add(
        "archival code of another period",
        always(),
        v ->
            withCode(v, new ArchivalCode("J001", "SB", v.year(), otherPeriod(v), "SC", 1).format()),
        ARCHIVAL_CODE_PERIOD_MISMATCH);
    add(
        "image sequence skips before the last",
        always(),
        v ->
            withImage(v, v.images().size() - 1, img -> copy(img, img.sequence() + 1, img.sha256())),
        IMAGE_SEQUENCE_GAP);
    add(
        "last image repeats a sequence number",
        v -> v.images().size() >= 2,
        v ->
            withImage(v, v.images().size() - 1, img -> copy(img, img.sequence() - 1, img.sha256())),
        IMAGE_SEQUENCE_DUPLICATE);
    add(
        "arranger not recorded",
        always(),
        v -> v.toBuilder().arranger(null).build(),
        METADATA_MISSING);
    add("archival code not registered", always(), v -> withCode(v, null), METADATA_MISSING);
    add(
        "volume and its codes kept for another period than its schedule row",
        v -> CleanVolumes.schedulePeriod(type(v)).isPresent(),
        v -> {
          RetentionPeriod other = otherPeriod(v);
          return v.toBuilder()
              .retention(other)
              .catalogue(
                  map(
                      v.catalogue(),
                      e ->
                          new CatalogEntry(
                              e.itemNumber(),
                              new ArchivalCode("J001", "SB", v.year(), other, "SC", e.itemNumber())
                                  .format(),
                              e.materialCode(),
                              e.title(),
                              e.date(),
                              e.responsibleParty(),
                              e.documentNumber(),
                              e.registeredPages())))
              .build();
        },
        RETENTION_SCHEDULE_MISMATCH);
    add(
        "business type not in the rules",
        always(),
        v ->
            v.toBuilder()
                .businessType(new BusinessType(v.businessType().line(), "NOT_IN_RULES"))
                .build(),
        BUSINESS_TYPE_UNKNOWN);
  }

  // --- helpers ---------------------------------------------------------------------------------

  static <T> List<T> plus(List<T> list, T extra) {
    List<T> copy = new ArrayList<>(list);
    copy.add(extra);
    return copy;
  }

  static <T> List<T> map(List<T> list, Function<T, T> f) {
    List<T> copy = new ArrayList<>(list.size());
    for (T t : list) {
      copy.add(f.apply(t));
    }
    return copy;
  }

  private static TypeRules type(Volume v) {
    return CleanVolumes.RULES.rulesFor(v.businessType()).orElseThrow();
  }

  private static Item otherRequired(Volume v) {
    TypeRules t = type(v);
    for (Item i : v.items()) {
      if (!i.mainForm() && t.otherRequiredMaterials().contains(i.materialCode())) {
        return i;
      }
    }
    return null;
  }

  private static Item sealed(Volume v, SealKind seal) {
    for (Item i : v.items()) {
      if (type(v).requiredSeals(i.materialCode()).contains(seal)) {
        return i;
      }
    }
    return null;
  }

  private static Volume withoutSeal(Volume v, Item target, SealKind seal) {
    return v.toBuilder()
        .items(
            map(
                v.items(),
                i -> {
                  if (i != target) {
                    return i;
                  }
                  EnumSet<SealKind> seals = EnumSet.noneOf(SealKind.class);
                  seals.addAll(i.seals());
                  seals.remove(seal);
                  return new Item(i.number(), i.materialCode(), i.mainForm(), seals, i.pages());
                }))
        .build();
  }

  private static Item itemWithPages(Volume v, int atLeast) {
    for (Item i : v.items()) {
      if (i.pageCount() >= atLeast) {
        return i;
      }
    }
    return null;
  }

  /** Renumbers the item's last page on paper and in its image alike. */
  private static Volume renumberLast(Volume v, Item target, java.util.function.IntUnaryOperator f) {
    int last = target.pageCount();
    int to = f.applyAsInt(last);
    List<Page> pages = new ArrayList<>(target.pages());
    pages.set(last - 1, new Page(to));
    return v.toBuilder()
        .items(
            map(
                v.items(),
                i ->
                    i == target
                        ? new Item(i.number(), i.materialCode(), i.mainForm(), i.seals(), pages)
                        : i))
        .images(
            map(
                v.images(),
                img ->
                    img.itemNumber() == target.number() && img.pageNumber() == last
                        ? new PageImage(
                            img.sequence(),
                            img.itemNumber(),
                            to,
                            img.format(),
                            img.dpi(),
                            img.colourMode(),
                            img.widthPx(),
                            img.heightPx(),
                            img.sha256(),
                            img.byteSize(),
                            false,
                            false)
                        : img))
        .build();
  }

  private static Volume swapFirstPages(Volume v, Item target) {
    List<Page> pages = new ArrayList<>(target.pages());
    Page first = pages.get(0);
    pages.set(0, pages.get(1));
    pages.set(1, first);
    return v.toBuilder()
        .items(
            map(
                v.items(),
                i ->
                    i == target
                        ? new Item(i.number(), i.materialCode(), i.mainForm(), i.seals(), pages)
                        : i))
        .build();
  }

  private static Volume shiftPages(Volume v, Item target) {
    List<Page> pages = new ArrayList<>();
    for (Page p : target.pages()) {
      pages.add(new Page(p.number() + 1));
    }
    return v.toBuilder()
        .items(
            map(
                v.items(),
                i ->
                    i == target
                        ? new Item(i.number(), i.materialCode(), i.mainForm(), i.seals(), pages)
                        : i))
        .images(
            map(
                v.images(),
                img ->
                    img.itemNumber() == target.number()
                        ? new PageImage(
                            img.sequence(),
                            img.itemNumber(),
                            img.pageNumber() + 1,
                            img.format(),
                            img.dpi(),
                            img.colourMode(),
                            img.widthPx(),
                            img.heightPx(),
                            img.sha256(),
                            img.byteSize(),
                            false,
                            false)
                        : img))
        .build();
  }

  private static Volume withDate(Volume v, String date) {
    CatalogEntry e = v.catalogue().get(0);
    return v.toBuilder()
        .catalogue(
            map(
                v.catalogue(),
                x ->
                    x == e
                        ? new CatalogEntry(
                            e.itemNumber(),
                            e.archivalCode(),
                            e.materialCode(),
                            e.title(),
                            date,
                            e.responsibleParty(),
                            e.documentNumber(),
                            e.registeredPages())
                        : x))
        .build();
  }

  private static Volume withCode(Volume v, String code) {
    CatalogEntry e = v.catalogue().get(0);
    return v.toBuilder()
        .catalogue(
            map(
                v.catalogue(),
                x ->
                    x == e
                        ? new CatalogEntry(
                            e.itemNumber(),
                            code,
                            e.materialCode(),
                            e.title(),
                            e.date(),
                            e.responsibleParty(),
                            e.documentNumber(),
                            e.registeredPages())
                        : x))
        .build();
  }

  private static String code(Volume v, int item) {
    return new ArchivalCode("J001", "SB", v.year(), period(v), "SC", item).format();
  }

  private static RetentionPeriod period(Volume v) {
    return v.retention();
  }

  private static RetentionPeriod otherPeriod(Volume v) {
    return v.retention().equals(RetentionPeriod.ofYears(10))
        ? RetentionPeriod.ofYears(30)
        : RetentionPeriod.ofYears(10);
  }

  static PageImage copy(PageImage img, int sequence, String sha256) {
    return new PageImage(
        sequence,
        img.itemNumber(),
        img.pageNumber(),
        img.format(),
        img.dpi(),
        img.colourMode(),
        img.widthPx(),
        img.heightPx(),
        sha256,
        img.byteSize(),
        img.blank(),
        img.illegible());
  }

  private static Volume withImage(Volume v, int index, Function<PageImage, PageImage> f) {
    List<PageImage> images = new ArrayList<>(v.images());
    images.set(index, f.apply(images.get(index)));
    return v.toBuilder().images(images).build();
  }

  /** Drops images and renumbers the sequence 1..n, as a scanning system re-sequences. */
  private static Volume dropImages(Volume v, Predicate<PageImage> drop) {
    List<PageImage> kept = new ArrayList<>();
    for (PageImage img : v.images()) {
      if (!drop.test(img)) {
        kept.add(copy(img, kept.size() + 1, img.sha256()));
      }
    }
    return v.toBuilder().images(kept).build();
  }

  private static int minDpi(Volume v, PageImage img) {
    String material =
        v.catalogue().stream()
            .filter(e -> e.itemNumber() == img.itemNumber())
            .findFirst()
            .orElseThrow()
            .materialCode();
    return type(v).minDpi(material);
  }

  private static int colourImage(Volume v) {
    for (int i = 0; i < v.images().size(); i++) {
      PageImage img = v.images().get(i);
      String material =
          v.catalogue().stream()
              .filter(e -> e.itemNumber() == img.itemNumber())
              .findFirst()
              .orElseThrow()
              .materialCode();
      if (type(v).colourRequired(material)) {
        return i;
      }
    }
    return -1;
  }

  private static Volume flag(Volume v, boolean blank, boolean illegible) {
    return withImage(
        v,
        0,
        img ->
            new PageImage(
                img.sequence(),
                img.itemNumber(),
                img.pageNumber(),
                img.format(),
                img.dpi(),
                img.colourMode(),
                img.widthPx(),
                img.heightPx(),
                img.sha256(),
                img.byteSize(),
                blank,
                illegible));
  }

  @Override
  public String toString() {
    return name;
  }
}
