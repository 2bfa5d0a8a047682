package org.siarchive.rules.quality;

import com.google.common.hash.Hashing;
import com.google.common.hash.HashingInputStream;
import com.google.common.io.ByteStreams;
import com.google.common.io.CountingInputStream;
import java.awt.image.BufferedImage;
import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.defect.Location;
import org.siarchive.core.model.ImageFormat;
import org.siarchive.core.model.PageImage;
import org.siarchive.core.model.Volume;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * One image's file as the checks see it, read at most twice and each part at most once per
 * inspection: first streamed whole for its size, SHA-256 and first bytes (constant memory, a 1 GB
 * scan never sits in memory), then, when a check asks for pixels, opened again and decoded by the
 * JDK's ImageIO and measured at about 100 dpi ({@link #subsampling(int)}: a subsampled read, or for
 * TIFF a whole read measured at that stride), for {@link PagePixels}. A file of an {@link
 * ImageFolder} is decoded in place ({@link FileImageInputStream}); another source's stream goes
 * through ImageIO's cache, as its readers seek.
 *
 * <p>A file that exists but cannot be read is an operational failure, thrown as {@link
 * UncheckedIOException}; a file that reads but does not decode is a result ({@link
 * Decoding.Unreadable}). Not thread-safe: it belongs to one {@link Inspection}.
 */
final class PageFile {
  /** How many leading bytes the format is told from. */
  private static final int HEAD = 16;

  private final ContentSource source;
  private final Volume volume;
  private final PageImage image;

  private @Nullable Content content;
  private @Nullable Decoding decoding;

  PageFile(ContentSource source, Volume volume, PageImage image) {
    this.source = source;
    this.volume = volume;
    this.image = image;
  }

  /** The file's size, digest and real format; empty when the file is missing. */
  Optional<Content> content() {
    if (content == null) {
      content = readContent();
    }
    return content.missing ? Optional.empty() : Optional.of(content);
  }

  /** The file decoded; call only when {@link #content()} is present. */
  Decoding decoding() {
    if (decoding == null) {
      decoding = decode(content().orElseThrow());
    }
    return decoding;
  }

  /** Size, digest and the format told from the first bytes (null: no known format). */
  static final class Content {
    final boolean missing;
    final long byteSize;
    final String sha256;
    final @Nullable ImageFormat format;

    Content(boolean missing, long byteSize, String sha256, @Nullable ImageFormat format) {
      this.missing = missing;
      this.byteSize = byteSize;
      this.sha256 = sha256;
      this.format = format;
    }
  }

  /** What decoding the file gave. */
  sealed interface Decoding {
    /** Decoded: the header's size and resolution, and the pixels measured. */
    record Decoded(int width, int height, @Nullable Integer dpi, PagePixels pixels)
        implements Decoding {}

    /** The bytes do not decode. */
    record Unreadable(String reason) implements Decoding {}

    /** No decoder for the format in this JVM: the pixels were not checked. */
    record NoDecoder(ImageFormat format) implements Decoding {}
  }

