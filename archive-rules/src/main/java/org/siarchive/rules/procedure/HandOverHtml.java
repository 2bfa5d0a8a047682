package org.siarchive.rules.procedure;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.util.Locale;
import java.util.Objects;

/**
 * The printable page of a {@link HandOverForm} (电子档案移交与接收登记表): one self-contained HTML document, no
 * script and nothing fetched from the network, a CJK font stack and a print stylesheet for A4.
 * Every text from the form is HTML-escaped.
 *
 * <pre>{@code
 * Files.writeString(Path.of("handover.html"), HandOverHtml.render(form));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class HandOverHtml {
  private static final Escaper ESCAPE = HtmlEscapers.htmlEscaper();
  private static final String STYLE =
      "body{font-family:\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"PingFang SC\","
          + "\"Microsoft YaHei\",\"SimSun\",sans-serif;margin:2em;color:#111}"
          + "h1{font-size:1.4em;text-align:center}table{border-collapse:collapse;width:100%;"
          + "margin:0.8em 0}th,td{border:1px solid #444;padding:0.35em 0.6em;text-align:left;"
          + "vertical-align:top}th{background:#eee;width:30%}.mono{font-family:monospace;"
          + "word-break:break-all}.sign td{height:2.2em}"
          + "@media print{@page{size:A4;margin:15mm}body{margin:0}th{background:none}}";

  private HandOverHtml() {}

  /**
   * {@return the form as a printable page}
   *
   * @param form the hand-over form
   */
  public static String render(HandOverForm form) {
    Objects.requireNonNull(form, "form");
    StringBuilder b = new StringBuilder(4096);
    b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
        .append("<title>电子档案移交与接收登记表 ")
        .append(ESCAPE.escape(form.batch()))
        .append("</title><style>")
        .append(STYLE)
        .append("</style></head><body>\n<h1>电子档案移交与接收登记表<br>")
        .append("<small>Electronic records transfer and receipt form (DA/T 70-2018)</small></h1>\n")
        .append("<table>\n");
    row(b, "移交批次 Batch", form.batch());
    row(b, "移交单位 Sub-centre", form.subCenter());
    row(b, "案卷数 Volumes", Long.toString(form.volumes()));
    row(b, "件数 Items", Long.toString(form.items()));
    row(b, "页数 Pages", Long.toString(form.pages()));
    row(b, "图像数 Images", Long.toString(form.images()));
    row(b, "数据量 Bytes", String.format(Locale.ROOT, "%,d", form.bytes()));
    mono(
        b,
        "数据包摘要 Package digest (" + form.digest().algorithm().label() + ")",
        form.digest().value());
    b.append("</table>\n<table>\n<tr><th>四性检测 Four properties</th><th>结果 Result</th>")
        .append("<th>说明 Detail</th></tr>\n");
    property(b, "真实性 Authenticity", form.fourProperties().authenticity());
    property(b, "完整性 Integrity", form.fourProperties().integrity());
    property(b, "可用性 Usability", form.fourProperties().usability());
    property(b, "安全性 Security", form.fourProperties().security());
    b.append("</table>\n<table>\n");
    mono(
        b,
        "账本树头 Ledger tree head",
        form.treeHead().treeSize()
            + " "
            + form.treeHead().algorithm().label()
            + " "
            + form.treeHead().rootHash());
    b.append("</table>\n<table class=\"sign\">\n<tr><th>角色 Role</th><th>人员 Person</th>")
        .append("<th>时间 Time</th></tr>\n");
    for (HandOverForm.Signature s : form.signatures()) {
      b.append("<tr><td>")
          .append(ESCAPE.escape(s.role()))
          .append("</td><td>")
          .append(ESCAPE.escape(s.person()))
          .append("</td><td>")
          .append(ESCAPE.escape(s.time()))
          .append("</td></tr>\n");
    }
    b.append("</table>\n</body></html>\n");
    return b.toString();
  }

  private static void row(StringBuilder b, String label, String value) {
    b.append("<tr><th>")
        .append(ESCAPE.escape(label))
        .append("</th><td>")
        .append(ESCAPE.escape(value))
        .append("</td></tr>\n");
  }

  private static void mono(StringBuilder b, String label, String value) {
    b.append("<tr><th>")
        .append(ESCAPE.escape(label))
        .append("</th><td class=\"mono\">")
        .append(ESCAPE.escape(value))
        .append("</td></tr>\n");
  }

  private static void property(StringBuilder b, String label, HandOverForm.PropertyResult p) {
    b.append("<tr><td>")
        .append(ESCAPE.escape(label))
        .append("</td><td>")
        .append(ESCAPE.escape(p.result().text()))
        .append("</td><td>")
        .append(ESCAPE.escape(p.detail()))
        .append("</td></tr>\n");
  }
}
