package org.siarchive.core.json;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.id.PersonalIdentifier;
import org.siarchive.core.internal.json.Jcs;
import org.siarchive.core.model.BusinessType;
import org.siarchive.core.model.CatalogEntry;
import org.siarchive.core.model.Item;
import org.siarchive.core.model.Page;
import org.siarchive.core.model.PageImage;
import org.siarchive.core.model.SealKind;
import org.siarchive.core.model.Volume;

/**
 * A volume record's RFC 8785 canonical form written straight from the model, instead of writing the
 * record, parsing it into a tree and writing the tree: the members of the documented schema ({@link
 * VolumeJson} and the model's records, as {@link ArchiveJson#writeVolumeBytes} writes them: a null
 * member left out, an enum by its name, a retention period by its code, an identifier by its value,
 * a date as {@code yyyy-MM-dd}) in the order of their names, which are ASCII, so that their {@link
 * String} order is RFC 8785's UTF-16 code-unit order (§3.2.3); no whitespace; a text's characters
 * as UTF-8, with {@code " \} and the control characters escaped as RFC 8785 §3.2.2.2 does ({@code
 * \b \t \n \f \r}, the others as six-character escapes with lower-case hexadecimal digits). Every
 * number of a record is an integer within ±2^53, written in decimal. For a text with a lone
 * surrogate this pass stops, and the record goes through {@link Jcs}, which refuses it naming its
 * pointer, so the bytes and the refusals are the tree writer's in every case ({@code
 * CanonicalVolumeProperties} holds the two to each other).
 *
 * <p>The record's members are named here once more: a member added to the schema must be added
 * here, in its place by name, or the properties fail on the first volume that has it.
 */
final class CanonicalVolumeWriter {
  private static final long MAX_EXACT = 1L << 53;

  /** The largest buffer a thread keeps between records: a record above it gets its own. */
  private static final int KEPT = 1 << 16;

