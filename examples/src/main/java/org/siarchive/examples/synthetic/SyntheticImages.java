package org.siarchive.examples.synthetic;

import com.google.common.hash.Hashing;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.model.ColourMode;
import org.siarchive.core.model.ImageFormat;
import org.siarchive.core.model.Item;
import org.siarchive.core.model.PageImage;
import org.siarchive.core.model.SealKind;
import org.siarchive.core.model.Volume;
import org.siarchive.rules.material.TypeRules;
import org.siarchive.rules.quality.DefectCodes;
import org.siarchive.rules.quality.ImageFolder;

/**
 * Renders the page images of synthetic volumes into an {@link ImageFolder}, consistent with what
 * each volume's records and paper say (format, resolution, colour mode, blank flag, the seals of
 * each paper item on its last colour page), and seeds image defects of its own into some volumes
 * that had none, each named in the returned volume's truth:
 *
 * <ul>
 *   <li>{@link ImageDefect#SKEWED}: one page turned 4° to 8°: {@code IMAGE_SKEWED};
 *   <li>{@link ImageDefect#BLANK}: one page left blank but not flagged: {@code
 *       IMAGE_BLANK_NOT_FLAGGED};
 *   <li>{@link ImageDefect#LOW_RESOLUTION}: one page scanned at 150 dpi while its record says
 *       otherwise: {@code IMAGE_DPI_MISMATCH}, {@code IMAGE_PIXEL_SIZE_MISMATCH}, {@code
 *       IMAGE_RESOLUTION_LOW};
 *   <li>{@link ImageDefect#GREYSCALE}: one page of a material that needs colour scanned in grey
 *       while its record says colour: {@code IMAGE_COLOUR_MODE_MISMATCH}, {@code
 *       IMAGE_COLOUR_REQUIRED};
 *   <li>{@link ImageDefect#DIGEST}: one byte of one file changed after its digest was recorded:
 *       {@code IMAGE_DIGEST_MISMATCH}.
 * </ul>
 *
 * <p>The records of a rendered volume get the real pixel size, size and SHA-256 of their files (the
 * record of a page scanned twice keeps the first scan's file). Which volumes get a defect, which
 * defect and which page are pure functions of the seed and the volume id.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * SyntheticImages images = SyntheticImages.of(42L).paper(105, 148);  // A6, for quick tests
 * SyntheticVolume rendered = images.render(city.volume(0), ImageFolder.of(dir), Files::write);
 * }</pre>
 */
public final class SyntheticImages {
  /** How often a rendered volume without seeded defects gets an image defect. */
  static final double IMAGE_DEFECT_RATE = 0.4;

  private final long seed;
  private final double widthMm;
  private final double heightMm;

  /** An image defect the renderer seeds. */
  public enum ImageDefect {
    /** One page turned 4° to 8°. */
    SKEWED(DefectCodes.IMAGE_SKEWED),
    /** One page blank, not flagged. */
    BLANK(DefectCodes.IMAGE_BLANK_NOT_FLAGGED),
    /** One page at 150 dpi, recorded at its volume's resolution. */
    LOW_RESOLUTION(
        DefectCodes.IMAGE_DPI_MISMATCH,
        DefectCodes.IMAGE_PIXEL_SIZE_MISMATCH,
        DefectCodes.IMAGE_RESOLUTION_LOW),
    /** One page that needs colour scanned in grey, recorded as colour. */
    GREYSCALE(DefectCodes.IMAGE_COLOUR_MODE_MISMATCH, DefectCodes.IMAGE_COLOUR_REQUIRED),
    /** One byte of one file changed. */
    DIGEST(DefectCodes.IMAGE_DIGEST_MISMATCH);

    // An unmodifiable copy of immutable codes (DefectCode is a record of a string), as Mutation.
    @SuppressWarnings("ImmutableEnumChecker")
    private final List<DefectCode> codes;

    ImageDefect(DefectCode... codes) {
      this.codes = List.of(codes);
    }

    /** The codes the checks report for it. */
    public List<DefectCode> codes() {
      return codes;
    }
  }

