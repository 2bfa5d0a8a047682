package org.siarchive.rules.quality;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.model.ColourMode;

/**
 * What the pixels of a decoded (usually subsampled) page show: colour mode, ink coverage, red seal
 * area and the skew of the text.
 *
 * <p>Design: one pass over the raster row by row (8-bit interleaved bytes, what the JDK's TIFF and
 * JPEG readers give, are read in place from the data buffer; other layouts through {@link
 * Raster#getSamples} or {@link Raster#getPixels}; never a {@code getRGB} per pixel) classifies
 * every pixel by its luminance {@code (299 R + 587 G + 114 B) / 1000} and chroma {@code max(R,G,B)
 * - min(R,G,B)} on 8 bits:
 *
 * <ul>
 *   <li><b>ink</b>: luminance below {@value #INK_LUMINANCE} and not red; the ink coverage is the
 *       share of ink pixels, and a page below {@value #BLANK_COVERAGE} (0.1%) is blank;
 *   <li><b>red</b> (a seal impression): {@code R >= 140}, {@code R - G >= 70}, {@code R - B >= 70};
 *       a seal is visible when the red pixels cover at least {@value #SEAL_AREA_MM2} mm² of the
 *       page at the raster's resolution;
 *   <li><b>colour</b>: an image of one band is grey (bilevel when its colour model has 1 bit per
 *       pixel or two palette entries); of three bands it is colour when at least {@value
 *       #COLOUR_SHARE} (1%) of its pixels have a chroma of {@value #CHROMA} or more, else grey
 *       stored as colour.
 * </ul>
 *
 * <p>The skew comes from projection profiles: the ink pixels are projected on the axis
 * perpendicular to a trial angle and the angle whose profile has the largest sum of squared bin
 * counts (the sharpest text lines) wins, searched over ±{@value #MAX_SEARCH}° in 0.5° steps with
 * every other point, then ±0.5° around the best in 0.1° steps with all of them (projections in
 * 16-bit fixed point, bins as {@code int}). At most {@value #MAX_POINTS} ink pixels are projected
 * (an even stride over them beyond that, so between half that and that many), so the cost is
 * bounded whatever the page (tens of thousands of points over a page's text lines; the tests hold
 * the answer within 0.3° of the angle the lines were turned by).
 */
final class PagePixels {
  static final int INK_LUMINANCE = 128;
  static final double BLANK_COVERAGE = 0.001;
  static final double SEAL_AREA_MM2 = 20.0;
  static final int CHROMA = 16;
  static final double COLOUR_SHARE = 0.01;
  static final double MAX_SEARCH = 10.0;
  static final int MAX_POINTS = 16_384;

  final ColourMode mode;
  final double inkCoverage;
  final double redAreaMm2;
  final double skewDegrees;

  private PagePixels(ColourMode mode, double inkCoverage, double redAreaMm2, double skewDegrees) {
    this.mode = mode;
    this.inkCoverage = inkCoverage;
    this.redAreaMm2 = redAreaMm2;
    this.skewDegrees = skewDegrees;
  }

  boolean blank() {
    return inkCoverage < BLANK_COVERAGE;
  }

  boolean sealVisible() {
    return redAreaMm2 >= SEAL_AREA_MM2;
  }

  /**
   * Measures a decoded image.
   *
   * @param image the pixels
   * @param dpi the resolution of these pixels (after any subsampling), for areas in mm²
   */
  static PagePixels of(BufferedImage image, double dpi) {
    return of(image, dpi, 1);
  }

