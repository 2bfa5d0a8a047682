package org.siarchive.rules.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.hash.Hashing;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.plugins.tiff.TIFFTag;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siarchive.core.model.ImageFormat;
import org.siarchive.core.model.PageImage;
import org.siarchive.core.model.Volume;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * One image's file: its format told from the signatures the formats' specifications give, its
 * resolution read from the metadata as each format stores it (JFIF density, TIFF resolution, PNG
 * pHYs), and its decoding from a folder or a stream, measured at about 100 dpi.
 */
class PageFileTest {

  /** A format's signature and the positions of the bytes that make it. */
  private record Signature(ImageFormat format, byte[] bytes, int[] significant) {}

  private static byte[] bytes(int... b) {
    byte[] out = new byte[b.length];
    for (int i = 0; i < b.length; i++) {
      out[i] = (byte) b[i];
    }
    return out;
  }

  private static int[] range(int from, int to) {
    return java.util.stream.IntStream.range(from, to).toArray();
  }

  /**
   * The signatures: TIFF 6.0 §2 (byte order II or MM, then 42), JPEG's SOI and next marker, the JP2
   * signature box (ISO/IEC 15444-1 I.5.1: a 12-byte box of type 'jP ') and a raw J2K codestream's
   * SOC and SIZ markers, PDF's header, PNG's and GIF's, RIFF/WEBP, BMP's 'BM' and OFD's ZIP local
   * file header.
   */
  private static final List<Signature> SIGNATURES =
      List.of(
          new Signature(ImageFormat.TIFF, bytes('I', 'I', 42, 0), range(0, 4)),
          new Signature(ImageFormat.TIFF, bytes('M', 'M', 0, 42), range(0, 4)),
          new Signature(ImageFormat.JPEG, bytes(0xFF, 0xD8, 0xFF), range(0, 3)),
          new Signature(
              ImageFormat.JPEG2000,
              bytes(0, 0, 0, 12, 'j', 'P', ' ', ' ', 13, 10, 0x87, 10),
              range(4, 8)),
          new Signature(ImageFormat.JPEG2000, bytes(0xFF, 0x4F, 0xFF, 0x51), range(0, 4)),
          new Signature(ImageFormat.PDF, bytes('%', 'P', 'D', 'F'), range(0, 4)),
          new Signature(ImageFormat.PNG, bytes(0x89, 'P', 'N', 'G'), range(0, 4)),
          new Signature(ImageFormat.GIF, bytes('G', 'I', 'F', '8'), range(0, 4)),
          new Signature(
              ImageFormat.WEBP,
              bytes('R', 'I', 'F', 'F', 1, 2, 3, 4, 'W', 'E', 'B', 'P'),
              new int[] {0, 1, 2, 3, 8, 9, 10, 11}),
          new Signature(ImageFormat.BMP, bytes('B', 'M'), range(0, 2)),
          new Signature(ImageFormat.OFD, bytes('P', 'K', 3, 4), range(0, 4)));

  @Test
  void sniff_tellsEachFormatFromItsSignature_andNothingFromLessOrOtherBytes() {
    assertThat(SIGNATURES)
        .extracting(Signature::format)
        .containsAll(Arrays.asList(ImageFormat.values()));
    for (Signature s : SIGNATURES) {
      // As read: the first 16 bytes of a longer file, or the whole of a file just that long.
      byte[] head = Arrays.copyOf(s.bytes(), 16);
      int n = s.bytes().length;
      assertThat(PageFile.sniff(head, n)).as("%s in %d bytes", s.format(), n).isEqualTo(s.format());
      assertThat(PageFile.sniff(head, 16)).as("%s in 16 bytes", s.format()).isEqualTo(s.format());
      assertThat(PageFile.sniff(head, n - 1)).as("%s cut to %d", s.format(), n - 1).isNull();
      for (int i : s.significant()) {
        byte[] other = head.clone();
        other[i]++;
        assertThat(PageFile.sniff(other, n)).as("%s with byte %d changed", s.format(), i).isNull();
      }
    }
    assertThat(PageFile.sniff(new byte[16], 0)).isNull();
  }

