package org.siarchive.rules.retention;

import java.util.Comparator;
import java.util.regex.Pattern;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.id.Masking;
import org.siarchive.rules.retention.internal.EditionDocument;

/**
 * The identity of an edition: its schedule id and its edition. The text form is {@code "scheduleId
 * edition"}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * EditionRef ref = EditionRef.of("cn-national", "2009");
 * ref.toString();  // "cn-national 2009"
 * }</pre>
 *
 * @param scheduleId lower-case letters, digits and {@code -}, 1 to 64 characters
 * @param edition letters, digits, {@code .}, {@code _} and {@code -}, 1 to 32 characters
 * @since 0.1.0
 */
public record EditionRef(String scheduleId, String edition) implements Comparable<EditionRef> {

  private static final Pattern SCHEDULE = Pattern.compile(EditionDocument.SCHEDULE_ID);
  private static final Pattern EDITION = Pattern.compile(EditionDocument.EDITION_ID);
  private static final Comparator<EditionRef> ORDER =
      Comparator.comparing(EditionRef::scheduleId).thenComparing(EditionRef::edition);

  /**
   * Checks the fields.
   *
   * @param scheduleId lower-case letters, digits and {@code -}, 1 to 64 characters
   * @param edition letters, digits, {@code .}, {@code _} and {@code -}, 1 to 32 characters
   */
  public EditionRef {
    check(
        scheduleId,
        SCHEDULE,
        "scheduleId",
        "lower-case letters, digits and '-', 1 - 64 characters");
    check(edition, EDITION, "edition", "letters, digits, '.', '_' and '-', 1 - 32 characters");
  }

  /**
   * {@return the reference to an edition}
   *
   * @param scheduleId lower-case letters, digits and {@code -}, 1 to 64 characters
   * @param edition letters, digits, {@code .}, {@code _} and {@code -}, 1 to 32 characters
   * @throws InvalidValueException naming {@code scheduleId} or {@code edition} when malformed
   */
  public static EditionRef of(String scheduleId, String edition) {
    return new EditionRef(scheduleId, edition);
  }

  private static void check(String value, Pattern pattern, String field, String constraint) {
    if (value == null || !pattern.matcher(value).matches()) {
      throw new InvalidValueException(field, constraint, Masking.quoted(value));
    }
  }

  @Override
  public int compareTo(EditionRef other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return scheduleId + " " + edition;
  }
}
