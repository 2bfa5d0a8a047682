package org.siarchive.rules.quality;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.siarchive.core.model.ImageFormat;
import org.siarchive.core.model.PageImage;
import org.siarchive.core.model.Volume;

/**
 * A {@link ContentSource} over a folder of image files, in this layout:
 *
 * <pre>
 * ROOT/
 *   SC01-2024-000001/          one folder per volume, named by the volume id
 *     1.tif                    one file per image, named by its sequence number (no leading zeros)
 *     2.jpg                    and an extension of its format (see {@link #extensions(ImageFormat)})
 *     manifest.tsv             optional; when present it alone decides (see below)
 * </pre>
 *
 * <p>An image is looked for as {@code SEQUENCE.EXT} for each extension of its recorded format in
 * order, then for each extension of every other format (so a file whose extension lies is still
 * found, and the format check reads what it really is). A volume whose sequence numbers repeat
 * needs a manifest: a UTF-8 file named {@value #MANIFEST} whose first line is {@value
 * #MANIFEST_HEADER} and whose every other line is four tab-separated fields: the image's sequence,
 * item and page numbers and the file's name in the volume folder (no path separators). A malformed
 * line is refused with the file, the line number and the value. Files are opened as streams, never
 * read whole.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * CheckContext context = CheckContext.builder(rules)
 *     .stage(Stage.PRE_ACCEPTANCE)
 *     .imageFiles(ImageFolder.of(Path.of("/scans/2024")))
 *     .build();
 * Path written = ImageFolder.of(root).fileFor(volume, image);  // ROOT/SC01-2024-000001/3.tif
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ImageFolder implements ContentSource {
  /** The name of a volume folder's optional manifest. */
  public static final String MANIFEST = "manifest.tsv";

  /** The manifest's first line. */
  public static final String MANIFEST_HEADER = "sequence\titemNumber\tpageNumber\tfile";

  private final Path root;

  private ImageFolder(Path root) {
    this.root = root;
  }

  /**
   * {@return the folder at a path; it need not exist yet (every image is then missing)}
   *
   * @param root the folder holding one folder per volume
   */
  public static ImageFolder of(Path root) {
    return new ImageFolder(Objects.requireNonNull(root, "root"));
  }

  /** {@return the root folder} */
  public Path root() {
    return root;
  }

  /**
   * {@return the file extensions of a format, the preferred one first, in lower case without the
   * dot: e.g. {@code [tif, tiff]} for TIFF}
   *
   * @param format the format
   */
  public static List<String> extensions(ImageFormat format) {
    return switch (Objects.requireNonNull(format, "format")) {
      case TIFF -> List.of("tif", "tiff");
      case JPEG -> List.of("jpg", "jpeg");
      case JPEG2000 -> List.of("jp2", "j2k");
      case PDF -> List.of("pdf");
      case OFD -> List.of("ofd");
      case PNG -> List.of("png");
      case BMP -> List.of("bmp");
      case GIF -> List.of("gif");
      case WEBP -> List.of("webp");
    };
  }

  /**
   * {@return the folder of a volume}
   *
   * @param volume the volume
   */
  public Path folderOf(Volume volume) {
    // Volume ids are validated to letters, digits and hyphens, so they are safe as a file name.
    return root.resolve(volume.id());
  }

  /**
   * {@return where a writer puts an image without a manifest: {@code ROOT/VOLUME/SEQUENCE.EXT} with
   * the preferred extension of the recorded format}
   *
   * @param volume the volume the image belongs to
   * @param image the image, by its sequence number and recorded format
   */
  public Path fileFor(Volume volume, PageImage image) {
    return folderOf(volume).resolve(image.sequence() + "." + extensions(image.format()).get(0));
  }

  /**
   * {@return the file of an image, when there is one}
   *
   * @param volume the volume the image belongs to
   * @param image the image
   * @throws IOException when the manifest cannot be read or is malformed
   */
  public Optional<Path> find(Volume volume, PageImage image) throws IOException {
    Path folder = folderOf(volume);
    Path manifest = folder.resolve(MANIFEST);
    if (Files.isRegularFile(manifest)) {
      Optional<String> listed = fromManifest(manifest, image);
      return listed.map(folder::resolve).filter(Files::isRegularFile);
    }
    for (String ext : extensions(image.format())) {
      Path p = folder.resolve(image.sequence() + "." + ext);
      if (Files.isRegularFile(p)) {
        return Optional.of(p);
      }
    }
    for (ImageFormat other : ImageFormat.values()) {
      if (other != image.format()) {
        for (String ext : extensions(other)) {
          Path p = folder.resolve(image.sequence() + "." + ext);
          if (Files.isRegularFile(p)) {
            return Optional.of(p);
          }
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public Optional<InputStream> open(Volume volume, PageImage image) throws IOException {
    Optional<Path> file = find(volume, image);
    if (file.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.newInputStream(file.get()));
    } catch (NoSuchFileException e) {
      // Removed between the look-up and the opening: missing, like a file never there.
      return Optional.empty();
    }
  }

  private static Optional<String> fromManifest(Path manifest, PageImage image) throws IOException {
    List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).equals(MANIFEST_HEADER)) {
      throw new IOException(
          String.format(
              Locale.ROOT,
              "%s line 1: Invalid value for header (expected \"%s\"): \"%s\"",
              manifest,
              MANIFEST_HEADER.replace("\t", "\\t"),
              lines.isEmpty() ? "" : lines.get(0).replace("\t", "\\t")));
    }
    for (int n = 1; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 4
          || !isNumber(f[0])
          || !isNumber(f[1])
          || !isNumber(f[2])
          || f[3].isEmpty()
          || f[3].contains("/")
          || f[3].contains("\\")
          || f[3].equals("..")
          || f[3].equals(".")) {
        throw new IOException(
            String.format(
                Locale.ROOT,
                "%s line %d: Invalid value for line (sequence, itemNumber, pageNumber as numbers"
                    + " and a file name without separators, tab-separated): \"%s\"",
                manifest,
                n + 1,
                line.replace("\t", "\\t")));
      }
      if (Integer.parseInt(f[0]) == image.sequence()
          && Integer.parseInt(f[1]) == image.itemNumber()
          && Integer.parseInt(f[2]) == image.pageNumber()) {
        return Optional.of(f[3]);
      }
    }
    return Optional.empty();
  }

  private static boolean isNumber(String s) {
    return !s.isEmpty() && s.length() <= 6 && s.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  @Override
  public String toString() {
    return "ImageFolder[" + root + "]";
  }
}