  @Test
  void subsampling_leavesAbout100Dpi_oneBelow200() {
    assertThat(PageFile.subsampling(0)).isEqualTo(1);
    assertThat(PageFile.subsampling(150)).isEqualTo(1);
    assertThat(PageFile.subsampling(199)).isEqualTo(1);
    assertThat(PageFile.subsampling(200)).isEqualTo(2);
    assertThat(PageFile.subsampling(299)).isEqualTo(2);
    assertThat(PageFile.subsampling(300)).isEqualTo(3);
    assertThat(PageFile.subsampling(600)).isEqualTo(6);
  }

  /** A JPEG of the image whose JFIF segment gives the units and density, or has no JFIF (null). */
  static byte[] jpeg(BufferedImage img, @Nullable Integer units, int density) throws IOException {
    ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
    IIOMetadata m =
        w.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), null);
    String format = m.getNativeMetadataFormatName();
    Element tree = (Element) m.getAsTree(format);
    Element jfif = (Element) tree.getElementsByTagName("app0JFIF").item(0);
    if (units == null) {
      jfif.getParentNode().removeChild(jfif);
    } else {
      jfif.setAttribute("resUnits", Integer.toString(units));
      jfif.setAttribute("Xdensity", Integer.toString(density));
      jfif.setAttribute("Ydensity", Integer.toString(density));
    }
    m.setFromTree(format, tree);
    return write(w, null, new IIOImage(img, null, m));
  }

  /** A TIFF of the image with a resolution of {@code dots} per inch (unit 2) or cm (unit 3). */
  static byte[] tiff(BufferedImage img, long dots, int unit) throws IOException {
    ImageWriter w = ImageIO.getImageWritersByFormatName("tiff").next();
    ImageWriteParam param = w.getDefaultWriteParam();
    TIFFDirectory dir =
        TIFFDirectory.createFromMetadata(
            w.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param));
    BaselineTIFFTagSet base = BaselineTIFFTagSet.getInstance();
    for (int tag :
        new int[] {BaselineTIFFTagSet.TAG_X_RESOLUTION, BaselineTIFFTagSet.TAG_Y_RESOLUTION}) {
      dir.addTIFFField(
          new TIFFField(base.getTag(tag), TIFFTag.TIFF_RATIONAL, 1, new long[][] {{dots, 1}}));
    }
    dir.addTIFFField(new TIFFField(base.getTag(BaselineTIFFTagSet.TAG_RESOLUTION_UNIT), unit));
    return write(w, param, new IIOImage(img, null, dir.getAsMetadata()));
  }

  /** A PNG of the image, with a pHYs chunk of that many pixels per metre when not null. */
  private static byte[] png(BufferedImage img, @Nullable Integer pixelsPerMetre)
      throws IOException {
    ImageWriter w = ImageIO.getImageWritersByFormatName("png").next();
    IIOMetadata m =
        w.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), null);
    if (pixelsPerMetre != null) {
      IIOMetadataNode root = new IIOMetadataNode(m.getNativeMetadataFormatName());
      IIOMetadataNode phys = new IIOMetadataNode("pHYs");
      phys.setAttribute("pixelsPerUnitXAxis", pixelsPerMetre.toString());
      phys.setAttribute("pixelsPerUnitYAxis", pixelsPerMetre.toString());
      phys.setAttribute("unitSpecifier", "meter");
      root.appendChild(phys);
      m.mergeTree(m.getNativeMetadataFormatName(), root);
    }
    return write(w, null, new IIOImage(img, null, m));
  }

  private static byte[] write(ImageWriter w, @Nullable ImageWriteParam param, IIOImage image)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
      w.setOutput(ios);
      w.write(null, image, param);
    } finally {
      w.dispose();
    }
    return out.toByteArray();
  }

  /** The metadata ImageIO reads from a file's first image. */
  private static IIOMetadata metadata(byte[] file) throws IOException {
    try (ImageInputStream iis = ImageIO.createImageInputStream(new ByteArrayInputStream(file))) {
      ImageReader r = ImageIO.getImageReaders(iis).next();
      try {
        r.setInput(iis);
        return r.getImageMetadata(0);
      } finally {
        r.dispose();
      }
    }
  }

  private static final BufferedImage SMALL =
      new BufferedImage(40, 30, BufferedImage.TYPE_BYTE_GRAY);

  @Test
  void dpi_ofAJpeg_isItsJfifDensity_perInchOrPerCentimetre() throws IOException {
    assertThat(PageFile.dpi(metadata(jpeg(SMALL, 1, 300)))).isEqualTo(300);
    assertThat(PageFile.dpi(metadata(jpeg(SMALL, 1, 201)))).isEqualTo(201);
    // 118 dots per cm are 299.72 per inch; 25 per cm are 63.5, rounded half up.
    assertThat(PageFile.dpi(metadata(jpeg(SMALL, 2, 118)))).isEqualTo(300);
    assertThat(PageFile.dpi(metadata(jpeg(SMALL, 2, 25)))).isEqualTo(64);
    // Units 0: the densities are an aspect ratio, no resolution; no JFIF segment: none either.
    assertThat(PageFile.dpi(metadata(jpeg(SMALL, 0, 300)))).isNull();
    assertThat(PageFile.dpi(metadata(jpeg(SMALL, null, 0)))).isNull();
  }

  @Test
  void dpi_ofATiffOrPng_isItsResolution_fromTheStandardMetadata() throws IOException {
    assertThat(PageFile.dpi(metadata(tiff(SMALL, 300, 2)))).isEqualTo(300);
    assertThat(PageFile.dpi(metadata(tiff(SMALL, 118, 3)))).isEqualTo(300);
    assertThat(PageFile.dpi(metadata(ImageFilesTest.tiff(SMALL)))).isNull();
    // 11,811 pixels per metre are 299.9994 per inch.
    assertThat(PageFile.dpi(metadata(png(SMALL, 11_811)))).isEqualTo(300);
    assertThat(PageFile.dpi(metadata(png(SMALL, null)))).isNull();
    assertThat(PageFile.dpi(null)).isNull();
  }

  /**
   * The metadata of a plug-in without a native format, which offers the standard format with the
   * given tree, or no standard format when it is null.
   */
  private static final class PluginMetadata extends IIOMetadata {
    private final @Nullable Node standard;

    PluginMetadata(@Nullable Node standard) {
      super(standard != null, null, null, null, null);
      this.standard = standard;
    }

    @Override
    public boolean isReadOnly() {
      return true;
    }

    @Override
    public Node getAsTree(String formatName) {
      if (standard == null
          || !formatName.equals(IIOMetadataFormatImpl.standardMetadataFormatName)) {
        throw new IllegalArgumentException("unsupported format " + formatName);
      }
      return standard;
    }

    @Override
    public void mergeTree(String formatName, Node root) {
      throw new IllegalStateException("read-only");
    }

    @Override
    public void reset() {
      throw new IllegalStateException("read-only");
    }
  }

  private static Node standardTree(String mmPerPixel) {
    IIOMetadataNode root = new IIOMetadataNode(IIOMetadataFormatImpl.standardMetadataFormatName);
    IIOMetadataNode dimension = new IIOMetadataNode("Dimension");
    IIOMetadataNode ratio = new IIOMetadataNode("PixelAspectRatio");
    ratio.setAttribute("value", "1.0");
    IIOMetadataNode size = new IIOMetadataNode("HorizontalPixelSize");
    size.setAttribute("value", mmPerPixel);
    dimension.appendChild(ratio);
    dimension.appendChild(size);
    root.appendChild(dimension);
    return root;
  }

  @Test
  void dpi_ofAnotherPlugInsMetadata_isTheStandardPixelSize_whenItGivesOne() {
    assertThat(PageFile.dpi(new PluginMetadata(standardTree("0.127")))).isEqualTo(200);
    assertThat(PageFile.dpi(new PluginMetadata(null))).isNull();
    // A pixel size of 0 or less is no resolution.
    assertThat(PageFile.dpi(new PluginMetadata(standardTree("0")))).isNull();
    assertThat(PageFile.dpi(new PluginMetadata(standardTree("-0.127")))).isNull();
  }

  /** A page of paper with a red square of 60 × 60 px at (30, 30): 25.8 mm² at 300 dpi. */
  static BufferedImage sealedPage(int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.setColor(new Color(205, 35, 40));
    g.fillRect(30, 30, 60, 60);
    g.dispose();
    return img;
  }

  /** 60 px at 300 dpi are 5.08 mm. */
  private static final double SQUARE_MM2 = 5.08 * 5.08;

  private static final Volume BASE = CleanVolumes.of(0, 1);

  private static PageImage record(byte[] file, ImageFormat format, int dpi) {
    return BASE.images()
        .get(0)
        .withSequence(1)
        .withFormat(format)
        .withDpi(dpi)
        .withSha256(Hashing.sha256().hashBytes(file).toString())
        .withByteSize(file.length);
  }

  /** A source of one file's bytes, as a stream, that counts its openings and may run dry. */
  private static final class Bytes implements ContentSource {
    private final byte[] file;
    private final int openings;
    final List<Integer> opened = new ArrayList<>();

    Bytes(byte[] file, int openings) {
      this.file = file;
      this.openings = openings;
    }

    @Override
    public Optional<InputStream> open(Volume volume, PageImage image) {
      opened.add(image.sequence());
      return opened.size() <= openings
          ? Optional.of(new ByteArrayInputStream(file))
          : Optional.empty();
    }
  }

  private static PageFile.Decoding.Decoded decoded(ContentSource source, PageImage image) {
    PageFile f = new PageFile(source, BASE, image);
    assertThat(f.content()).isPresent();
    return (PageFile.Decoding.Decoded) f.decoding();
  }

  @Test
  void decoding_measuresAt100Dpi_byTheFilesResolution_elseTheRecords(@TempDir Path dir)
      throws IOException {
    BufferedImage page = sealedPage(240, 330);
    byte[] at300 = tiff(page, 300, 2);
    byte[] none = ImageFilesTest.tiff(page);
    byte[] jpeg300 = jpeg(page, 1, 300);
    ImageFolder folder = ImageFolder.of(dir);
    Files.createDirectories(folder.folderOf(BASE));
    // The file says 300 dpi, the record 200: measured at 100 dpi, every third pixel.
    PageImage tiffRecord = record(at300, ImageFormat.TIFF, 200);
    Files.write(folder.fileFor(BASE, tiffRecord), at300);
    for (ContentSource source : List.of(folder, new Bytes(at300, 2))) {
      PageFile.Decoding.Decoded d = decoded(source, tiffRecord);
      assertThat(d.width()).isEqualTo(240);
      assertThat(d.height()).isEqualTo(330);
      assertThat(d.dpi()).isEqualTo(300);
      assertThat(d.pixels().redAreaMm2).as("%s", source).isCloseTo(SQUARE_MM2, within());
    }
    // No resolution in the file: the record's 300 dpi decide.
    PageFile.Decoding.Decoded d = decoded(new Bytes(none, 2), record(none, ImageFormat.TIFF, 300));
    assertThat(d.dpi()).isNull();
    assertThat(d.pixels().redAreaMm2).isCloseTo(SQUARE_MM2, within());
    // A JPEG is read subsampled; its compression blurs the square's edges by a pixel or so.
    d = decoded(new Bytes(jpeg300, 2), record(jpeg300, ImageFormat.JPEG, 600));
    assertThat(d.dpi()).isEqualTo(300);
    assertThat(d.pixels().redAreaMm2)
        .isCloseTo(SQUARE_MM2, org.assertj.core.data.Offset.offset(SQUARE_MM2 / 10));
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }

  @Test
  void decoding_ofAFileGoneSinceItWasHashed_isUnreadable(@TempDir Path dir) throws IOException {
    byte[] file = ImageFilesTest.tiff(SMALL);
    PageImage image = record(file, ImageFormat.TIFF, 300);
    Bytes once = new Bytes(file, 1);
    PageFile streamed = new PageFile(once, BASE, image);
    assertThat(streamed.content()).isPresent();
    assertThat(streamed.decoding())
        .isEqualTo(new PageFile.Decoding.Unreadable("the file went missing while it was checked"));
    assertThat(once.opened).containsExactly(1, 1);

    ImageFolder folder = ImageFolder.of(dir);
    Files.createDirectories(folder.folderOf(BASE));
    Files.write(folder.fileFor(BASE, image), file);
    PageFile inFolder = new PageFile(folder, BASE, image);
    assertThat(inFolder.content().orElseThrow().byteSize).isEqualTo(file.length);
    Files.delete(folder.fileFor(BASE, image));
    assertThat(inFolder.decoding())
        .isEqualTo(new PageFile.Decoding.Unreadable("the file went missing while it was checked"));
  }

  @Test
  void decoding_ofBytesThatDoNotDecode_isUnreadable_withTheDecodersReason() throws IOException {
    byte[] whole = ImageFilesTest.tiff(new BufferedImage(300, 300, BufferedImage.TYPE_BYTE_GRAY));
    // Cut inside the pixels: ImageIO's TIFF reader runs out of data (an EOFException, no message).
    byte[] cut = Arrays.copyOf(whole, whole.length / 2);
    assertThat(new PageFile(new Bytes(cut, 2), BASE, record(cut, ImageFormat.TIFF, 300)).decoding())
        .isEqualTo(new PageFile.Decoding.Unreadable("EOFException"));
    // Cut inside the header: the reader's own words.
    byte[] header = Arrays.copyOf(whole, 7);
    String said = null;
    try (ImageInputStream iis = ImageIO.createImageInputStream(new ByteArrayInputStream(header))) {
      ImageReader r = ImageIO.getImageReaders(iis).next();
      r.setInput(iis);
      r.getWidth(0);
    } catch (javax.imageio.IIOException e) {
      said = e.getMessage();
    }
    assertThat(said).isNotBlank();
    assertThat(
            new PageFile(new Bytes(header, 2), BASE, record(header, ImageFormat.TIFF, 300))
                .decoding())
        .isEqualTo(new PageFile.Decoding.Unreadable(said));
  }

  @Test
  void decoding_ofAFormatWithoutADecoder_namesTheFilesFormat_notTheRecords() {
    byte[] jp2 = {0, 0, 0, 12, 'j', 'P', ' ', ' ', 13, 10, (byte) 0x87, 10, 0, 0};
    PageFile f = new PageFile(new Bytes(jp2, 2), BASE, record(jp2, ImageFormat.TIFF, 300));
    assertThat(f.content().orElseThrow().format).isEqualTo(ImageFormat.JPEG2000);
    if (ImageIO.getImageReadersByFormatName("jpeg2000").hasNext()) {
      // With a plug-in these few bytes fail to decode.
      assertThat(f.decoding()).isInstanceOf(PageFile.Decoding.Unreadable.class);
    } else {
      assertThat(f.decoding()).isEqualTo(new PageFile.Decoding.NoDecoder(ImageFormat.JPEG2000));
    }
    // Bytes of no known format decode as nothing.
    byte[] text = "hello, world".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    PageFile t = new PageFile(new Bytes(text, 2), BASE, record(text, ImageFormat.TIFF, 300));
    assertThat(t.content().orElseThrow().format).isNull();
    assertThat(t.decoding())
        .isEqualTo(new PageFile.Decoding.Unreadable("not a file of a known image format"));
  }

  @Test
  void aFileThatCannotBeRead_isAnOperationalFailure_namingTheImage() {
    ContentSource failing =
        (volume, image) -> {
          throw new IOException("disk on fire");
        };
    PageImage image = BASE.images().get(0).withSequence(4);
    assertThatThrownBy(() -> new PageFile(failing, BASE, image).content())
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot read the content of " + BASE.id() + " image 4")
        .hasRootCauseMessage("disk on fire");
  }
}
