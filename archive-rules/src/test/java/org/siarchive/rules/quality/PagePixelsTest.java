package org.siarchive.rules.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.siarchive.core.model.ColourMode;

/**
 * The pixel measures counted exactly on small pages, for every kind of raster the measure reads
 * (palette, 8-bit interleaved, packed, 16-bit, grey), each at the edges of its rules: luminance 127
 * is ink and 128 is not, {@code (140, 70, 70)} is red and one less anywhere is not, a chroma of 16
 * is colour and 15 is not, 1% of chromatic pixels is a colour page, 0.1% of ink is not blank, 20
 * mm² of red is a visible seal.
 */
class PagePixelsTest {
  private static final int PAPER = 0xFFFFFF;
  private static final int INK_127 = 0x7F7F7F;
  private static final int GREY_128 = 0x808080;
  private static final int RED_EDGE = rgb(140, 70, 70);
  private static final int NOT_RED_R = rgb(139, 69, 69);
  private static final int NOT_RED_G = rgb(140, 71, 70);
  private static final int NOT_RED_B = rgb(140, 70, 71);
  private static final int CHROMA_16 = rgb(200, 200, 216);
  private static final int CHROMA_15 = rgb(200, 200, 215);

  private static int rgb(int r, int g, int b) {
    return (r << 16) | (g << 8) | b;
  }

  /** A 10 × 10 page of paper with the given colours at (0, 0), (1, 0), ... */
  private static int[][] page(int... marks) {
    int[][] p = new int[10][10];
    for (int[] row : p) {
      java.util.Arrays.fill(row, PAPER);
    }
    for (int i = 0; i < marks.length; i++) {
      p[i / 10][i % 10] = marks[i];
    }
    return p;
  }

  /**
   * The page as an image of the given kind: 0 palette, 1 3-byte BGR, 2 int RGB, 3 16-bit RGB, 6
   * 8-bit RGB in three banks (one array per band).
   */
  private static BufferedImage image(int[][] p, int kind) {
    int h = p.length;
    int w = p[0].length;
    switch (kind) {
      case 0 -> {
        List<Integer> colours = new ArrayList<>();
        for (int[] row : p) {
          for (int c : row) {
            if (!colours.contains(c)) {
              colours.add(c);
            }
          }
        }
        while (colours.size() < 3) {
          colours.add(0x123456 + colours.size());
        }
        byte[] r = new byte[colours.size()];
        byte[] g = new byte[colours.size()];
        byte[] b = new byte[colours.size()];
        for (int i = 0; i < colours.size(); i++) {
          r[i] = (byte) (colours.get(i) >> 16);
          g[i] = (byte) (colours.get(i) >> 8);
          b[i] = (byte) (int) colours.get(i);
        }
        IndexColorModel icm = new IndexColorModel(8, colours.size(), r, g, b);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, icm);
        for (int y = 0; y < h; y++) {
          for (int x = 0; x < w; x++) {
            img.getRaster().setSample(x, y, 0, colours.indexOf(p[y][x]));
          }
        }
        return img;
      }
      case 6 -> {
        ComponentColorModel cm =
            new ComponentColorModel(
                ColorSpace.getInstance(ColorSpace.CS_sRGB),
                false,
                false,
                Transparency.OPAQUE,
                DataBuffer.TYPE_BYTE);
        WritableRaster raster = Raster.createBandedRaster(DataBuffer.TYPE_BYTE, w, h, 3, null);
        for (int y = 0; y < h; y++) {
          for (int x = 0; x < w; x++) {
            int c = p[y][x];
            raster.setPixel(x, y, new int[] {(c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff});
          }
        }
        return new BufferedImage(cm, raster, false, null);
      }
      case 3 -> {
        ComponentColorModel cm =
            new ComponentColorModel(
                ColorSpace.getInstance(ColorSpace.CS_sRGB),
                false,
                false,
                Transparency.OPAQUE,
                DataBuffer.TYPE_USHORT);
        WritableRaster raster = cm.createCompatibleWritableRaster(w, h);
        for (int y = 0; y < h; y++) {
          for (int x = 0; x < w; x++) {
            int c = p[y][x];
            raster.setPixel(
                x,
                y,
                new int[] {((c >> 16) & 0xff) * 257, ((c >> 8) & 0xff) * 257, (c & 0xff) * 257});
          }
        }
        return new BufferedImage(cm, raster, false, null);
      }
      default -> {
        BufferedImage img =
            new BufferedImage(
                w, h, kind == 1 ? BufferedImage.TYPE_3BYTE_BGR : BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
          for (int x = 0; x < w; x++) {
            img.setRGB(x, y, p[y][x]);
          }
        }
        return img;
      }
    }
  }

