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

  /**
   * Angles between the coarse search's half degrees are found by the fine search, to a tenth of a
   * degree (every point measured, a page of 600 × 800 px).
   */
  @ParameterizedTest(name = "{0} degrees")
  @ValueSource(doubles = {-8.8, -6.3, -3.7, -1.3, 1.2, 2.2, 3.8, 5.6, 9.2})
  void skew_offTheHalfDegrees_isFoundToATenth(double degrees) {
    PagePixels p = PagePixels.of(lines(600, 800, degrees, BufferedImage.TYPE_BYTE_GRAY), 100);
    assertThat(p.skewDegrees).isCloseTo(degrees, org.assertj.core.data.Offset.offset(0.1));
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

    // No seal on paper and no red in the colour images: nothing to say.
    ImageFolder c = ImageFolder.of(dir.resolve("c"));
    Volume plainNoSeal = withFiles(noSeal, c, tiff(plain), false);
    CheckContext cc = CleanVolumes.CONTEXT.toBuilder().imageFiles(c).build();
    assertThat(seals.check(plainNoSeal, cc)).isEmpty();
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

  /** What the file check alone reports of one image written as the given file. */
  private static List<Defect> fileFindings(Path dir, Volume base, PageImage rec, byte[] file)
      throws IOException {
    PageImage image =
        rec.withSequence(1)
            .withSha256(Hashing.sha256().hashBytes(file).toString())
            .withByteSize(file.length);
    Volume v = oneImage(base, image);
    ImageFolder folder = ImageFolder.of(dir.resolve(Integer.toString(dir.toFile().list().length)));
    Files.createDirectories(folder.folderOf(v));
    Files.write(folder.fileFor(v, v.images().get(0)), file);
    CheckContext context = CleanVolumes.CONTEXT.toBuilder().imageFiles(folder).build();
    return Suite.of("files", List.of(ImageFileCheck.INSTANCE)).check(v, context);
  }

  private static List<String> codes(List<Defect> found) {
    return found.stream().map(d -> d.code().value()).toList();
  }

  /** The first image of a clean volume whose item's material does, or does not, need colour. */
  private static PageImage imageWhoseMaterialNeedsColour(Volume v, boolean colour) {
    org.siarchive.rules.material.TypeRules rules =
        CleanVolumes.RULES.rulesFor(v.businessType()).orElseThrow();
    return v.images().stream()
        .filter(
            i ->
                rules.colourRequired(
                        v.items().stream()
                            .filter(it -> it.number() == i.itemNumber())
                            .findFirst()
                            .orElseThrow()
                            .materialCode())
                    == colour)
        .findFirst()
        .orElseThrow();
  }

  private static String materialOf(Volume v, PageImage image) {
    return v.items().stream()
        .filter(it -> it.number() == image.itemNumber())
        .findFirst()
        .orElseThrow()
        .materialCode();
  }

  /** Lines of text turned by 0.0 degrees, 300 × 400 px at 200 dpi: measured at 100 dpi. */
  private static final BufferedImage TEXT = lines(300, 400, 0, BufferedImage.TYPE_BYTE_GRAY);

  @Test
  void fileCheck_ofAFileAsRecorded_findsNothing_andEachDifferenceOnce(@TempDir Path dir)
      throws IOException {
    Volume base = CleanVolumes.of(0, 1);
    PageImage exact =
        imageWhoseMaterialNeedsColour(base, false)
            .withFormat(ImageFormat.TIFF)
            .withDpi(200)
            .withColourMode(ColourMode.GREYSCALE)
            .withWidthPx(300)
            .withHeightPx(400)
            .withBlank(false);
    byte[] file = PageFileTest.tiff(TEXT, 200, 2);
    assertThat(fileFindings(dir, base, exact, file)).isEmpty();

    List<Defect> wider = fileFindings(dir, base, exact.withWidthPx(301), file);
    assertThat(codes(wider)).containsExactly("IMAGE_PIXEL_SIZE_MISMATCH");
    assertThat(wider.get(0).arguments())
        .containsEntry("actual", "300×400")
        .containsEntry("recorded", "301×400");
    assertThat(codes(fileFindings(dir, base, exact.withHeightPx(399), file)))
        .containsExactly("IMAGE_PIXEL_SIZE_MISMATCH");

    List<Defect> dpi = fileFindings(dir, base, exact.withDpi(250), file);
    assertThat(codes(dpi)).containsExactly("IMAGE_DPI_MISMATCH");
    assertThat(dpi.get(0).arguments())
        .containsEntry("actual", "200")
        .containsEntry("recorded", "250");
    List<Defect> none = fileFindings(dir, base, exact, tiff(TEXT));
    assertThat(codes(none)).containsExactly("IMAGE_DPI_MISMATCH");
    assertThat(none.get(0).arguments()).containsEntry("actual", "none");

    List<Defect> mode = fileFindings(dir, base, exact.withColourMode(ColourMode.COLOUR), file);
    assertThat(codes(mode)).containsExactly("IMAGE_COLOUR_MODE_MISMATCH");
    assertThat(mode.get(0).arguments())
        .containsEntry("colourMode", "GREYSCALE")
        .containsEntry("recordedColourMode", "COLOUR");

    // Ink covers far more than 0.1%; a blank page (no ink at all) covers 0.00%.
    List<Defect> flagged = fileFindings(dir, base, exact.withBlank(true), file);
    assertThat(codes(flagged)).containsExactly("IMAGE_BLANK_FLAG_WRONG");
    assertThat(flagged.get(0).arguments()).containsEntry("threshold", "0.10%");
    assertThat(flagged.get(0).arguments().get("coverage")).matches("[1-9][0-9]?\\.[0-9]{2}%");
    BufferedImage paper = new BufferedImage(300, 400, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = paper.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 300, 400);
    g.dispose();
    byte[] blank = PageFileTest.tiff(paper, 200, 2);
    List<Defect> unflagged = fileFindings(dir, base, exact, blank);
    assertThat(codes(unflagged)).containsExactly("IMAGE_BLANK_NOT_FLAGGED");
    assertThat(unflagged.get(0).arguments())
        .containsEntry("coverage", "0.00%")
        .containsEntry("threshold", "0.10%");
    assertThat(fileFindings(dir, base, exact.withBlank(true), blank)).isEmpty();
  }

  @Test
  void fileCheck_skew_ofMoreThan3Degrees_isReported(@TempDir Path dir) throws IOException {
    Volume base = CleanVolumes.of(0, 1);
    PageImage exact =
        imageWhoseMaterialNeedsColour(base, false)
            .withFormat(ImageFormat.TIFF)
            .withDpi(200)
            .withColourMode(ColourMode.GREYSCALE)
            .withWidthPx(300)
            .withHeightPx(400)
            .withBlank(false);
    // Lines turned by 2.8 degrees measure 3.0 on this page at 100 dpi (every other pixel, as the
    // check measures it): at the limit, not beyond it.
    for (double degrees : new double[] {2.8, -2.8}) {
      BufferedImage turned = lines(300, 400, degrees, BufferedImage.TYPE_BYTE_GRAY);
      assertThat(PagePixels.of(turned, 100, 2).skewDegrees).isEqualTo(Math.signum(degrees) * 3.0);
      assertThat(fileFindings(dir, base, exact, PageFileTest.tiff(turned, 200, 2))).isEmpty();
    }
    for (double degrees : new double[] {4.5, -4.5}) {
      BufferedImage turned = lines(300, 400, degrees, BufferedImage.TYPE_BYTE_GRAY);
      double measured = PagePixels.of(turned, 100, 2).skewDegrees;
      assertThat(measured).isCloseTo(degrees, org.assertj.core.data.Offset.offset(0.3));
      List<Defect> found = fileFindings(dir, base, exact, PageFileTest.tiff(turned, 200, 2));
      assertThat(codes(found)).containsExactly("IMAGE_SKEWED");
      assertThat(found.get(0).arguments())
          .containsEntry("angle", String.format(java.util.Locale.ROOT, "%.1f", Math.abs(measured)))
          .containsEntry("max", "3");
    }
  }

  @Test
  void fileCheck_resolution_belowTheMaterialsMinimum_isReportedWhenTheRecordMeetsIt(
      @TempDir Path dir) throws IOException {
    for (boolean knownType : new boolean[] {true, false}) {
      Volume clean = CleanVolumes.of(0, 1);
      PageImage image = imageWhoseMaterialNeedsColour(clean, false);
      String material = materialOf(clean, image);
      // A business type the rules do not know: the material's own minimum applies.
      Volume base =
          knownType
              ? clean
              : clean.withBusinessType(
                  new org.siarchive.core.model.BusinessType(
                      clean.businessType().line(), "NO_SUCH_STEP"));
      int min =
          knownType
              ? CleanVolumes.RULES.rulesFor(base.businessType()).orElseThrow().minDpi(material)
              : CleanVolumes.RULES.minDpi(material);
      PageImage rec =
          image
              .withFormat(ImageFormat.TIFF)
              .withColourMode(ColourMode.GREYSCALE)
              .withWidthPx(300)
              .withHeightPx(400)
              .withBlank(false);
      List<Defect> low =
          fileFindings(dir, base, rec.withDpi(min), PageFileTest.tiff(TEXT, min - 1, 2));
      assertThat(codes(low)).containsExactly("IMAGE_DPI_MISMATCH", "IMAGE_RESOLUTION_LOW");
      assertThat(low.get(1).arguments())
          .containsEntry("dpi", Integer.toString(min - 1))
          .containsEntry("required", Integer.toString(min));
      // The record already below the minimum: ImageQualityCheck's to report, from the record.
      assertThat(
              codes(
                  fileFindings(
                      dir, base, rec.withDpi(min - 1), PageFileTest.tiff(TEXT, min - 1, 2))))
          .isEmpty();
      assertThat(codes(fileFindings(dir, base, rec.withDpi(min), PageFileTest.tiff(TEXT, min, 2))))
          .isEmpty();
    }
  }

  @Test
  void fileCheck_greyPixels_ofAMaterialThatNeedsColour_recordedAsColour_areReported(
      @TempDir Path dir) throws IOException {
    Volume base = CleanVolumes.of(0, 1);
    PageImage needs = imageWhoseMaterialNeedsColour(base, true);
    PageImage rec =
        needs
            .withFormat(ImageFormat.TIFF)
            .withDpi(Math.max(200, needs.dpi()))
            .withWidthPx(300)
            .withHeightPx(400)
            .withBlank(false);
    byte[] grey = PageFileTest.tiff(TEXT, rec.dpi(), 2);
    List<Defect> found = fileFindings(dir, base, rec.withColourMode(ColourMode.COLOUR), grey);
    assertThat(codes(found)).containsExactly("IMAGE_COLOUR_MODE_MISMATCH", "IMAGE_COLOUR_REQUIRED");
    assertThat(found.get(1).arguments())
        .containsEntry("colourMode", "GREYSCALE")
        .containsEntry("material", materialOf(base, needs));
    // Recorded as grey: the record shows it (ImageQualityCheck); pixels in colour: nothing.
    assertThat(fileFindings(dir, base, rec.withColourMode(ColourMode.GREYSCALE), grey)).isEmpty();
    BufferedImage colour = lines(300, 400, 0, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = colour.createGraphics();
    g.setColor(new Color(40, 90, 200));
    g.fillRect(0, 0, 300, 40);
    g.dispose();
    assertThat(
            fileFindings(
                dir,
                base,
                rec.withColourMode(ColourMode.COLOUR),
                PageFileTest.tiff(colour, rec.dpi(), 2)))
        .isEmpty();
    // A material that does not need colour, recorded as colour: the mode differs, no more.
    PageImage free = imageWhoseMaterialNeedsColour(base, false);
    assertThat(
            codes(
                fileFindings(
                    dir,
                    base,
                    free.withFormat(ImageFormat.TIFF)
                        .withDpi(rec.dpi())
                        .withColourMode(ColourMode.COLOUR)
                        .withWidthPx(300)
                        .withHeightPx(400)
                        .withBlank(false),
                    grey)))
        .containsExactly("IMAGE_COLOUR_MODE_MISMATCH");
  }

  @Test
  void fileChecks_withoutImageFiles_areNotPerformed_andSaySo() {
    CheckContext context = CleanVolumes.CONTEXT;
    String reason =
        "the image files were not read (no --images folder, CheckContext.Builder.imageFiles)";
    assertThat(NotPerformed.of(ImageFileCheck.INSTANCE, context))
        .isEqualTo(new NotPerformed("images.file", reason));
    assertThat(NotPerformed.of(ImageSealCheck.INSTANCE, context).reason()).isEqualTo(reason);
  }
}
