package org.siarchive.examples.synthetic;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.siarchive.core.model.ColourMode;
import org.siarchive.core.model.ImageFormat;
import org.siarchive.core.model.SealKind;

/**
 * Draws one synthetic page with Java2D and encodes it with the JDK's ImageIO: paper tone, an item
 * header on an item's first page, lines of glyph-like strokes (no fonts are needed, so it renders
 * the same on a bare machine), red seal impressions (the office seal a ring with a star, the
 * handler seal a small rectangle), turned by a skew angle when asked. The file carries its
 * resolution (TIFF X/YResolution, JPEG JFIF density) and a text field beginning {@value #MARK}
 * (TIFF Software, JPEG comment) where a byte may be changed without touching the pixels.
 *
 * <p>Stateless and thread-safe.
 */
final class PageRenderer {
  /** The start of the text every file carries. */
  static final String MARK = "siarchive synthetic page";

  private static final Color PAPER = new Color(252, 246, 230);
  private static final Color INK = new Color(25, 25, 30);
  private static final Color SEAL = new Color(205, 35, 40);

  private PageRenderer() {}

  /** What to draw. */
  record Page(
      double widthMm,
      double heightMm,
      int dpi,
      ColourMode mode,
      boolean blank,
      boolean itemHeader,
      Set<SealKind> seals,
      double skewDegrees,
      long contentSeed) {}

  /** The page's pixel width at its resolution. */
  static int pixels(double mm, int dpi) {
    return Math.max(1, (int) Math.round(mm * dpi / 25.4));
  }