  private Content readContent() {
    try {
      Optional<InputStream> opened = source.open(volume, image);
      if (opened.isEmpty()) {
        return new Content(true, 0, "", null);
      }
      try (CountingInputStream counting = new CountingInputStream(opened.get());
          HashingInputStream hashing = new HashingInputStream(Hashing.sha256(), counting)) {
        byte[] head = new byte[HEAD];
        int n = ByteStreams.read(hashing, head, 0, HEAD);
        ByteStreams.exhaust(hashing);
        return new Content(false, counting.getCount(), hashing.hash().toString(), sniff(head, n));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the content of " + at(), e);
    }
  }

  private Decoding decode(Content c) {
    try {
      if (source instanceof ImageFolder folder) {
        // Read in place: ImageIO's readers seek, and a stream would be copied into its cache
        // (a temporary file, or memory when ImageIO.getUseCache() is off) first.
        Optional<Path> file = folder.find(volume, image);
        if (file.isPresent()) {
          try (ImageInputStream iis = new FileImageInputStream(file.get().toFile())) {
            return read(iis, c);
          } catch (FileNotFoundException e) {
            // Removed since it was hashed: reported below, as a stream source's would be.
          }
        }
        return new Decoding.Unreadable("the file went missing while it was checked");
      }
      Optional<InputStream> opened = source.open(volume, image);
      if (opened.isEmpty()) {
        return new Decoding.Unreadable("the file went missing while it was checked");
      }
      try (InputStream in = opened.get();
          ImageInputStream iis = ImageIO.createImageInputStream(in)) {
        return read(iis, c);
      }
    } catch (IIOException | EOFException | IllegalArgumentException | IndexOutOfBoundsException e) {
      // ImageIO's readers signal corrupt data with these; an EOFException is data that end before
      // the image does (a file cut short), the bytes having all been read once already.
      return new Decoding.Unreadable(reason(e));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the content of " + at(), e);
    }
  }

  private Decoding read(ImageInputStream iis, Content c) throws IOException {
    ImageFormat format = c.format == null ? image.format() : c.format;
    Iterator<ImageReader> readers = ImageIO.getImageReaders(iis);
    if (!readers.hasNext()) {
      return c.format == null
          ? new Decoding.Unreadable("not a file of a known image format")
          : new Decoding.NoDecoder(format);
    }
    ImageReader reader = readers.next();
    try {
      reader.setInput(iis, true, false);
      int width = reader.getWidth(0);
      int height = reader.getHeight(0);
      Integer dpi = dpi(reader.getImageMetadata(0));
      int basis = dpi != null ? dpi : image.dpi();
      int step = subsampling(basis);
      double measured = (double) basis / step;
      if (format == ImageFormat.TIFF) {
        // The JDK's TIFF reader takes about twice as long to read a page subsampled as to read
        // it whole (measured on the rendered A4 pages), so the page is read whole and measured
        // at the same stride: the same pixels as a subsampled read.
        BufferedImage whole = reader.read(0);
        return new Decoding.Decoded(width, height, dpi, PagePixels.of(whole, measured, step));
      }
      ImageReadParam param = reader.getDefaultReadParam();
      param.setSourceSubsampling(step, step, 0, 0);
      BufferedImage pixels = reader.read(0, param);
      return new Decoding.Decoded(width, height, dpi, PagePixels.of(pixels, measured));
    } finally {
      reader.dispose();
    }
  }

  private static String reason(Exception e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  /** Every how many pixels one is read so that about 100 dpi remain (1 below 200 dpi). */
  static int subsampling(int dpi) {
    return Math.max(1, dpi / 100);
  }

  /** The resolution the metadata give, in dots per inch, or null when they give none. */
  static @Nullable Integer dpi(@Nullable IIOMetadata metadata) {
    if (metadata == null) {
      return null;
    }
    if (metadata.getNativeMetadataFormatName() != null
        && metadata.getNativeMetadataFormatName().equals("javax_imageio_jpeg_image_1.0")) {
      Element jfif = find(metadata.getAsTree("javax_imageio_jpeg_image_1.0"), "app0JFIF");
      if (jfif == null) {
        return null;
      }
      int units = Integer.parseInt(jfif.getAttribute("resUnits"));
      int density = Integer.parseInt(jfif.getAttribute("Xdensity"));
      return switch (units) {
        case 1 -> density;
        case 2 -> (int) Math.round(density * 2.54);
        default -> null;
      };
    }
    if (!metadata.isStandardMetadataFormatSupported()) {
      return null;
    }
    Element size =
        find(
            metadata.getAsTree(
                javax.imageio.metadata.IIOMetadataFormatImpl.standardMetadataFormatName),
            "HorizontalPixelSize");
    if (size == null) {
      return null;
    }
    double mmPerPixel = Double.parseDouble(size.getAttribute("value"));
    return mmPerPixel > 0 ? (int) Math.round(25.4 / mmPerPixel) : null;
  }

  private static @Nullable Element find(Node node, String name) {
    if (node.getNodeName().equals(name) && node instanceof Element e) {
      return e;
    }
    for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
      Element found = find(c, name);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** The format of a file told from its first bytes, or null for none known. */
  static @Nullable ImageFormat sniff(byte[] b, int n) {
    if (n >= 4 && b[0] == 'I' && b[1] == 'I' && b[2] == 42 && b[3] == 0) {
      return ImageFormat.TIFF;
    }
    if (n >= 4 && b[0] == 'M' && b[1] == 'M' && b[2] == 0 && b[3] == 42) {
      return ImageFormat.TIFF;
    }
    if (n >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
      return ImageFormat.JPEG;
    }
    if (n >= 12 && b[4] == 'j' && b[5] == 'P' && b[6] == ' ' && b[7] == ' ') {
      return ImageFormat.JPEG2000;
    }
    if (n >= 4
        && (b[0] & 0xff) == 0xFF
        && (b[1] & 0xff) == 0x4F
        && (b[2] & 0xff) == 0xFF
        && (b[3] & 0xff) == 0x51) {
      return ImageFormat.JPEG2000;
    }
    if (n >= 4 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F') {
      return ImageFormat.PDF;
    }
    if (n >= 4 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
      return ImageFormat.PNG;
    }
    if (n >= 4 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
      return ImageFormat.GIF;
    }
    if (n >= 12
        && b[0] == 'R'
        && b[1] == 'I'
        && b[2] == 'F'
        && b[3] == 'F'
        && b[8] == 'W'
        && b[9] == 'E'
        && b[10] == 'B'
        && b[11] == 'P') {
      return ImageFormat.WEBP;
    }
    if (n >= 2 && b[0] == 'B' && b[1] == 'M') {
      return ImageFormat.BMP;
    }
    if (n >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
      // OFD (GB/T 33190) is a ZIP package.
      return ImageFormat.OFD;
    }
    return null;
  }

  private String at() {
    return String.format(Locale.ROOT, "%s", Location.image(volume.id(), image.sequence()));
  }
}
