package org.siarchive.rules.internal;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;

/**
 * The frame of the chart pages this module writes beside the quality report (the storage plan, the
 * simulation): the document head with its one inline style sheet ({@link #FONTS}, bordered
 * right-aligned tables with a left-aligned {@code l} class, a wrapping row of {@code chart} boxes,
 * A4 print rules), escaped text elements, and the closing tags. Nothing is loaded from the network;
 * every text is HTML-escaped. Each page adds only its own CSS rules.
 */
public final class HtmlPage {
  private static final Escaper ESCAPE = HtmlEscapers.htmlEscaper();

  /**
   * The CSS font stack of every page this module writes: CJK fonts first (Noto CJK, Source Han,
   * Microsoft YaHei, PingFang, Hiragino, WenQuanYi), then the platform's sans-serif.
   */
  public static final String FONTS =
      "\"Noto Sans CJK SC\",\"Noto Sans SC\",\"Source Han Sans SC\",\"Source Han Sans CN\","
          + "\"Microsoft YaHei\",\"PingFang SC\",\"Hiragino Sans GB\",\"WenQuanYi Micro Hei\","
          + "sans-serif";

  private static final String STYLE =
      "body{font-family:"
          + FONTS
          + ";margin:2em}table{border-collapse:collapse}"
          + "td,th{border:1px solid #ccc;padding:2px 8px;text-align:right}td.l,th.l{text-align:left}"
          + ".charts{display:flex;flex-wrap:wrap;gap:12px}.chart{border:1px solid #eee;padding:4px}"
          + "svg text{font-size:11px;font-family:"
          + FONTS
          + "}";

  private static final String PRINT =
      "@page{size:A4;margin:12mm}@media print{body{margin:0}.chart,tr{break-inside:avoid}}\n";

  private HtmlPage() {}

  /**
   * A new page up to and including {@code <body>}.
   *
   * @param title the document title, escaped here
   * @param css the page's own CSS rules, appended to the shared ones (trusted, not escaped)
   */
  public static StringBuilder open(String title, String css) {
    return new StringBuilder(1 << 16)
        .append("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>")
        .append(ESCAPE.escape(title))
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append(css)
        .append(PRINT)
        .append("</style>\n</head>\n<body>\n");
  }

  /** Appends {@code <tag>text</tag>} and a line break, the text escaped. */
  public static void text(StringBuilder b, String tag, String text) {
    b.append('<')
        .append(tag)
        .append('>')
        .append(ESCAPE.escape(text))
        .append("</")
        .append(tag)
        .append(">\n");
  }

  /** The text HTML-escaped. */
  public static String escape(String text) {
    return ESCAPE.escape(text);
  }

  /** Closes the body and the document; returns the page. */
  public static String close(StringBuilder b) {
    return b.append("</body>\n</html>\n").toString();
  }
}
