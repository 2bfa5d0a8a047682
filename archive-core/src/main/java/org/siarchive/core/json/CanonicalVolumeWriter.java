package org.siarchive.core.json;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.id.PersonalIdentifier;
import org.siarchive.core.internal.json.Jcs;
import org.siarchive.core.model.BusinessType;
import org.siarchive.core.model.CatalogEntry;
import org.siarchive.core.model.ColourMode;
import org.siarchive.core.model.ImageFormat;
import org.siarchive.core.model.InsuranceLine;
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

  /** Each thread's array for a text's characters: texts longer than it get their own. */
  private static final ThreadLocal<char[]> CHARS = ThreadLocal.withInitial(() -> new char[256]);

  private static final byte[] TRUE = asciiBytes("true");
  private static final byte[] FALSE = asciiBytes("false");

  /** Each enum constant's name as a JSON text: the names are ASCII. */
  private static final Map<InsuranceLine, byte[]> LINES = quoted(InsuranceLine.class);

  private static final Map<SealKind, byte[]> SEALS = quoted(SealKind.class);

  /** Each member's name as written: {@code "name":}, in ASCII. */
  private static final class Names {
    static final byte[] ARCHIVAL_CODE = key("archivalCode");
    static final byte[] ARRANGED_ON = key("arrangedOn");
    static final byte[] ARRANGER = key("arranger");
    static final byte[] BLANK = key("blank");
    static final byte[] BUSINESS_TYPE = key("businessType");
    static final byte[] BYTE_SIZE = key("byteSize");
    static final byte[] CATALOGUE = key("catalogue");
    static final byte[] CHECKER = key("checker");
    static final byte[] COLOUR_MODE = key("colourMode");
    static final byte[] DATE = key("date");
    static final byte[] DOCUMENT_NUMBER = key("documentNumber");
    static final byte[] DPI = key("dpi");
    static final byte[] EMPLOYER = key("employer");
    static final byte[] FORMAT = key("format");
    static final byte[] HEIGHT_PX = key("heightPx");
    static final byte[] ID = key("id");
    static final byte[] ILLEGIBLE = key("illegible");
    static final byte[] IMAGES = key("images");
    static final byte[] ITEM_NUMBER = key("itemNumber");
    static final byte[] ITEMS = key("items");
    static final byte[] LINE = key("line");
    static final byte[] MAIN_FORM = key("mainForm");
    static final byte[] MATERIAL_CODE = key("materialCode");
    static final byte[] NUMBER = key("number");
    static final byte[] PAGE_NUMBER = key("pageNumber");
    static final byte[] PAGES = key("pages");
    static final byte[] PERSON = key("person");
    static final byte[] REGISTERED_PAGES = key("registeredPages");
    static final byte[] RESPONSIBLE_PARTY = key("responsibleParty");
    static final byte[] RETENTION = key("retention");
    static final byte[] SCHEMA_VERSION = key("schemaVersion");
    static final byte[] SEALS = key("seals");
    static final byte[] SEQUENCE = key("sequence");
    static final byte[] SHA256 = key("sha256");
    static final byte[] STEP = key("step");
    static final byte[] SUB_CENTER_ID = key("subCenterId");
    static final byte[] SUB_CENTER_NAME = key("subCenterName");
    static final byte[] TITLE = key("title");
    static final byte[] WIDTH_PX = key("widthPx");
    static final byte[] YEAR = key("year");

    private Names() {}

    private static byte[] key(String name) {
      return ('"' + name + "\":").getBytes(StandardCharsets.US_ASCII);
    }
  }

  /**
   * The text of an image between its values, each part ending with the next member's name: the
   * opening brace, blank's name, its value and byteSize's name; then, after the number,
   * colourMode's name, the constant and dpi's name; and so on, one part for each value of a boolean
   * or a constant before a name.
   */
  private static final class ImageParts {
    static final byte[] BLANK_TRUE = ascii("{", Names.BLANK, "true,", Names.BYTE_SIZE);
    static final byte[] BLANK_FALSE = ascii("{", Names.BLANK, "false,", Names.BYTE_SIZE);
    static final Map<ColourMode, byte[]> COLOUR_MODE_THEN_DPI =
        constantThen(ColourMode.class, Names.COLOUR_MODE, Names.DPI);
    static final Map<ImageFormat, byte[]> FORMAT_THEN_HEIGHT =
        constantThen(ImageFormat.class, Names.FORMAT, Names.HEIGHT_PX);
    static final byte[] ILLEGIBLE_TRUE = ascii(",", Names.ILLEGIBLE, "true,", Names.ITEM_NUMBER);
    static final byte[] ILLEGIBLE_FALSE = ascii(",", Names.ILLEGIBLE, "false,", Names.ITEM_NUMBER);
    static final byte[] PAGE_NUMBER = ascii(",", Names.PAGE_NUMBER);
    static final byte[] SEQUENCE = ascii(",", Names.SEQUENCE);
    static final byte[] SHA256 = ascii(",", Names.SHA256, "\"");
    static final byte[] WIDTH_PX = ascii("\",", Names.WIDTH_PX);

    private ImageParts() {}

    /** For each constant of the type: {@code ,"name":"CONSTANT","next":}. */
    private static <E extends Enum<E>> Map<E, byte[]> constantThen(
        Class<E> type, byte[] name, byte[] next) {
      Map<E, byte[]> out = new EnumMap<>(type);
      for (E c : type.getEnumConstants()) {
        out.put(c, ascii(",", name, "\"" + c.name() + "\",", next));
      }
      return out;
    }

    /** The parts, texts and names, one after the other, in ASCII. */
    private static byte[] ascii(Object... parts) {
      StringBuilder b = new StringBuilder();
      for (Object p : parts) {
        b.append(p instanceof byte[] bytes ? new String(bytes, StandardCharsets.US_ASCII) : p);
      }
      return asciiBytes(b.toString());
    }
  }

  private byte[] buf;
  private int len;

  /** Whether a value was met that this pass leaves to the tree writer (a lone surrogate). */
  private boolean leftToTree;

  /** Whether the object being written has no member yet. */
  private boolean first;

  /** The characters of the text being written, from the thread's array when they fit in it. */
  private final char[] chars;

  private CanonicalVolumeWriter(byte[] buf, char[] chars) {
    this.buf = buf;
    this.chars = chars;
  }

  /** {@return the canonical bytes of the volume's record} */
  static byte[] write(Volume volume) {
    CanonicalVolumeWriter w = written(volume);
    if (w.leftToTree) {
      return Jcs.toBytes(Jcs.parse(ArchiveJson.writeVolumeBytes(volume)));
    }
    return Arrays.copyOf(w.buf, w.len);
  }

  /**
   * Feeds the canonical bytes of the volume's record to the digest where they were written, in the
   * thread's buffer, instead of copying them out first.
   */
  static void write(Volume volume, MessageDigest digest) {
    CanonicalVolumeWriter w = written(volume);
    if (w.leftToTree) {
      digest.update(write(volume)); // refused there, naming the pointer
      return;
    }
    digest.update(w.buf, 0, w.len);
  }

  /** A writer that has written the volume's record into the thread's buffer. */
  private static CanonicalVolumeWriter written(Volume volume) {
    CanonicalVolumeWriter w = new CanonicalVolumeWriter(BUFFER.get(), CHARS.get());
    w.volume(volume);
    if (w.buf.length <= KEPT) {
      BUFFER.set(w.buf);
    }
    return w;
  }

  private void volume(Volume v) {
    open();
    if (v.arrangedOn() != null) {
      name(Names.ARRANGED_ON);
      text(v.arrangedOn().toString());
    }
    text(Names.ARRANGER, v.arranger());
    name(Names.BUSINESS_TYPE);
    businessType(v.businessType());
    name(Names.CATALOGUE);
    put('[');
    List<CatalogEntry> catalogue = v.catalogue();
    for (int i = 0; i < catalogue.size(); i++) {
      comma(i);
      catalogEntry(catalogue.get(i));
    }
    put(']');
    text(Names.CHECKER, v.checker());
    identifier(Names.EMPLOYER, v.employer());
    text(Names.ID, v.id());
    name(Names.IMAGES);
    put('[');
    List<PageImage> images = v.images();
    for (int i = 0; i < images.size(); i++) {
      comma(i);
      image(images.get(i));
    }
    put(']');
    name(Names.ITEMS);
    put('[');
    List<Item> items = v.items();
    for (int i = 0; i < items.size(); i++) {
      comma(i);
      item(items.get(i));
    }
    put(']');
    identifier(Names.PERSON, v.person());
    text(Names.RETENTION, v.retention().code());
    number(Names.SCHEMA_VERSION, ArchiveJson.SCHEMA_VERSION);
    text(Names.SUB_CENTER_ID, v.subCenterId());
    text(Names.SUB_CENTER_NAME, v.subCenterName());
    text(Names.TITLE, v.title());
    number(Names.YEAR, v.year());
    close();
  }

  private void businessType(BusinessType t) {
    open();
    name(Names.LINE);
    constant(LINES, t.line());
    text(Names.STEP, t.step());
    close();
  }

  private void catalogEntry(CatalogEntry e) {
    open();
    text(Names.ARCHIVAL_CODE, e.archivalCode());
    text(Names.DATE, e.date());
    text(Names.DOCUMENT_NUMBER, e.documentNumber());
    number(Names.ITEM_NUMBER, e.itemNumber());
    text(Names.MATERIAL_CODE, e.materialCode());
    number(Names.REGISTERED_PAGES, e.registeredPages());
    text(Names.RESPONSIBLE_PARTY, e.responsibleParty());
    text(Names.TITLE, e.title());
    close();
  }

  private void item(Item it) {
    open();
    name(Names.MAIN_FORM);
    bytes(it.mainForm() ? TRUE : FALSE);
    text(Names.MATERIAL_CODE, it.materialCode());
    number(Names.NUMBER, it.number());
    name(Names.PAGES);
    put('[');
    List<Page> pages = it.pages();
    for (int i = 0; i < pages.size(); i++) {
      comma(i);
      decimal(pages.get(i).number());
    }
    put(']');
    name(Names.SEALS);
    put('[');
    int i = 0;
    for (SealKind s : it.seals()) {
      comma(i++);
      constant(SEALS, s);
    }
    put(']');
    close();
  }

  /**
   * An image, its members in their order with the text between its values written at once: an image
   * is most of a record's bytes (a dozen members, most of them numbers), and each name, comma and
   * constant copied on its own cost more than the values.
   */
  private void image(PageImage img) {
    bytes(img.blank() ? ImageParts.BLANK_TRUE : ImageParts.BLANK_FALSE);
    decimal(img.byteSize());
    constant(ImageParts.COLOUR_MODE_THEN_DPI, img.colourMode());
    decimal(img.dpi());
    constant(ImageParts.FORMAT_THEN_HEIGHT, img.format());
    decimal(img.heightPx());
    bytes(img.illegible() ? ImageParts.ILLEGIBLE_TRUE : ImageParts.ILLEGIBLE_FALSE);
    decimal(img.itemNumber());
    bytes(ImageParts.PAGE_NUMBER);
    decimal(img.pageNumber());
    bytes(ImageParts.SEQUENCE);
    decimal(img.sequence());
    bytes(ImageParts.SHA256);
    ascii(img.sha256()); // 64 hexadecimal digits (the model checks)
    bytes(ImageParts.WIDTH_PX);
    decimal(img.widthPx());
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

  /** A member's name, after a comma unless it is its object's first. */
  private void name(byte[] name) {
    int n = name.length;
    room(n + 1);
    if (!first) {
      buf[len++] = ',';
    }
    first = false;
    System.arraycopy(name, 0, buf, len, n);
    len += n;
  }

  private void number(byte[] name, long value) {
    name(name);
    decimal(value);
  }

  private void text(byte[] name, @Nullable String value) {
    if (value != null) {
      name(name);
      text(value);
    }
  }

  private void identifier(byte[] name, @Nullable PersonalIdentifier id) {
    if (id != null) {
      name(name);
      text(id.value());
    }
  }

  /**
   * A text as RFC 8785 writes it, as UTF-8; a lone surrogate leaves the record to the tree writer.
   */
  private void text(String s) {
    int n = s.length();
    room(n * 6 + 2);
    // The characters copied out at once (the JDK's bulk copy): a char array's loop does not ask
    // the string for its coder and bounds at every character, as charAt does.
    char[] chars = n <= this.chars.length ? this.chars : new char[n];
    s.getChars(0, n, chars, 0);
    byte[] out = buf;
    int at = len;
    out[at++] = '"';
    for (int i = 0; i < n; i++) {
      char c = chars[i];
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
            || i + 1 == n
            || !Character.isLowSurrogate(chars[i + 1])) {
          leftToTree = true; // what this pass wrote is dropped
          continue;
        }
        int cp = Character.toCodePoint(c, chars[++i]);
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

  /**
   * A text of ASCII characters (a name, a literal), as it is: the low byte of each character is the
   * character, so the JDK's bulk copy of a string's bytes writes it (deprecated because it drops
   * the high byte of other characters, which an ASCII text has none of).
   */
  @SuppressWarnings("deprecation")
  private void ascii(String s) {
    int n = s.length();
    room(n);
    s.getBytes(0, n, buf, len);
    len += n;
  }

  /** An integer in decimal, as RFC 8785 writes one within ±2^53. */
  private void decimal(long v) {
    if (v >= 0 && v <= Integer.MAX_VALUE) {
      decimal((int) v); // nearly every number of a record
      return;
    }
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
    int end = at + digits(rest);
    // The digits from the last, so that no reversal follows, in int arithmetic once they fit.
    int p = end;
    for (; rest > Integer.MAX_VALUE; rest /= 10) {
      out[--p] = (byte) ('0' + (int) (rest % 10));
    }
    digits((int) rest, out, p);
    len = end;
  }

  /** A non-negative int in decimal. */
  private void decimal(int v) {
    room(10);
    int end = len + digits(v);
    digits(v, buf, end);
    len = end;
  }

  /**
   * Writes the digits of {@code v}, at least 0, so that the last ends just before {@code end}: from
   * the last, two at a time from a table.
   */
  private static void digits(int v, byte[] out, int end) {
    int p = end;
    int small = v;
    while (small >= 100) {
      int q = small / 100;
      int pair = (small - q * 100) << 1;
      out[--p] = PAIRS[pair + 1];
      out[--p] = PAIRS[pair];
      small = q;
    }
    if (small >= 10) {
      out[--p] = PAIRS[(small << 1) + 1];
      out[--p] = PAIRS[small << 1];
    } else {
      out[--p] = (byte) ('0' + small);
    }
  }

  /** The number of decimal digits of {@code x}, which is at least 0. */
  private static int digits(int x) {
    if (x < 100_000) {
      if (x < 100) {
        return x < 10 ? 1 : 2;
      }
      return x < 1_000 ? 3 : x < 10_000 ? 4 : 5;
    }
    if (x < 10_000_000) {
      return x < 1_000_000 ? 6 : 7;
    }
    return x < 100_000_000 ? 8 : x < 1_000_000_000 ? 9 : 10;
  }

  /** The number of decimal digits of {@code x}, which is at least 0. */
  private static int digits(long x) {
    int d = 1;
    while (d < POWERS_OF_TEN.length && x >= POWERS_OF_TEN[d]) {
      d++;
    }
    return d;
  }

  /** 10^0 to 10^18. */
  private static final long[] POWERS_OF_TEN = powersOfTen();

  private static long[] powersOfTen() {
    long[] out = new long[19];
    out[0] = 1;
    for (int i = 1; i < out.length; i++) {
      out[i] = out[i - 1] * 10;
    }
    return out;
  }

  /** The two digits of 00 to 99, one after the other. */
  private static final byte[] PAIRS = pairs();

  private static byte[] pairs() {
    byte[] out = new byte[200];
    for (int i = 0; i < 100; i++) {
      out[2 * i] = (byte) ('0' + i / 10);
      out[2 * i + 1] = (byte) ('0' + i % 10);
    }
    return out;
  }

  private static byte[] asciiBytes(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static <E extends Enum<E>> Map<E, byte[]> quoted(Class<E> type) {
    Map<E, byte[]> out = new EnumMap<>(type);
    for (E c : type.getEnumConstants()) {
      out.put(c, asciiBytes('"' + c.name() + '"'));
    }
    return out;
  }

  /** An enum constant's name, quoted, from its type's map. */
  private <E extends Enum<E>> void constant(Map<E, byte[]> names, E constant) {
    bytes(Objects.requireNonNull(names.get(constant), "every constant is in the map"));
  }

  /** Bytes written as they are. */
  private void bytes(byte[] b) {
    room(b.length);
    System.arraycopy(b, 0, buf, len, b.length);
    len += b.length;
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
