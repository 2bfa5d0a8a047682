package org.siarchive.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.ArchiveTime;

/**
 * A citizen identity number (公民身份号码, GB 11643-1999), which is also the social-security number
 * (社会保险法 Art. 58): 6-digit area code, 8-digit birth date {@code YYYYMMDD}, 3-digit sequence (odd
 * for men), and a check character computed with ISO 7064 MOD 11-2.
 *
 * <p>Immutable and thread-safe. Personal data: {@link #toString()} is masked ({@code
 * 110105********002X}), and so is every exception message; only {@link #value()} gives the whole
 * number, for storage. A birth date after today (in {@link ArchiveTime#ZONE}, on the system clock)
 * is refused: nobody is registered before being born.
 *
 * <pre>{@code
 * CitizenId id = CitizenId.of("11010519491231002X");
 * id.birthDate();   // 1949-12-31
 * id.toString();    // "110105********002X"
 * CitizenId.isValid("110105194912310021");  // false: wrong check character
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CitizenId extends PersonalIdentifier {
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARACTERS = "10X98765432";
  private static final String FIELD = "citizenId";

  private CitizenId(String value) {
    super(value);
  }

  /**
   * Checks and wraps an 18-character citizen identity number.
   *
   * @param text the number; the check character must be a digit or upper-case {@code X}
   * @return the number
   * @throws InvalidIdentifierException when the length, a digit, the birth date or the check
   *     character is wrong; the message shows the number masked
   */
  @JsonCreator
  public static CitizenId of(String text) {
    String reason = problem(text);
    if (reason != null) {
      throw new InvalidIdentifierException(FIELD, reason, text);
    }
    return new CitizenId(text);
  }

  /**
   * {@return true when {@link #of} would accept the text}
   *
   * @param text the text to check; null gives false
   */
  public static boolean isValid(CharSequence text) {
    return problem(text) == null;
  }

  /**
   * {@return the check character for the first 17 characters of a number}
   *
   * @param first17 17 decimal digits
   * @throws InvalidIdentifierException when it is not 17 digits
   */
  public static char checkCharacter(CharSequence first17) {
    Objects.requireNonNull(first17, "first17");
    if (first17.length() != 17 || !digits(first17, 0, 17)) {
      throw new InvalidIdentifierException(
          FIELD, "the first 17 characters must be digits", first17);
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS.charAt(sum % 11);
  }

  /** Why the text is not a valid number, in words without the number; null when it is valid. */
  static @Nullable String problem(CharSequence text) {
    if (text == null) {
      return "required";
    }
    if (text.length() != 18) {
      return "must be 18 characters, got " + text.length();
    }
    if (!digits(text, 0, 17)) {
      return "the first 17 characters must be digits";
    }
    char check = text.charAt(17);
    if (!(check >= '0' && check <= '9') && check != 'X') {
      return "the check character must be a digit or X";
    }
    LocalDate born = birthDate(text);
    if (born == null) {
      return "characters 7-14 are not a real birth date";
    }
    if (born.isAfter(ArchiveTime.today(ArchiveTime.systemClock()))) {
      return "characters 7-14 give a birth date after today";
    }
    if (checkCharacter(text.subSequence(0, 17)) != check) {
      return "check character does not match the first 17 characters";
    }
    return null;
  }

  private static boolean digits(CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static @Nullable LocalDate birthDate(CharSequence s) {
    int year = Integer.parseInt(s, 6, 10, 10);
    int month = Integer.parseInt(s, 10, 12, 10);
    int day = Integer.parseInt(s, 12, 14, 10);
    if (year < 1800) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** {@return the 6-digit administrative area code of the place of first registration} */
  public String areaCode() {
    return value().substring(0, 6);
  }

  /** {@return the birth date encoded in characters 7 to 14} */
  public LocalDate birthDate() {
    return Objects.requireNonNull(birthDate(value()), "birthDate");
  }

  /**
   * {@return true when the sequence number (characters 15 to 17) is odd, which GB 11643 assigns to
   * men}
   */
  public boolean isMale() {
    return (value().charAt(16) - '0') % 2 == 1;
  }
}