  /**
   * Measures every {@code step}-th pixel of every {@code step}-th row of a decoded image, starting
   * at the first: the same pixels, and so the same answer, as decoding with ImageIO's source
   * subsampling {@code (step, step, 0, 0)} and measuring all of them.
   *
   * @param image the pixels
   * @param dpi the resolution of the measured pixels (the image's divided by {@code step})
   * @param step every how many pixels one is measured, in both directions
   */
  static PagePixels of(BufferedImage image, double dpi, int step) {
    ColorModel cm = image.getColorModel();
    Raster raster = image.getRaster();
    int fullW = raster.getWidth();
    int fullH = raster.getHeight();
    // The measured grid: columns 0, step, 2 step, ... and the same rows.
    int w = (fullW + step - 1) / step;
    int h = (fullH + step - 1) / step;
    int minX = raster.getMinX();
    int minY = raster.getMinY();
    Tally t = new Tally();
    ColourMode mode;
    int type = cm.getColorSpace().getType();
    Bytes inPlace = Bytes.of(raster);
    if (cm instanceof IndexColorModel icm) {
      int n = icm.getMapSize();
      int[] lum = new int[n];
      boolean[] isRed = new boolean[n];
      boolean[] isChromatic = new boolean[n];
      for (int i = 0; i < n; i++) {
        int rr = icm.getRed(i);
        int gg = icm.getGreen(i);
        int bb = icm.getBlue(i);
        lum[i] = (299 * rr + 587 * gg + 114 * bb) / 1000;
        isRed[i] = red(rr, gg, bb);
        isChromatic[i] = Math.max(rr, Math.max(gg, bb)) - Math.min(rr, Math.min(gg, bb)) >= CHROMA;
      }
      int[] s = new int[fullW];
      for (int y = 0; y < h; y++) {
        raster.getSamples(minX, minY + y * step, fullW, 1, 0, s);
        for (int x = 0; x < w; x++) {
          int i = s[x * step];
          if (isRed[i]) {
            t.red++;
          } else if (lum[i] < INK_LUMINANCE) {
            t.ink(x, y);
          }
          if (isChromatic[i]) {
            t.chromatic++;
          }
        }
      }
      mode =
          n <= 2 || icm.getPixelSize() == 1
              ? ColourMode.BITONAL
              : colourOrGrey(t.chromatic, (long) w * h);
    } else if (raster.getNumBands() >= 3 && type == ColorSpace.TYPE_RGB && inPlace != null) {
      Bytes b = inPlace;
      // The common case (the JDK's TIFF and JPEG readers give 8-bit interleaved bytes): read the
      // bytes in place, the same samples getPixels would give.
      for (int y = 0; y < h; y++) {
        int row = b.at(minX, minY + y * step);
        int next = b.pixelStride * step;
        for (int x = 0; x < w; x++, row += next) {
          int rr = b.data[row + b.band0] & 0xff;
          int gg = b.data[row + b.band1] & 0xff;
          int bb = b.data[row + b.band2] & 0xff;
          t.rgb(rr, gg, bb, x, y);
        }
      }
      mode = colourOrGrey(t.chromatic, (long) w * h);
    } else if (raster.getNumBands() >= 3 && type == ColorSpace.TYPE_RGB) {
      int shift = Math.max(0, raster.getSampleModel().getSampleSize(0) - 8);
      // One call per row for all bands, interleaved (the same samples as one call per band).
      int bands = raster.getNumBands();
      int[] px = new int[fullW * bands];
      for (int y = 0; y < h; y++) {
        raster.getPixels(minX, minY + y * step, fullW, 1, px);
        for (int x = 0; x < w; x++) {
          int at = x * step * bands;
          int rr = px[at] >> shift;
          int gg = px[at + 1] >> shift;
          int bb = px[at + 2] >> shift;
          t.rgb(rr, gg, bb, x, y);
        }
      }
      mode = colourOrGrey(t.chromatic, (long) w * h);
    } else if (raster.getNumBands() == 1 && type == ColorSpace.TYPE_GRAY && inPlace != null) {
      Bytes b = inPlace;
      for (int y = 0; y < h; y++) {
        int row = b.at(minX, minY + y * step);
        int next = b.pixelStride * step;
        for (int x = 0; x < w; x++, row += next) {
          if ((b.data[row + b.band0] & 0xff) < INK_LUMINANCE) {
            t.ink(x, y);
          }
        }
      }
      mode = ColourMode.GREYSCALE;
    } else if (raster.getNumBands() == 1 && type == ColorSpace.TYPE_GRAY) {
      int bits = raster.getSampleModel().getSampleSize(0);
      int shift = Math.max(0, bits - 8);
      int threshold = bits == 1 ? 1 : INK_LUMINANCE;
      int[] s = new int[fullW];
      for (int y = 0; y < h; y++) {
        raster.getSamples(minX, minY + y * step, fullW, 1, 0, s);
        for (int x = 0; x < w; x++) {
          if ((s[x * step] >> shift) < threshold) {
            t.ink(x, y);
          }
        }
      }
      mode = bits == 1 ? ColourMode.BITONAL : ColourMode.GREYSCALE;
    } else {
      // Other colour spaces (CMYK, YCCK, ...): convert one row at a time to sRGB.
      int[] argb = new int[fullW];
      for (int y = 0; y < h; y++) {
        image.getRGB(0, y * step, fullW, 1, argb, 0, fullW);
        for (int x = 0; x < w; x++) {
          int rr = (argb[x * step] >> 16) & 0xff;
          int gg = (argb[x * step] >> 8) & 0xff;
          int bb = argb[x * step] & 0xff;
          t.rgb(rr, gg, bb, x, y);
        }
      }
      mode = colourOrGrey(t.chromatic, (long) w * h);
    }
    long total = Math.max(1L, (long) w * h);
    double mmPerPixel = 25.4 / dpi;
    double coverage = (double) t.ink / total;
    double skew = coverage < BLANK_COVERAGE ? 0.0 : t.points.skew();
    return new PagePixels(mode, coverage, t.red * mmPerPixel * mmPerPixel, skew);
  }

