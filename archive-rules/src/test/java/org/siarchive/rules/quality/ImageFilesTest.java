package org.siarchive.rules.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.hash.Hashing;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.model.ColourMode;
import org.siarchive.core.model.ImageFormat;
import org.siarchive.core.model.PageImage;
import org.siarchive.core.model.Volume;
import org.siarchive.rules.Language;

/** The image folder's layout and what the file checks measure, on images drawn here. */
class ImageFilesTest {

  /** Lines of ink 6 px apart over a white page, turned by {@code degrees} about the centre. */
  static BufferedImage lines(int w, int h, double degrees, int type) {
    BufferedImage img = new BufferedImage(w, h, type);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.rotate(Math.toRadians(degrees), w / 2.0, h / 2.0);
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(1.5f));
    for (int y = h / 8; y < h * 7 / 8; y += 6) {
      g.draw(new Line2D.Double(w / 8.0, y, w * 7 / 8.0, y));
    }
    g.dispose();
    return img;
  }

  @ParameterizedTest(name = "{0} degrees")
  @ValueSource(doubles = {-7.0, -2.5, 0.0, 1.0, 4.0, 6.5})
  void skew_fromProjectionProfiles_isTheAngleTheLinesWereTurnedBy(double degrees) {
    PagePixels p = PagePixels.of(lines(600, 800, degrees, BufferedImage.TYPE_BYTE_GRAY), 100);
    assertThat(p.skewDegrees).isCloseTo(degrees, org.assertj.core.data.Offset.offset(0.3));
    assertThat(p.mode).isEqualTo(ColourMode.GREYSCALE);
    assertThat(p.blank()).isFalse();
  }

  @Test
  void blankPage_hasNoInk_andRedIsASeal_notInk() {
    BufferedImage img = new BufferedImage(400, 400, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(250, 245, 230));
    g.fillRect(0, 0, 400, 400);
    g.setColor(new Color(205, 35, 40));
    g.fillRect(100, 100, 100, 100); // 10,000 px at 100 dpi: 645 mm²
    g.dispose();
    PagePixels p = PagePixels.of(img, 100);
    assertThat(p.blank()).isTrue();
    assertThat(p.mode).isEqualTo(ColourMode.COLOUR);
    assertThat(p.redAreaMm2)
        .isCloseTo(10_000 * 0.254 * 0.254, org.assertj.core.data.Offset.offset(1.0));
    assertThat(p.sealVisible()).isTrue();
  }

  /**
   * A TIFF page is read whole and measured at a stride; that must answer exactly as measuring the
   * same file read with ImageIO's source subsampling, for every kind of raster and step.
   */
  @ParameterizedTest(name = "type {0}")
  @ValueSource(
      ints = {
        BufferedImage.TYPE_BYTE_GRAY,
        BufferedImage.TYPE_3BYTE_BGR,
        BufferedImage.TYPE_INT_RGB,
        BufferedImage.TYPE_BYTE_BINARY,
        BufferedImage.TYPE_BYTE_INDEXED
      })
  void strideOverTheWholePage_measuresWhatASubsampledReadMeasures(int type) throws IOException {
    BufferedImage img = lines(601, 803, 2.2, type);
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(205, 35, 40));
    g.fillOval(400, 500, 120, 120);
    g.dispose();
    ByteArrayOutputStream tiff = new ByteArrayOutputStream();
    assertThat(ImageIO.write(img, "tiff", tiff)).isTrue();
    for (int step = 1; step <= 3; step++) {
      BufferedImage whole;
      BufferedImage subsampled;
      try (var in =
          ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(tiff.toByteArray()))) {
        javax.imageio.ImageReader reader = ImageIO.getImageReaders(in).next();
        reader.setInput(in, true, false);
        whole = reader.read(0);
        javax.imageio.ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(step, step, 0, 0);
        subsampled = reader.read(0, param);
        reader.dispose();
      }
      PagePixels strided = PagePixels.of(whole, 300.0 / step, step);
      PagePixels read = PagePixels.of(subsampled, 300.0 / step);
      assertThat(strided.mode).as("mode, step %d", step).isEqualTo(read.mode);
      assertThat(strided.inkCoverage).as("ink, step %d", step).isEqualTo(read.inkCoverage);
      assertThat(strided.redAreaMm2).as("red, step %d", step).isEqualTo(read.redAreaMm2);
      assertThat(strided.skewDegrees).as("skew, step %d", step).isEqualTo(read.skewDegrees);
    }
  }

  /**
   * Bytes read in place (8-bit interleaved rasters, also a sub-image's, which starts inside its
   * parent's buffer) must measure what the raster's own accessors give for the same samples.
   */
  @Test
  void bytesReadInPlace_measureWhatTheRastersAccessorsMeasure() {
    BufferedImage bgr = lines(601, 803, 1.7, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = bgr.createGraphics();
    g.setColor(new Color(205, 35, 40));
    g.fillOval(400, 500, 120, 120);
    g.setColor(new Color(40, 90, 200));
    g.fillRect(20, 20, 90, 60);
    g.dispose();
    BufferedImage intRgb = new BufferedImage(601, 803, BufferedImage.TYPE_INT_RGB);
    BufferedImage grey = lines(601, 803, -2.4, BufferedImage.TYPE_BYTE_GRAY);
    BufferedImage grey16 = new BufferedImage(601, 803, BufferedImage.TYPE_USHORT_GRAY);
    for (int y = 0; y < 803; y++) {
      for (int x = 0; x < 601; x++) {
        intRgb.setRGB(x, y, bgr.getRGB(x, y));
        grey16.getRaster().setSample(x, y, 0, grey.getRaster().getSample(x, y, 0) * 257);
      }
    }
    for (int step = 1; step <= 3; step++) {
      assertSameMeasure(PagePixels.of(bgr, 100, step), PagePixels.of(intRgb, 100, step), step);
      assertSameMeasure(PagePixels.of(grey, 100, step), PagePixels.of(grey16, 100, step), step);
      assertSameMeasure(
          PagePixels.of(bgr.getSubimage(37, 51, 500, 700), 100, step),
          PagePixels.of(intRgb.getSubimage(37, 51, 500, 700), 100, step),
          step);
      assertSameMeasure(
          PagePixels.of(grey.getSubimage(37, 51, 500, 700), 100, step),
          PagePixels.of(grey16.getSubimage(37, 51, 500, 700), 100, step),
          step);
    }
    assertThat(PagePixels.of(bgr, 100).mode).isEqualTo(ColourMode.COLOUR);
    assertThat(PagePixels.of(bgr, 100).sealVisible()).isTrue();
    assertThat(PagePixels.of(grey, 100).skewDegrees)
        .isCloseTo(-2.4, org.assertj.core.data.Offset.offset(0.3));
  }

  private static void assertSameMeasure(PagePixels inPlace, PagePixels accessors, int step) {
    assertThat(inPlace.mode).as("mode, step %d", step).isEqualTo(accessors.mode);
    assertThat(inPlace.inkCoverage).as("ink, step %d", step).isEqualTo(accessors.inkCoverage);
    assertThat(inPlace.redAreaMm2).as("red, step %d", step).isEqualTo(accessors.redAreaMm2);
    assertThat(inPlace.skewDegrees).as("skew, step %d", step).isEqualTo(accessors.skewDegrees);
  }

  @Test
  void greyStoredAsColour_isGrey() {
    PagePixels p = PagePixels.of(lines(300, 300, 0, BufferedImage.TYPE_3BYTE_BGR), 100);
    assertThat(p.mode).isEqualTo(ColourMode.GREYSCALE);
  }

  private static Volume oneImage(Volume v, PageImage img) {
    return v.withImages(List.of(img.withSequence(1)));
  }

  @Test
  void fileChecks_readTheFile_andNameItemPageAndMeasuredValue(@TempDir Path dir)
      throws IOException {
    Volume base = CleanVolumes.of(0, 1);
    PageImage rec = base.images().get(0);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(lines(200, 300, 0, BufferedImage.TYPE_BYTE_GRAY), "png", png);
    byte[] bytes = png.toByteArray();
    PageImage declared =
        rec.withFormat(ImageFormat.TIFF)
            .withSha256(Hashing.sha256().hashBytes(bytes).toString())
            .withByteSize(bytes.length + 1L);
    Volume v = oneImage(base, declared);
    ImageFolder folder = ImageFolder.of(dir);
    Files.createDirectories(folder.folderOf(v));
    // A PNG under a .png name, recorded as TIFF: found, and read as what it is.
    Files.write(folder.folderOf(v).resolve("1.png"), bytes);
    CheckContext context = CleanVolumes.CONTEXT.toBuilder().imageFiles(folder).build();
    Suite suite = Suite.of("files", List.of(ImageFileCheck.INSTANCE));

    List<Defect> found = suite.check(v, context);

    assertThat(found)
        .extracting(d -> d.code().value())
        .containsExactly("IMAGE_SIZE_MISMATCH", "IMAGE_FORMAT_MISMATCH");
    assertThat(found.get(0).location().toString()).contains("item 1").contains("page 1");
    assertThat(DefectCatalogue.bundled().message(found.get(1), Language.EN))
        .isEqualTo("the file is PNG, the record says TIFF");
  }

  @Test
  void undecodableTiff_isUnreadable_andAMissingFileIsLeftToTheContentCheck(@TempDir Path dir)
      throws IOException {
    Volume base = CleanVolumes.of(0, 1);
    byte[] junk = {'I', 'I', 42, 0, 1, 2, 3};
    PageImage rec =
        base.images()
            .get(0)
            .withFormat(ImageFormat.TIFF)
            .withSha256(Hashing.sha256().hashBytes(junk).toString())
            .withByteSize(junk.length);
    Volume v = oneImage(base, rec);
    ImageFolder folder = ImageFolder.of(dir);
    CheckContext context = CleanVolumes.CONTEXT.toBuilder().imageFiles(folder).build();
    Suite suite = Suite.of("files", List.of(ImageContentCheck.INSTANCE, ImageFileCheck.INSTANCE));

    assertThat(suite.check(v, context))
        .extracting(d -> d.code().value())
        .containsExactly("IMAGE_CONTENT_MISSING");

    Files.createDirectories(folder.folderOf(v));
    Files.write(folder.fileFor(v, rec), junk);
    List<Defect> found = suite.check(v, context);
    assertThat(found).extracting(d -> d.code().value()).containsExactly("IMAGE_UNREADABLE");
    assertThat(found.get(0).arguments()).containsEntry("format", "TIFF");
  }

  @Test
  void manifest_decides_andAMalformedLineIsRefusedWithFileLineAndValue(@TempDir Path dir)
      throws IOException {
    Volume v = CleanVolumes.of(0, 1);
    PageImage rec = v.images().get(0);
    ImageFolder folder = ImageFolder.of(dir);
    Path vf = Files.createDirectories(folder.folderOf(v));
    Files.write(vf.resolve("scan-a.tif"), new byte[] {1});
    Files.writeString(
        vf.resolve(ImageFolder.MANIFEST),
        ImageFolder.MANIFEST_HEADER
            + "\n"
            + rec.sequence()
            + "\t"
            + rec.itemNumber()
            + "\t"
            + rec.pageNumber()
            + "\tscan-a.tif\n");
    assertThat(folder.find(v, rec)).contains(vf.resolve("scan-a.tif"));

    Files.writeString(
        vf.resolve(ImageFolder.MANIFEST), ImageFolder.MANIFEST_HEADER + "\n1\t1\tx\t../a.tif\n");
    assertThatThrownBy(() -> folder.find(v, rec))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("manifest.tsv line 2")
        .hasMessageContaining("1\\t1\\tx\\t../a.tif");
  }

  static byte[] tiff(BufferedImage img) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(ImageIO.write(img, "tiff", out)).isTrue();
    return out.toByteArray();
  }

  /** The volume with its first item's images only, each written as the given file. */
  private static Volume withFiles(Volume base, ImageFolder folder, byte[] file, boolean blank)
      throws IOException {
    int item = base.images().get(0).itemNumber();
    List<PageImage> images =
        base.images().stream()
            .filter(i -> i.itemNumber() == item)
            .map(
                i ->
                    i.withFormat(ImageFormat.TIFF)
                        .withBlank(blank)
                        .withSha256(Hashing.sha256().hashBytes(file).toString())
                        .withByteSize(file.length))
            .toList();
    Volume v = base.withImages(images);
    Files.createDirectories(folder.folderOf(v));
    for (PageImage i : images) {
      Files.write(folder.fileFor(v, i), file);
    }
    return v;
  }

  @Test
  void jpeg2000WithoutADecoder_isReportedNotDecoded_neverPassed(@TempDir Path dir)
      throws IOException {
    byte[] jp2 = {0, 0, 0, 12, 'j', 'P', ' ', ' ', 13, 10, (byte) 0x87, 10, 0, 0};
    Volume base = CleanVolumes.of(0, 1);
    PageImage rec =
        base.images()
            .get(0)
            .withFormat(ImageFormat.JPEG2000)
            .withSha256(Hashing.sha256().hashBytes(jp2).toString())
            .withByteSize(jp2.length);
    Volume v = oneImage(base, rec);
    ImageFolder folder = ImageFolder.of(dir);
    Files.createDirectories(folder.folderOf(v));
    Files.write(folder.fileFor(v, v.images().get(0)), jp2);
    CheckContext context = CleanVolumes.CONTEXT.toBuilder().imageFiles(folder).build();
    List<Defect> found = Suite.of("files", List.of(ImageFileCheck.INSTANCE)).check(v, context);
    // The JDK has no JPEG 2000 reader; with a plug-in these few bytes would fail to decode.
    String expected =
        ImageIO.getImageReadersByFormatName("jpeg2000").hasNext()
            ? "IMAGE_UNREADABLE"
            : "IMAGE_NOT_DECODED";
    assertThat(found).extracting(d -> d.code().value()).containsExactly(expected);
  }

  @Test
  void flaggedBlank_butInked_isReported(@TempDir Path dir) throws IOException {
    ImageFolder folder = ImageFolder.of(dir);
    Volume v =
        withFiles(
            CleanVolumes.of(0, 1),
            folder,
            tiff(lines(300, 400, 0, BufferedImage.TYPE_BYTE_GRAY)),
            true);
    CheckContext context = CleanVolumes.CONTEXT.toBuilder().imageFiles(folder).build();
    assertThat(Suite.of("files", List.of(ImageFileCheck.INSTANCE)).check(v, context))
        .extracting(d -> d.code().value())
        .contains("IMAGE_BLANK_FLAG_WRONG")
        .doesNotContain("IMAGE_BLANK_NOT_FLAGGED", "IMAGE_SKEWED");
  }

  @Test
  void sealOnPaper_mustShowInAColourImage_andARedSealMustBeOnPaper(@TempDir Path dir)
      throws IOException {
    BufferedImage plain = new BufferedImage(300, 400, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = plain.createGraphics();
    g.setColor(new Color(250, 245, 230));
    g.fillRect(0, 0, 300, 400);
    g.dispose();
    BufferedImage sealed = new BufferedImage(300, 400, BufferedImage.TYPE_3BYTE_BGR);
    g = sealed.createGraphics();
    g.drawImage(plain, 0, 0, null);
    g.setColor(new Color(205, 35, 40));
    g.setStroke(new BasicStroke(4f));
    g.drawOval(100, 100, 120, 120);
    g.dispose();
    Volume base = CleanVolumes.of(0, 1);
    int item = base.images().get(0).itemNumber();
    Suite seals = Suite.of("seals", List.of(ImageSealCheck.INSTANCE));

    ImageFolder a = ImageFolder.of(dir.resolve("a"));
    Volume withSeal =
        withFiles(
            base.withItems(
                base.items().stream()
                    .map(
                        i ->
                            i.number() == item
                                ? i.withSeals(
                                    java.util.EnumSet.of(
                                        org.siarchive.core.model.SealKind.OFFICE_SEAL))
                                : i)
                    .toList()),
            a,
            tiff(plain),
            false);
    CheckContext ca = CleanVolumes.CONTEXT.toBuilder().imageFiles(a).build();
    List<Defect> notVisible = seals.check(withSeal, ca);
    assertThat(notVisible)
        .extracting(d -> d.code().value())
        .containsExactly("IMAGE_SEAL_NOT_VISIBLE");
    assertThat(DefectCatalogue.bundled().message(notVisible.get(0), Language.EN))
        .startsWith("the paper records the sub-centre office seal, but none of the item's");

    ImageFolder b = ImageFolder.of(dir.resolve("b"));
    Volume noSeal =
        withFiles(
            base.withItems(
                base.items().stream()
                    .map(
                        i ->
                            i.number() == item
                                ? i.withSeals(
                                    java.util.EnumSet.noneOf(
                                        org.siarchive.core.model.SealKind.class))
                                : i)
                    .toList()),
            b,
            tiff(sealed),
            false);
    CheckContext cb = CleanVolumes.CONTEXT.toBuilder().imageFiles(b).build();
    assertThat(seals.check(noSeal, cb))
        .extracting(d -> d.code().value())
        .isNotEmpty()
        .containsOnly("IMAGE_SEAL_NOT_RECORDED");
  }

  /**
   * A stream of {@code size} bytes of {@code 'Z'}, made as it is read (nothing held): it records
   * the largest read asked of it, and how often it was opened.
   */
  private static final class RepeatedBytes extends InputStream {
    private final long size;
    private long position;
    int largestRead;

    RepeatedBytes(long size) {
      this.size = size;
    }

    @Override
    public int read() {
      if (position >= size) {
        return -1;
      }
      position++;
      return 'Z';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      largestRead = Math.max(largestRead, len);
      if (position >= size) {
        return -1;
      }
      int n = (int) Math.min(len, size - position);
      Arrays.fill(b, off, off + n, (byte) 'Z');
      position += n;
      return n;
    }
  }

  @Test
  void aLargeFile_isStreamedOnce_inSmallReads_forItsDigestAndSize() {
    // 64 MiB of 'Z'; the oracle is sha256sum's:
    // head -c 67108864 /dev/zero | tr '\0' 'Z' | sha256sum
    long size = 64L << 20;
    String sha256 = "103f23a15401a701b73587902f16e3b5b3bf38a039d5c94b675a9a8e84dbd5b5";
    List<RepeatedBytes> opened = new ArrayList<>();
    ContentSource source =
        (volume, image) -> {
          RepeatedBytes in = new RepeatedBytes(size);
          opened.add(in);
          return Optional.of(in);
        };
    Volume base = CleanVolumes.of(0, 1);
    PageImage rec =
        base.images().get(0).withFormat(ImageFormat.TIFF).withSha256(sha256).withByteSize(size);
    Volume v = oneImage(base, rec);
    CheckContext context = CleanVolumes.CONTEXT.toBuilder().imageFiles(source).build();
    Suite suite = Suite.of("files", List.of(ImageContentCheck.INSTANCE, ImageFileCheck.INSTANCE));

    List<Defect> found = suite.check(v, context);

    // Digest and size agree (no IMAGE_DIGEST_MISMATCH, no IMAGE_SIZE_MISMATCH); the bytes are no
    // image, which the format check says without decoding them.
    assertThat(found).extracting(d -> d.code().value()).containsExactly("IMAGE_UNREADABLE");
    assertThat(opened).hasSize(1);
    assertThat(opened.get(0).position).isEqualTo(size);
    assertThat(opened.get(0).largestRead).isPositive().isLessThanOrEqualTo(64 * 1024);

    opened.clear();
    PageImage wrong = v.images().get(0).withByteSize(size - 1).withSha256("0".repeat(64));
    assertThat(suite.check(v.withImages(List.of(wrong)), context))
        .extracting(d -> d.code().value())
        .containsExactly("IMAGE_DIGEST_MISMATCH", "IMAGE_SIZE_MISMATCH", "IMAGE_UNREADABLE");
    assertThat(opened).hasSize(1);
  }
}