  /** Draws the page. */
  static BufferedImage draw(Page page) {
    int w = pixels(page.widthMm(), page.dpi());
    int h = pixels(page.heightMm(), page.dpi());
    int type =
        switch (page.mode()) {
          case COLOUR -> BufferedImage.TYPE_3BYTE_BGR;
          case GREYSCALE -> BufferedImage.TYPE_BYTE_GRAY;
          case BITONAL -> BufferedImage.TYPE_BYTE_BINARY;
        };
    BufferedImage img = new BufferedImage(w, h, type);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(page.mode() == ColourMode.BITONAL ? Color.WHITE : PAPER);
      g.fillRect(0, 0, w, h);
      double s = page.dpi() / 25.4;
      g.rotate(Math.toRadians(page.skewDegrees()), w / 2.0, h / 2.0);
      g.scale(s, s);
      SplittableRandom r = new SplittableRandom(page.contentSeed());
      double margin = Math.min(20.0, page.widthMm() * 0.1);
      double top = margin;
      if (!page.blank()) {
        g.setColor(INK);
        if (page.itemHeader()) {
          g.fill(new Rectangle2D.Double(margin, top, (page.widthMm() - 2 * margin) * 0.6, 4.0));
          g.setStroke(new BasicStroke(0.4f));
          g.draw(
              new Rectangle2D.Double(margin - 2, top - 2, page.widthMm() - 2 * margin + 4, 12.0));
          top += 16.0;
        }
        g.setStroke(new BasicStroke(0.35f));
        for (double y = top; y + 3.0 < page.heightMm() - margin; y += 7.0) {
          double end = page.widthMm() - margin - r.nextDouble() * (page.widthMm() * 0.3);
          double x = margin;
          while (x + 2.4 < end) {
            int glyphs = 2 + r.nextInt(6);
            for (int k = 0; k < glyphs && x + 2.4 < end; k++) {
              g.draw(new Rectangle2D.Double(x, y, 2.4, 3.0));
              if (r.nextBoolean()) {
                g.draw(new Rectangle2D.Double(x + 0.6, y + 1.5, 1.2, 0.0));
              }
              x += 3.0;
            }
            x += 2.0;
          }
        }
      }
      g.setColor(SEAL);
      if (page.seals().contains(SealKind.OFFICE_SEAL)) {
        double d = Math.min(40.0, page.widthMm() * 0.35);
        double cx = page.widthMm() - margin - d / 2;
        double cy = page.heightMm() - margin - d / 2 - 10.0;
        g.setStroke(new BasicStroke(1.2f));
        g.draw(new Ellipse2D.Double(cx - d / 2, cy - d / 2, d, d));
        g.fill(star(cx, cy, d * 0.18));
      }
      if (page.seals().contains(SealKind.HANDLER_SEAL)) {
        double cw = Math.min(18.0, page.widthMm() * 0.2);
        g.setStroke(new BasicStroke(0.9f));
        g.draw(
            new Rectangle2D.Double(margin + 5.0, page.heightMm() - margin - 12.0, cw, cw * 0.45));
      }
    } finally {
      g.dispose();
    }
    return img;
  }

  private static Path2D star(double cx, double cy, double radius) {
    Path2D p = new Path2D.Double();
    for (int i = 0; i < 10; i++) {
      double a = Math.PI / 2 + i * Math.PI / 5;
      double rr = i % 2 == 0 ? radius : radius * 0.4;
      double x = cx + rr * Math.cos(a);
      double y = cy - rr * Math.sin(a);
      if (i == 0) {
        p.moveTo(x, y);
      } else {
        p.lineTo(x, y);
      }
    }
    p.closePath();
    return p;
  }

  /**
   * Encodes a page as TIFF (Deflate) or JPEG (quality 0.85) with its resolution and the {@value
   * #MARK} text; any other format gets a stand-in file of that format's signature only.
   */
  static byte[] encode(BufferedImage img, ImageFormat format, int dpi, String text) {
    if (format != ImageFormat.TIFF && format != ImageFormat.JPEG) {
      return standIn(format, text);
    }
    ImageWriter writer =
        ImageIO.getImageWritersByFormatName(format == ImageFormat.TIFF ? "tiff" : "jpeg").next();
    try {
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      if (format == ImageFormat.TIFF) {
        param.setCompressionType("Deflate");
      } else {
        param.setCompressionQuality(0.85f);
      }
      IIOMetadata md =
          writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
      if (format == ImageFormat.TIFF) {
        md.mergeTree(IIOMetadataFormatImpl.standardMetadataFormatName, standard(dpi, text));
      } else {
        IIOMetadataNode root = (IIOMetadataNode) md.getAsTree("javax_imageio_jpeg_image_1.0");
        IIOMetadataNode jfif = (IIOMetadataNode) root.getElementsByTagName("app0JFIF").item(0);
        jfif.setAttribute("resUnits", "1");
        jfif.setAttribute("Xdensity", Integer.toString(dpi));
        jfif.setAttribute("Ydensity", Integer.toString(dpi));
        IIOMetadataNode com = new IIOMetadataNode("com");
        com.setAttribute("comment", text);
        root.getElementsByTagName("markerSequence").item(0).appendChild(com);
        md.setFromTree("javax_imageio_jpeg_image_1.0", root);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
        writer.setOutput(out);
        writer.write(null, new IIOImage(img, null, md), param);
      }
      return bytes.toByteArray();
    } catch (IIOInvalidTreeException e) {
      throw new IllegalStateException("ImageIO refused the page's metadata: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode a page in memory", e);
    } finally {
      writer.dispose();
    }
  }

  private static IIOMetadataNode standard(int dpi, String text) {
    IIOMetadataNode root = new IIOMetadataNode(IIOMetadataFormatImpl.standardMetadataFormatName);
    IIOMetadataNode dim = new IIOMetadataNode("Dimension");
    String mm = Double.toString(25.4 / dpi);
    IIOMetadataNode hp = new IIOMetadataNode("HorizontalPixelSize");
    hp.setAttribute("value", mm);
    IIOMetadataNode vp = new IIOMetadataNode("VerticalPixelSize");
    vp.setAttribute("value", mm);
    dim.appendChild(hp);
    dim.appendChild(vp);
    root.appendChild(dim);
    IIOMetadataNode t = new IIOMetadataNode("Text");
    IIOMetadataNode entry = new IIOMetadataNode("TextEntry");
    entry.setAttribute("keyword", "Software");
    entry.setAttribute("value", text);
    t.appendChild(entry);
    root.appendChild(t);
    return root;
  }

  private static byte[] standIn(ImageFormat format, String text) {
    String body =
        switch (format) {
          case PDF -> "%PDF-1.4\n% " + text + "\n%%EOF\n";
          default ->
              throw new IllegalArgumentException(
                  String.format(
                      Locale.ROOT,
                      "Invalid value for format (TIFF, JPEG or PDF are rendered): %s",
                      format));
        };
    return body.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * Changes one byte of the {@value #MARK} text (its first letter's case), so the digest changes
   * and the pixels do not.
   *
   * @throws IllegalStateException when the file carries no such text
   */
  static byte[] changeOneByte(byte[] file) {
    byte[] mark = MARK.getBytes(StandardCharsets.US_ASCII);
    outer:
    for (int i = 0; i + mark.length <= file.length; i++) {
      for (int k = 0; k < mark.length; k++) {
        if (file[i + k] != mark[k]) {
          continue outer;
        }
      }
      byte[] changed = file.clone();
      changed[i] = (byte) Character.toUpperCase((char) changed[i]);
      return changed;
    }
    throw new IllegalStateException("the file carries no \"" + MARK + "\" text to change");
  }
}