  /** The counts of one pass and the ink pixels kept for the skew; one per measured page. */
  private static final class Tally {
    final Points points = new Points();
    long ink;
    long red;
    long chromatic;

    /** An ink pixel at (x, y) of the measured grid. */
    void ink(int x, int y) {
      ink++;
      points.add(x, y);
    }

    /** A pixel of 8-bit red, green and blue at (x, y): chromatic, red (a seal), ink or paper. */
    void rgb(int rr, int gg, int bb, int x, int y) {
      if (Math.max(rr, Math.max(gg, bb)) - Math.min(rr, Math.min(gg, bb)) >= CHROMA) {
        chromatic++;
      }
      if (red(rr, gg, bb)) {
        red++;
      } else if (299 * rr + 587 * gg + 114 * bb < INK_LUMINANCE * 1000) {
        ink(x, y);
      }
    }
  }

  /**
   * The bytes of a raster of 8-bit samples interleaved in one bank, read in place; null for any
   * other layout (which the generic paths read through the raster).
   */
  private static final class Bytes {
    final byte[] data;
    final int pixelStride;
    private final int scanlineStride;
    private final int origin;
    final int band0;
    final int band1;
    final int band2;

    private Bytes(byte[] data, ComponentSampleModel sm, int origin) {
      this.data = data;
      this.pixelStride = sm.getPixelStride();
      this.scanlineStride = sm.getScanlineStride();
      this.origin = origin;
      int[] bands = sm.getBandOffsets();
      this.band0 = bands[0];
      this.band1 = bands.length > 1 ? bands[1] : 0;
      this.band2 = bands.length > 2 ? bands[2] : 0;
    }

    static @Nullable Bytes of(Raster raster) {
      if (!(raster.getSampleModel() instanceof ComponentSampleModel sm)
          || !(raster.getDataBuffer() instanceof DataBufferByte buffer)
          || buffer.getNumBanks() != 1
          || sm.getNumBands() != sm.getBandOffsets().length
          || Arrays.stream(sm.getBankIndices()).anyMatch(i -> i != 0)) {
        return null;
      }
      for (int band = 0; band < sm.getNumBands(); band++) {
        if (sm.getSampleSize(band) != 8) {
          return null;
        }
      }
      int origin = buffer.getOffset() - raster.getSampleModelTranslateY() * sm.getScanlineStride();
      origin -= raster.getSampleModelTranslateX() * sm.getPixelStride();
      return new Bytes(buffer.getData(), sm, origin);
    }

