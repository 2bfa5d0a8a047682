package org.siarchive.rules.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.model.CatalogEntry;
import org.siarchive.core.model.Item;
import org.siarchive.core.model.PageImage;
import org.siarchive.core.model.Volume;
import org.siarchive.rules.material.TypeRules;

/**
 * One volume under inspection with its context, and the views of it that several checks need,
 * computed at most once: the business type's rules, catalogue rows and paper items by item number,
 * images by item number.
 *
 * <p>Not thread-safe: a suite makes one per volume and runs its checks on it in turn. Where item
 * numbers repeat, the first row or item with that number is the one looked up.
 *
 * <pre>{@code
 * Inspection in = Inspection.of(volume, context);
 * in.materialOfItem(3);  // the material the catalogue (else the paper) gives item 3
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Inspection {
  private final Volume volume;
  private final CheckContext context;

  // Computed on first use: null until then.
  @SuppressWarnings("NullableOptional")
  private @Nullable Optional<TypeRules> typeRules;

  private @Nullable Map<Integer, CatalogEntry> entries;
  private @Nullable Map<Integer, Item> items;
  private @Nullable Map<Integer, List<PageImage>> imagesByItem;
  private @Nullable Map<PageImage, PageFile> files;

  private Inspection(Volume volume, CheckContext context) {
    this.volume = volume;
    this.context = context;
  }

  /**
   * {@return an inspection of a volume in a context}
   *
   * @param volume the volume inspected
   * @param context the context the checks run in
   */
  public static Inspection of(Volume volume, CheckContext context) {
    return new Inspection(
        Objects.requireNonNull(volume, "volume"), Objects.requireNonNull(context, "context"));
  }

  /** {@return the volume} */
  public Volume volume() {
    return volume;
  }

  /** {@return the context} */
  public CheckContext context() {
    return context;
  }

  /**
   * {@return the rules of the volume's business type, when the material rules in force have them}
   */
  public Optional<TypeRules> typeRules() {
    if (typeRules == null) {
      typeRules = context.materialRules().rulesFor(volume.businessType());
    }
    return typeRules;
  }

  /** {@return true when the business type requires images (also when its rules are unknown)} */
  public boolean imageRequired() {
    return typeRules().map(TypeRules::imageRequired).orElse(true);
  }

  /**
   * {@return the catalogue row of an item number, or null}
   *
   * @param itemNumber the item number (件号)
   */
  public @Nullable CatalogEntry catalogueEntry(int itemNumber) {
    if (entries == null) {
      Map<Integer, CatalogEntry> map = new HashMap<>();
      for (CatalogEntry e : volume.catalogue()) {
        map.putIfAbsent(e.itemNumber(), e);
      }
      entries = map;
    }
    return entries.get(itemNumber);
  }

  /**
   * {@return the paper item of an item number, or null}
   *
   * @param itemNumber the item number (件号)
   */
  public @Nullable Item paperItem(int itemNumber) {
    if (items == null) {
      Map<Integer, Item> map = new HashMap<>();
      for (Item i : volume.items()) {
        map.putIfAbsent(i.number(), i);
      }
      items = map;
    }
    return items.get(itemNumber);
  }

  /**
   * {@return the material of an item number: the catalogue's, else the paper's; null when neither
   * gives one}
   *
   * @param itemNumber the item number (件号)
   */
  public @Nullable String materialOfItem(int itemNumber) {
    CatalogEntry e = catalogueEntry(itemNumber);
    if (e != null) {
      return e.materialCode();
    }
    Item i = paperItem(itemNumber);
    return i == null ? null : i.materialCode();
  }

  /**
   * {@return the images of each item number, each list in the volume's order; an unmodifiable view}
   */
  public Map<Integer, List<PageImage>> imagesByItem() {
    if (imagesByItem == null) {
      Map<Integer, List<PageImage>> map = new HashMap<>();
      for (PageImage img : volume.images()) {
        map.computeIfAbsent(img.itemNumber(), k -> new ArrayList<>(8)).add(img);
      }
      imagesByItem = java.util.Collections.unmodifiableMap(map);
    }
    return imagesByItem;
  }

  /**
   * {@return the images of an item number, in the volume's order; empty when there are none}
   *
   * @param itemNumber the item number (件号)
   */
  public List<PageImage> imagesOf(int itemNumber) {
    List<PageImage> list = imagesByItem().get(itemNumber);
    return list == null ? List.of() : java.util.Collections.unmodifiableList(list);
  }

  /**
   * The file of an image, read once per inspection however many checks ask; only when the context
   * has a content source.
   */
  PageFile file(PageImage image) {
    if (files == null) {
      files = new HashMap<>();
    }
    ContentSource source = context.contentSource().orElseThrow();
    return files.computeIfAbsent(image, i -> new PageFile(source, volume, i));
  }
}
