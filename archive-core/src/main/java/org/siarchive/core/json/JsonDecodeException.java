package org.siarchive.core.json;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.ArchiveException;

/**
 * JSON input that could not be decoded into the model: malformed JSON, a wrong type, a missing or
 * unknown property, a duplicate key, trailing content, a value out of range, or a document beyond
 * the size limits. Carries where (source, line, JSON pointer) and why; personal identifiers in the
 * message are masked.
 *
 * <pre>{@code
 * try {
 *   ArchiveJson.readVolume(text);
 * } catch (JsonDecodeException e) {
 *   e.pointer();  // "/catalogue/2/registeredPages"
 *   e.reason();   // "Invalid value for registeredPages (valid values 0 - 9999): -1"
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class JsonDecodeException extends ArchiveException {
  private static final long serialVersionUID = 1L;

  /** The file or resource name, or null when decoding a string. */
  private final @Nullable String source;

  /** The 1-based line number, or 0 when not reading lines. */
  private final long line;

  /** The JSON pointer (RFC 6901) of the offending value; {@code ""} for the document. */
  private final String pointer;

  /** What is wrong, already masked. */
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param source the file or resource name, or null when decoding a string
   * @param line the 1-based line number, or 0 when not reading lines
   * @param pointer the JSON pointer (RFC 6901) of the offending value; {@code ""} for the document
   * @param reason what is wrong, already masked
   */
  public JsonDecodeException(@Nullable String source, long line, String pointer, String reason) {
    super(format(source, line, pointer, reason));
    this.source = source;
    this.line = line;
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  private static String format(@Nullable String source, long line, String pointer, String reason) {
    StringBuilder b = new StringBuilder();
    if (source != null) {
      b.append(source).append(": ");
    }
    if (line > 0) {
      b.append(String.format(Locale.ROOT, "line %d: ", line));
    }
    b.append(pointer.isEmpty() ? "(document)" : pointer).append(": ").append(reason);
    return b.toString();
  }

  /** {@return the file or resource name, or null} */
  public @Nullable String source() {
    return source;
  }

  /** {@return the 1-based line number, or 0} */
  public long line() {
    return line;
  }

  /** {@return the JSON pointer of the offending value; {@code ""} for the whole document} */
  public String pointer() {
    return pointer;
  }

  /** {@return what is wrong, without the location} */
  public String reason() {
    return reason;
  }
}