  private static BufferedImage grey(int[][] samples, boolean sixteen) {
    int h = samples.length;
    int w = samples[0].length;
    BufferedImage img =
        new BufferedImage(
            w, h, sixteen ? BufferedImage.TYPE_USHORT_GRAY : BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        img.getRaster().setSample(x, y, 0, sixteen ? samples[y][x] * 257 : samples[y][x]);
      }
    }
    return img;
  }

  @ParameterizedTest(name = "kind {0}")
  @ValueSource(ints = {0, 1, 2, 3, 6})
  void of_countsInkRedAndChromaAtTheEdgesOfEachRule(int kind) {
    // Ink: 127 grey and the three near-reds (dark enough); red: the one at the edge; chromatic:
    // the four reds (chroma 69 to 70); neither: 128 grey and chroma 15.
    BufferedImage img =
        image(page(INK_127, GREY_128, RED_EDGE, NOT_RED_R, NOT_RED_G, NOT_RED_B, CHROMA_15), kind);
    PagePixels p = PagePixels.of(img, 25.4);
    assertThat(p.inkCoverage).isEqualTo(4 / 100.0);
    assertThat(p.redAreaMm2).isEqualTo(1.0);
    assertThat(p.mode).isEqualTo(ColourMode.COLOUR);
    assertThat(p.blank()).isFalse();
    assertThat(p.sealVisible()).isFalse();
    assertThat(p.skewDegrees).isZero();
  }

  @ParameterizedTest(name = "kind {0}")
  @ValueSource(ints = {0, 1, 2, 3, 6})
  void of_onePercentChromaticIsColour_lessIsGreyStoredAsColour(int kind) {
    assertThat(PagePixels.of(image(page(CHROMA_16), kind), 100).mode).isEqualTo(ColourMode.COLOUR);
    assertThat(PagePixels.of(image(page(CHROMA_15, INK_127), kind), 100).mode)
        .isEqualTo(ColourMode.GREYSCALE);
  }

  @Test
  void of_palettes_ofTwoEntriesAreBitonal() {
    IndexColorModel two =
        new IndexColorModel(
            8,
            2,
            new byte[] {0, (byte) 255},
            new byte[] {0, (byte) 255},
            new byte[] {0, (byte) 255});
    BufferedImage img = new BufferedImage(10, 10, BufferedImage.TYPE_BYTE_INDEXED, two);
    img.getRaster().setSample(3, 4, 0, 0);
    for (int y = 0; y < 10; y++) {
      for (int x = 0; x < 10; x++) {
        img.getRaster().setSample(x, y, 0, x == 3 && y == 4 ? 0 : 1);
      }
    }
    PagePixels p = PagePixels.of(img, 100);
    assertThat(p.mode).isEqualTo(ColourMode.BITONAL);
    assertThat(p.inkCoverage).isEqualTo(0.01);
    BufferedImage binary = new BufferedImage(10, 10, BufferedImage.TYPE_BYTE_BINARY);
    assertThat(PagePixels.of(binary, 100).mode).isEqualTo(ColourMode.BITONAL);
    assertThat(PagePixels.of(binary, 100).inkCoverage).isEqualTo(1.0);
  }

  @ParameterizedTest(name = "16-bit {0}")
  @ValueSource(booleans = {false, true})
  void of_grey_inkIsBelow128(boolean sixteen) {
    int[][] s = new int[10][10];
    for (int[] row : s) {
      java.util.Arrays.fill(row, 255);
    }
    s[0][0] = 127;
    s[0][1] = 128;
    s[9][9] = 0;
    PagePixels p = PagePixels.of(grey(s, sixteen), 100);
    assertThat(p.mode).isEqualTo(ColourMode.GREYSCALE);
    assertThat(p.inkCoverage).isEqualTo(0.02);
    assertThat(p.redAreaMm2).isZero();
  }

  /**
   * A 7 × 5 page measured at step 2 is the 4 × 3 grid of columns 0, 2, 4, 6 and rows 0, 2, 4: ink
   * at (6, 4) is measured, ink at (1, 1) and (5, 3) is not.
   */
  @ParameterizedTest(name = "kind {0}")
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6})
  void of_step_measuresEveryStepthPixelOfEveryStepthRowFromTheFirst(int kind) {
    int[][] p = new int[5][7];
    for (int[] row : p) {
      java.util.Arrays.fill(row, PAPER);
    }
    p[4][6] = 0;
    p[1][1] = 0;
    p[3][5] = 0;
    p[2][0] = RED_EDGE;
    p[3][0] = RED_EDGE;
    BufferedImage img;
    boolean grey = kind == 4 || kind == 5;
    if (grey) {
      int[][] s = new int[5][7];
      for (int y = 0; y < 5; y++) {
        for (int x = 0; x < 7; x++) {
          s[y][x] = p[y][x] == 0 ? 0 : 255;
        }
      }
      img = grey(s, kind == 5);
    } else {
      img = image(p, kind);
    }
    PagePixels m = PagePixels.of(img, 12.7, 2);
    assertThat(m.inkCoverage).isEqualTo(1 / 12.0);
    assertThat(m.redAreaMm2).isEqualTo(grey ? 0.0 : 4.0);
    PagePixels all = PagePixels.of(img, 25.4, 1);
    assertThat(all.inkCoverage).isEqualTo(3 / 35.0);
  }

  @Test
  void blankAndSeal_atTheirThresholds() {
    // 1,000 pixels: one of ink is 0.1%, not blank; none is blank.
    int[][] s = new int[20][50];
    for (int[] row : s) {
      java.util.Arrays.fill(row, 255);
    }
    assertThat(PagePixels.of(grey(s, false), 100).blank()).isTrue();
    s[7][7] = 10;
    PagePixels one = PagePixels.of(grey(s, false), 100);
    assertThat(one.inkCoverage).isEqualTo(0.001);
    assertThat(one.blank()).isFalse();

    // At 25.4 dpi a pixel is 1 mm²: 20 red pixels are a visible seal, 19 are not.
    int[] marks = new int[20];
    java.util.Arrays.fill(marks, RED_EDGE);
    PagePixels seal = PagePixels.of(image(page(marks), 1), 25.4);
    assertThat(seal.redAreaMm2).isEqualTo(20.0);
    assertThat(seal.sealVisible()).isTrue();
    assertThat(seal.blank()).as("red is not ink").isTrue();
    PagePixels less = PagePixels.of(image(page(java.util.Arrays.copyOf(marks, 19)), 1), 25.4);
    assertThat(less.sealVisible()).isFalse();
  }

  @ParameterizedTest(name = "kind {0}")
  @ValueSource(ints = {0, 1, 2, 3, 6})
  void of_tallPage_countsTheShareOverAllItsPixels(int kind) {
    // 10 wide, 20 high: 1% of 200 pixels is 2; one chromatic pixel is grey stored as colour.
    int[][] p = new int[20][10];
    for (int[] row : p) {
      java.util.Arrays.fill(row, PAPER);
    }
    p[3][4] = CHROMA_16;
    assertThat(PagePixels.of(image(p, kind), 100).mode).isEqualTo(ColourMode.GREYSCALE);
    p[17][9] = CHROMA_16;
    assertThat(PagePixels.of(image(p, kind), 100).mode).isEqualTo(ColourMode.COLOUR);
  }

  @Test
  void of_greyWithAlpha_isMeasuredThroughItsSrgbColours() {
    // Two bands (grey and alpha): neither the grey nor the colour path reads it; its pixels are
    // converted to sRGB (black stays black, white stays white) and measured as colours.
    ComponentColorModel cm =
        new ComponentColorModel(
            ColorSpace.getInstance(ColorSpace.CS_GRAY),
            true,
            false,
            Transparency.TRANSLUCENT,
            DataBuffer.TYPE_BYTE);
    WritableRaster raster = cm.createCompatibleWritableRaster(7, 5);
    for (int y = 0; y < 5; y++) {
      for (int x = 0; x < 7; x++) {
        boolean ink = (x == 6 && y == 4) || (x == 1 && y == 1) || (x == 5 && y == 3);
        raster.setPixel(x, y, new int[] {ink ? 0 : 255, 255});
      }
    }
    BufferedImage img = new BufferedImage(cm, raster, false, null);
    assertThat(PagePixels.of(img, 25.4).inkCoverage).isEqualTo(3 / 35.0);
    PagePixels strided = PagePixels.of(img, 12.7, 2);
    assertThat(strided.inkCoverage).isEqualTo(1 / 12.0);
    assertThat(strided.mode).isEqualTo(ColourMode.GREYSCALE);
    assertThat(strided.redAreaMm2).isZero();
  }

  @Test
  void of_inkOfExactlyTheBlankShare_isMeasuredForSkew() {
    // 50 ink pixels of 50,000 (0.1%: not blank) on a line falling 1 in 10 to the right: the skew
    // is measured, not taken as 0 as on a blank page.
    int[][] s = new int[200][250];
    for (int[] row : s) {
      java.util.Arrays.fill(row, 255);
    }
    for (int i = 0; i < 50; i++) {
      s[50 + i / 5 * 1][20 + 2 * i] = 0;
    }
    PagePixels p = PagePixels.of(grey(s, false), 100);
    assertThat(p.inkCoverage).isEqualTo(0.001);
    assertThat(p.blank()).isFalse();
    assertThat(p.skewDegrees).isNotZero();
  }

  /**
   * A page of 20 × 10 pixels of paper in the CIE XYZ colour space, its pixels set from the sRGB
   * colours given at (0, 0), (1, 0), ...: such an image is measured by its colours in sRGB, never
   * by its raw samples.
   */
  private static BufferedImage xyz(int... marks) {
    ComponentColorModel cm =
        new ComponentColorModel(
            ColorSpace.getInstance(ColorSpace.CS_CIEXYZ),
            false,
            false,
            Transparency.OPAQUE,
            DataBuffer.TYPE_BYTE);
    WritableRaster raster = cm.createCompatibleWritableRaster(20, 10);
    for (int y = 0; y < 10; y++) {
      for (int x = 0; x < 20; x++) {
        int i = y * 20 + x;
        int c = i < marks.length ? marks[i] : PAPER;
        raster.setDataElements(x, y, cm.getDataElements(0xFF000000 | c, null));
      }
    }
    return new BufferedImage(cm, raster, false, null);
  }

  @Test
  void of_threeBandsInAnotherColourSpace_areMeasuredByTheirSrgbColours() {
    int black = rgb(10, 10, 10);
    int seal = rgb(230, 20, 20);
    int blue = rgb(40, 90, 220);
    // Of 200 pixels, two black ones are ink and one is a seal's red, the only chromatic one
    // (0.5%): grey stored as colour. Read as RGB, the raw XYZ samples of the paper alone would be
    // ink (their luminance is below 128).
    PagePixels p = PagePixels.of(xyz(black, black, seal), 25.4);
    assertThat(p.inkCoverage).isEqualTo(2 / 200.0);
    assertThat(p.redAreaMm2).isEqualTo(1.0);
    assertThat(p.mode).isEqualTo(ColourMode.GREYSCALE);
    // Four dark blue pixels of 200 (2%) are ink and make it a colour page.
    PagePixels blues = PagePixels.of(xyz(black, blue, blue, blue, blue), 25.4);
    assertThat(blues.mode).isEqualTo(ColourMode.COLOUR);
    assertThat(blues.inkCoverage).isEqualTo(5 / 200.0);
  }

  @Test
  void of_greyBandInsideInterleavedBytes_isReadAtItsOffset() {
    // One grey band at offset 1 of two interleaved bytes per pixel: the other byte of every pixel
    // is ink-dark, the band itself paper except three ink pixels.
    WritableRaster raster =
        Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, 10, 10, 20, 2, new int[] {1}, null);
    byte[] data = ((DataBufferByte) raster.getDataBuffer()).getData();
    for (int i = 0; i < data.length; i += 2) {
      data[i] = 0;
      data[i + 1] = (byte) 255;
    }
    raster.setSample(0, 0, 0, 0);
    raster.setSample(5, 5, 0, 127);
    raster.setSample(9, 9, 0, 20);
    raster.setSample(4, 4, 0, 128);
    ComponentColorModel grey =
        new ComponentColorModel(
            ColorSpace.getInstance(ColorSpace.CS_GRAY),
            false,
            false,
            Transparency.OPAQUE,
            DataBuffer.TYPE_BYTE);
    PagePixels p = PagePixels.of(new BufferedImage(grey, raster, false, null), 100);
    assertThat(p.mode).isEqualTo(ColourMode.GREYSCALE);
    assertThat(p.inkCoverage).isEqualTo(3 / 100.0);
  }

  @Test
  void of_oneStrokeDownTheLeftEdge_isMeasuredWithinTheSkewSearch() {
    // The ink is a single column at x = 0, the narrowest page the skew's bins must still hold at
    // every trial angle. Every angle projects it alike (a tie), and the answer stays within the
    // search: the coarse ±10° and the fine search's half step beyond it.
    BufferedImage img = new BufferedImage(40, 100, BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < 100; y++) {
      for (int x = 0; x < 40; x++) {
        img.getRaster().setSample(x, y, 0, x == 0 ? 0 : 255);
      }
    }
    PagePixels p = PagePixels.of(img, 100);
    assertThat(p.inkCoverage).isEqualTo(100 / 4000.0);
    assertThat(p.skewDegrees).isBetween(-PagePixels.MAX_SEARCH - 0.5, PagePixels.MAX_SEARCH + 0.5);
  }

  /**
   * The skew keeps the ink pixels' coordinates in arrays that start at 4,096 entries and stop
   * growing at {@link PagePixels#MAX_POINTS}: pages of exactly that many ink pixels fill them to
   * the last entry, and are measured like any other.
   */
  @ParameterizedTest(name = "{0} ink pixels")
  @ValueSource(ints = {4096, PagePixels.MAX_POINTS})
  void of_inkFillingThePointsExactly_isMeasured(int ink) {
    // Level lines of 1,024 ink pixels on every other row: at 0.1 degrees each would already
    // spread over two rows, so 0 is the one sharpest angle.
    int width = 1100;
    int rows = ink / 1024;
    int[][] s = new int[2 * rows + 2][width];
    for (int[] row : s) {
      java.util.Arrays.fill(row, 255);
    }
    for (int line = 0; line < rows; line++) {
      java.util.Arrays.fill(s[1 + 2 * line], 38, 38 + 1024, 0);
    }
    PagePixels p = PagePixels.of(grey(s, false), 100);
    assertThat(p.inkCoverage).isEqualTo((double) ink / (width * (2 * rows + 2)));
    assertThat(p.skewDegrees).isZero();
  }
}