    /** Where the pixel at raster coordinates (x, y) starts in {@link #data}. */
    int at(int x, int y) {
      return origin + y * scanlineStride + x * pixelStride;
    }
  }

  private static boolean red(int r, int g, int b) {
    return r >= 140 && r - g >= 70 && r - b >= 70;
  }

  private static ColourMode colourOrGrey(long chromatic, long total) {
    return chromatic >= COLOUR_SHARE * total ? ColourMode.COLOUR : ColourMode.GREYSCALE;
  }

  /** The ink pixels' coordinates, kept at an even stride once there are too many. */
  private static final class Points {
    private int[] xs = new int[4096];
    private int[] ys = new int[4096];
    private int size;
    private int stride = 1;

    /** Points still to pass over before the next one kept (a countdown, not a modulo). */
    private int skip = 1;

    void add(int x, int y) {
      if (--skip > 0) {
        return;
      }
      skip = stride;
      if (size == xs.length) {
        if (size >= MAX_POINTS) {
          // Keep every other point and take every other one from now on.
          int k = 0;
          for (int i = 0; i < size; i += 2) {
            xs[k] = xs[i];
            ys[k] = ys[i];
            k++;
          }
          size = k;
          stride *= 2;
          skip = stride;
        } else {
          xs = Arrays.copyOf(xs, Math.min(size * 2, MAX_POINTS));
          ys = Arrays.copyOf(ys, Math.min(size * 2, MAX_POINTS));
        }
      }
      xs[size] = x;
      ys[size] = y;
      size++;
    }

    /** The angle in degrees, positive when the text runs down to the right. */
    double skew() {
      if (size < 50) {
        return 0.0;
      }
      int maxX = 0;
      int maxY = 0;
      for (int i = 0; i < size; i++) {
        maxX = Math.max(maxX, xs[i]);
        maxY = Math.max(maxY, ys[i]);
      }
      int offset = maxX + 1;
      int[] bins = new int[2 * maxX + maxY + 3];
      // The coarse search only has to land within a step of the peak: every other point does.
      double best = 0.0;
      long bestScore = -1;
      for (double a = -MAX_SEARCH; a <= MAX_SEARCH + 1e-9; a += 0.5) {
        long s = score(a, bins, offset, 2);
        if (s > bestScore) {
          bestScore = s;
          best = a;
        }
      }
      double coarse = best;
      best = coarse;
      bestScore = -1;
      for (double a = coarse - 0.5; a <= coarse + 0.5 + 1e-9; a += 0.1) {
        long s = score(a, bins, offset, 1);
        if (s > bestScore) {
          bestScore = s;
          best = a;
        }
      }
      return Math.round(best * 10.0) / 10.0;
    }

    /**
     * The sum of squared bin counts of every {@code every}-th point projected at the angle, in
     * fixed point (16 fractional bits: exact to well under a bin over a page's coordinates).
     */
    private long score(double degrees, int[] bins, int offset, int every) {
      Arrays.fill(bins, 0);
      double t = Math.toRadians(degrees);
      long sin = Math.round(Math.sin(t) * 65536.0);
      long cos = Math.round(Math.cos(t) * 65536.0);
      long base = (long) offset << 16;
      for (int i = 0; i < size; i += every) {
        // The distance of the point from a line through the origin at the trial angle.
        // Non-negative (offset > maxX >= x sin for |angle| <= MAX_SEARCH), so the shift floors.
        bins[(int) ((ys[i] * cos - xs[i] * sin + base) >> 16)]++;
      }
      long sum = 0;
      for (int c : bins) {
        sum += (long) c * c;
      }
      return sum;
    }
  }
}