  /**
   * Each thread's buffer, kept between records so that a record costs one array, its bytes, and not
   * also the buffers it was written in. {@link #write} calls nothing that writes again.
   */
  private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[8192]);

  private byte[] buf;
  private int len;

  /** Whether a value was met that this pass leaves to the tree writer (a lone surrogate). */
  private boolean leftToTree;

  /** Whether the object being written has no member yet. */
  private boolean first;

  private CanonicalVolumeWriter(byte[] buf) {
    this.buf = buf;
  }

  /** {@return the canonical bytes of the volume's record} */
  static byte[] write(Volume volume) {
    CanonicalVolumeWriter w = new CanonicalVolumeWriter(BUFFER.get());
    w.volume(volume);
    if (w.buf.length <= KEPT) {
      BUFFER.set(w.buf);
    }
    if (w.leftToTree) {
      return Jcs.toBytes(Jcs.parse(ArchiveJson.writeVolumeBytes(volume)));
    }
    return Arrays.copyOf(w.buf, w.len);
  }

  private void volume(Volume v) {
    open();
    if (v.arrangedOn() != null) {
      name("arrangedOn");
      text(v.arrangedOn().toString());
    }
    text("arranger", v.arranger());
    name("businessType");
    businessType(v.businessType());
    name("catalogue");
    put('[');
    List<CatalogEntry> catalogue = v.catalogue();
    for (int i = 0; i < catalogue.size(); i++) {
      comma(i);
      catalogEntry(catalogue.get(i));
    }
    put(']');
    text("checker", v.checker());
    identifier("employer", v.employer());
    text("id", v.id());
    name("images");
    put('[');
    List<PageImage> images = v.images();
    for (int i = 0; i < images.size(); i++) {
      comma(i);
      image(images.get(i));
    }
    put(']');
    name("items");
    put('[');
    List<Item> items = v.items();
    for (int i = 0; i < items.size(); i++) {
      comma(i);
      item(items.get(i));
    }
    put(']');
    identifier("person", v.person());
    text("retention", v.retention().code());
    number("schemaVersion", ArchiveJson.SCHEMA_VERSION);
    text("subCenterId", v.subCenterId());
    text("subCenterName", v.subCenterName());
    text("title", v.title());
    number("year", v.year());
    close();
  }

  private void businessType(BusinessType t) {
    open();
    text("line", t.line().name());
    text("step", t.step());
    close();
  }

  private void catalogEntry(CatalogEntry e) {
    open();
    text("archivalCode", e.archivalCode());
    text("date", e.date());
    text("documentNumber", e.documentNumber());
    number("itemNumber", e.itemNumber());
    text("materialCode", e.materialCode());
    number("registeredPages", e.registeredPages());
    text("responsibleParty", e.responsibleParty());
    text("title", e.title());
    close();
  }

  private void item(Item it) {
    open();
    name("mainForm");
    ascii(it.mainForm() ? "true" : "false");
    text("materialCode", it.materialCode());
    number("number", it.number());
    name("pages");
    put('[');
    List<Page> pages = it.pages();
    for (int i = 0; i < pages.size(); i++) {
      comma(i);
      decimal(pages.get(i).number());
    }
    put(']');
    name("seals");
    put('[');
    int i = 0;
    for (SealKind s : it.seals()) {
      comma(i++);
      text(s.name());
    }
    put(']');
    close();
  }

  private void image(PageImage img) {
    open();
    name("blank");
    ascii(img.blank() ? "true" : "false");
    number("byteSize", img.byteSize());
    text("colourMode", img.colourMode().name());
    number("dpi", img.dpi());
    text("format", img.format().name());
    number("heightPx", img.heightPx());
    name("illegible");
    ascii(img.illegible() ? "true" : "false");
    number("itemNumber", img.itemNumber());
    number("pageNumber", img.pageNumber());
    number("sequence", img.sequence());
    text("sha256", img.sha256());
    number("widthPx", img.widthPx());
    close();
  }

  private void open() {
    put('{');
    first = true;
  }

  private void close() {
    put('}');
    first = false;
  }

  private void comma(int index) {
    if (index > 0) {
      put(',');
    }
  }

  /** A member's name; the names are ASCII letters and digits, written as they are. */
  private void name(String name) {
    int n = name.length();
    room(n + 4);
    byte[] out = buf;
    int at = len;
    if (!first) {
      out[at++] = ',';
    }
    first = false;
    out[at++] = '"';
    for (int i = 0; i < n; i++) {
      out[at++] = (byte) name.charAt(i);
    }
    out[at++] = '"';
    out[at++] = ':';
    len = at;
  }

  private void number(String name, long value) {
    name(name);
    decimal(value);
  }

  private void text(String name, @Nullable String value) {
    if (value != null) {
      name(name);
      text(value);
    }
  }

  private void identifier(String name, @Nullable PersonalIdentifier id) {
    if (id != null) {
      name(name);
      text(id.value());
    }
  }

  /**
   * A text as RFC 8785 writes it, as UTF-8; a lone surrogate leaves the record to the tree writer.
   */
  private void text(String s) {
    room(s.length() * 6 + 2);
    byte[] out = buf;
    int at = len;
    out[at++] = '"';
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (c >= 0x20 && c != '"' && c != '\\') {
          out[at++] = (byte) c;
        } else {
          at = escape(c, out, at);
        }
      } else if (c < 0x800) {
        out[at++] = (byte) (0xC0 | (c >> 6));
        out[at++] = (byte) (0x80 | (c & 0x3F));
      } else if (!Character.isSurrogate(c)) {
        out[at++] = (byte) (0xE0 | (c >> 12));
        out[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        out[at++] = (byte) (0x80 | (c & 0x3F));
      } else {
        if (!Character.isHighSurrogate(c)
            || i + 1 == s.length()
            || !Character.isLowSurrogate(s.charAt(i + 1))) {
          leftToTree = true; // what this pass wrote is dropped
          continue;
        }
        int cp = Character.toCodePoint(c, s.charAt(++i));
        out[at++] = (byte) (0xF0 | (cp >> 18));
        out[at++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        out[at++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        out[at++] = (byte) (0x80 | (cp & 0x3F));
      }
    }
    out[at++] = '"';
    len = at;
  }

  /** The escape of a character below 0x20, or of {@code "} or {@code \}, written at {@code at}. */
  private static int escape(char c, byte[] out, int at) {
    out[at++] = '\\';
    switch (c) {
      case '"' -> out[at++] = '"';
      case '\\' -> out[at++] = '\\';
      case '\b' -> out[at++] = 'b';
      case '\t' -> out[at++] = 't';
      case '\n' -> out[at++] = 'n';
      case '\f' -> out[at++] = 'f';
      case '\r' -> out[at++] = 'r';
      default -> {
        out[at++] = 'u';
        out[at++] = '0';
        out[at++] = '0';
        out[at++] = HEX[c >> 4];
        out[at++] = HEX[c & 0xF];
      }
    }
    return at;
  }

  private static final byte[] HEX = {
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'
  };

  /** A text of ASCII characters (a name, a literal), as it is. */
  private void ascii(String s) {
    int n = s.length();
    room(n);
    // Locals, not the fields, in the loop: the compiler keeps them in registers.
    byte[] out = buf;
    int at = len;
    for (int i = 0; i < n; i++) {
      out[at++] = (byte) s.charAt(i);
    }
    len = at;
  }

  /** An integer in decimal, as RFC 8785 writes one within ±2^53. */
  private void decimal(long v) {
    if (v > MAX_EXACT || v < -MAX_EXACT) {
      // The model's ranges keep every number far inside; the tree writer decides.
      leftToTree = true;
      return;
    }
    room(20);
    byte[] out = buf;
    int at = len;
    if (v < 0) {
      out[at++] = '-';
    }
    long rest = Math.abs(v);
    int from = at;
    do {
      out[at++] = (byte) ('0' + (int) (rest % 10));
      rest /= 10;
    } while (rest != 0);
    for (int i = from, j = at - 1; i < j; i++, j--) {
      byte t = out[i];
      out[i] = out[j];
      out[j] = t;
    }
    len = at;
  }

  private void put(char c) {
    room(1);
    buf[len++] = (byte) c;
  }

  private void room(int more) {
    if (len + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
    }
  }
}