  /** Where the renderer's files go; the command line passes its atomic writer. */
  @FunctionalInterface
  public interface FileSink {
    /** Writes a whole file. */
    void write(Path file, byte[] bytes) throws IOException;
  }

  private SyntheticImages(long seed, double widthMm, double heightMm) {
    this.seed = seed;
    this.widthMm = widthMm;
    this.heightMm = heightMm;
  }

  /** A renderer of A4 pages (210 × 297 mm) whose defects follow the seed. */
  public static SyntheticImages of(long seed) {
    return new SyntheticImages(seed, 210.0, 297.0);
  }

  /**
   * This renderer with another paper size, e.g. A6 (105 × 148 mm) for quick tests.
   *
   * @param widthMm 50 to 420
   * @param heightMm 50 to 594
   */
  public SyntheticImages paper(double widthMm, double heightMm) {
    if (!(widthMm >= 50 && widthMm <= 420)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT, "Invalid value for widthMm (valid values 50 - 420): %s", widthMm));
    }
    if (!(heightMm >= 50 && heightMm <= 594)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT, "Invalid value for heightMm (valid values 50 - 594): %s", heightMm));
    }
    return new SyntheticImages(seed, widthMm, heightMm);
  }

  /**
   * Renders a volume's images into a folder.
   *
   * @return the volume with its records updated to the files, and its truth with the image defect
   *     seeded, if any
   * @throws IOException when a file cannot be written
   */
  public SyntheticVolume render(SyntheticVolume sv, ImageFolder folder, FileSink sink)
      throws IOException {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(sink, "sink");
    Volume v = sv.volume();
    List<PageImage> records = v.images();
    SplittableRandom r =
        new SplittableRandom(
            Hashing.sha256().hashString(seed + "/" + v.id(), StandardCharsets.UTF_8).asLong());
    Map<Integer, Integer> sealPages = sealPages(v);
    ImageDefect defect = null;
    int target = -1;
    if (!sv.isDefective() && !records.isEmpty() && r.nextDouble() < IMAGE_DEFECT_RATE) {
      ImageDefect[] all = ImageDefect.values();
      int first = r.nextInt(all.length);
      for (int k = 0; k < all.length && defect == null; k++) {
        ImageDefect d = all[(first + k) % all.length];
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
          if (applies(d, v, records.get(i), sealPages.containsValue(i))) {
            candidates.add(i);
          }
        }
        if (!candidates.isEmpty()) {
          defect = d;
          target = candidates.get(r.nextInt(candidates.size()));
        }
      }
    }
    boolean manifest =
        records.stream().map(PageImage::sequence).distinct().count() < records.size();
    StringBuilder lines = new StringBuilder(ImageFolder.MANIFEST_HEADER).append('\n');
    Map<String, byte[]> bySha = new HashMap<>();
    List<PageImage> updated = new ArrayList<>();
    Map<Integer, Item> paper = new HashMap<>();
    v.items().forEach(it -> paper.putIfAbsent(it.number(), it));
    Set<Integer> headed = new HashSet<>();
    for (int i = 0; i < records.size(); i++) {
      PageImage rec = records.get(i);
      boolean hit = i == target;
      byte[] bytes = bySha.get(rec.sha256());
      int dpi = hit && defect == ImageDefect.LOW_RESOLUTION ? 150 : rec.dpi();
      int w = PageRenderer.pixels(widthMm, dpi);
      int h = PageRenderer.pixels(heightMm, dpi);
      if (bytes == null) {
        ColourMode mode =
            hit && defect == ImageDefect.GREYSCALE ? ColourMode.GREYSCALE : rec.colourMode();
        Item item = paper.get(rec.itemNumber());
        Set<SealKind> seals =
            item != null && Objects.equals(sealPages.get(rec.itemNumber()), i)
                ? item.seals()
                : EnumSet.noneOf(SealKind.class);
        double skew = 0.0;
        if (hit && defect == ImageDefect.SKEWED) {
          skew = (4.0 + r.nextDouble() * 4.0) * (r.nextBoolean() ? 1 : -1);
        }
        PageRenderer.Page page =
            new PageRenderer.Page(
                widthMm,
                heightMm,
                dpi,
                mode,
                rec.blank() || (hit && defect == ImageDefect.BLANK),
                headed.add(rec.itemNumber()),
                seals,
                skew,
                r.nextLong());
        BufferedImage pixels = PageRenderer.draw(page);
        String text =
            String.format(Locale.ROOT, "%s %s image %d", PageRenderer.MARK, v.id(), rec.sequence());
        bytes = PageRenderer.encode(pixels, rec.format(), dpi, text);
        bySha.put(rec.sha256(), bytes);
      }
      String sha = Hashing.sha256().hashBytes(bytes).toString();
      PageImage now = rec.withSha256(sha).withByteSize(bytes.length);
      if (hit && defect == ImageDefect.LOW_RESOLUTION) {
        now =
            now.withWidthPx(PageRenderer.pixels(widthMm, rec.dpi()))
                .withHeightPx(PageRenderer.pixels(heightMm, rec.dpi()));
      } else if (rec.format() == ImageFormat.TIFF || rec.format() == ImageFormat.JPEG) {
        now = now.withWidthPx(w).withHeightPx(h);
      }
      byte[] written =
          hit && defect == ImageDefect.DIGEST ? PageRenderer.changeOneByte(bytes) : bytes;
      Path file;
      if (manifest) {
        String name = "i" + (i + 1) + "." + ImageFolder.extensions(rec.format()).get(0);
        file = folder.folderOf(v).resolve(name);
        lines.append(
            String.format(
                Locale.ROOT,
                "%d\t%d\t%d\t%s%n",
                rec.sequence(),
                rec.itemNumber(),
                rec.pageNumber(),
                name));
      } else {
        file = folder.fileFor(v, rec);
      }
      sink.write(file, written);
      updated.add(now);
    }
    if (manifest) {
      sink.write(
          folder.folderOf(v).resolve(ImageFolder.MANIFEST),
          lines.toString().getBytes(StandardCharsets.UTF_8));
    }
    TreeSet<DefectCode> truth = new TreeSet<>(sv.seeded());
    if (defect != null) {
      truth.addAll(defect.codes());
    }
    return new SyntheticVolume(v.withImages(updated), new ArrayList<>(truth));
  }

  /** The index of the image each sealed paper item shows its seals on: its last colour page. */
  private static Map<Integer, Integer> sealPages(Volume v) {
    Map<Integer, Integer> pages = new HashMap<>();
    Map<Integer, Integer> blankOnly = new HashMap<>();
    for (int i = 0; i < v.images().size(); i++) {
      PageImage img = v.images().get(i);
      if (renderable(img) && img.colourMode() == ColourMode.COLOUR) {
        if (img.blank()) {
          blankOnly.put(img.itemNumber(), i);
        } else {
          pages.put(img.itemNumber(), i);
        }
      }
    }
    blankOnly.forEach(pages::putIfAbsent);
    return pages;
  }

  private static boolean renderable(PageImage img) {
    return img.format() == ImageFormat.TIFF || img.format() == ImageFormat.JPEG;
  }

  private static boolean applies(ImageDefect d, Volume v, PageImage img, boolean sealPage) {
    if (!renderable(img) || img.blank()) {
      return false;
    }
    return switch (d) {
      case SKEWED, DIGEST -> true;
      case LOW_RESOLUTION -> img.dpi() > 150;
      case BLANK -> !sealPage;
      case GREYSCALE ->
          !sealPage && img.colourMode() == ColourMode.COLOUR && colourRequired(v, img);
    };
  }

  private static boolean colourRequired(Volume v, PageImage img) {
    TypeRules rules = CityProfile.rulesOf(v.businessType());
    @Nullable String material =
        v.catalogue().stream()
            .filter(e -> e.itemNumber() == img.itemNumber())
            .map(e -> e.materialCode())
            .findFirst()
            .orElse(null);
    return material != null && rules.colourRequired(material);
  }
}
