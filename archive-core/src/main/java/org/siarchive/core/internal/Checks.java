package org.siarchive.core.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.id.Masking;

/**
 * The checks that the model's compact constructors run. Each throws {@link InvalidValueException}
 * naming the field as the JSON schema names it. The same constraints are declared on the record
 * components as Jakarta Validation annotations; a contract test proves the two agree.
 */
public final class Checks {
  private Checks() {}

  /**
   * The one meaning of "not blank", as a regular expression for Jakarta {@code @Pattern} on
   * optional texts: at least one character that is not white space by {@link
   * Character#isWhitespace(int)}, which is what {@link #text} ({@link String#isBlank()}) and
   * Hibernate Validator's {@code @NotBlank} require.
   */
  public static final String NOT_BLANK_PATTERN = "(?s).*[^\\p{javaWhitespace}].*";

  /**
   * A required value.
   *
   * @param <T> the value's type
   * @param value the value
   * @param field the field's name as the JSON schema names it, for the exception
   * @return the value
   * @throws InvalidValueException when the value is null
   */
  public static <T> T required(T value, String field) {
    if (value == null) {
      throw new InvalidValueException(field, "required", "null");
    }
    return value;
  }

  /**
   * An {@code int} within bounds.
   *
   * @param value the value
   * @param min the smallest value accepted
   * @param max the largest value accepted
   * @param field the field's name as the JSON schema names it, for the exception
   * @return the value
   * @throws InvalidValueException when the value is below {@code min} or above {@code max}
   */
  public static int range(int value, int min, int max, String field) {
    if (value < min || value > max) {
      throw new InvalidValueException(
          field,
          String.format(Locale.ROOT, "valid values %d - %d", min, max),
          Integer.toString(value));
    }
    return value;
  }

  /**
   * A {@code long} within bounds.
   *
   * @param value the value
   * @param min the smallest value accepted
   * @param max the largest value accepted
   * @param field the field's name as the JSON schema names it, for the exception
   * @return the value
   * @throws InvalidValueException when the value is below {@code min} or above {@code max}
   */
  public static long range(long value, long min, long max, String field) {
    if (value < min || value > max) {
      throw new InvalidValueException(
          field,
          String.format(Locale.ROOT, "valid values %d - %d", min, max),
          Long.toString(value));
    }
    return value;
  }

  /**
   * A required text of 1 to {@code maxLength} characters that is not only white space. "White
   * space" is {@link Character#isWhitespace(int)} ({@link String#isBlank()}), as for Hibernate
   * Validator's {@code @NotBlank}; {@link #NOT_BLANK_PATTERN} says the same as a pattern.
   *
   * @param value the text
   * @param maxLength the most characters (UTF-16 units) accepted
   * @param field the field's name as the JSON schema names it, for the exception
   * @return the text
   * @throws InvalidValueException when the text is null, blank or longer than {@code maxLength}
   */
  public static String text(String value, int maxLength, String field) {
    required(value, field);
    if (value.isBlank() || value.length() > maxLength) {
      throw new InvalidValueException(
          field,
          String.format(Locale.ROOT, "1 - %d characters, not blank", maxLength),
          shown(value));
    }
    return value;
  }

  /**
   * An optional text: null, or 1 to {@code maxLength} characters that are not only white space.
   *
   * @param value the text, or null
   * @param maxLength the most characters (UTF-16 units) accepted
   * @param field the field's name as the JSON schema names it, for the exception
   * @return the text, or null when it is null
   * @throws InvalidValueException when the text is blank or longer than {@code maxLength}
   */
  public static @Nullable String optionalText(@Nullable String value, int maxLength, String field) {
    return value == null ? null : text(value, maxLength, field);
  }

  /**
   * A required text of a form.
   *
   * @param value the text
   * @param form the form it must have
   * @param field the field's name as the JSON schema names it, for the exception
   * @return the text
   * @throws InvalidValueException when the text is null or does not have the form
   */
  public static String form(String value, TextForm form, String field) {
    required(value, field);
    if (!form.matches(value)) {
      throw new InvalidValueException(field, "pattern " + form.regex(), shown(value));
    }
    return value;
  }

  /**
   * An unmodifiable copy of a required list whose elements are all non-null.
   *
   * @param <T> the element type
   * @param value the list
   * @param maxSize the most elements accepted
   * @param field the field's name as the JSON schema names it, for the exception
   * @return the copy
   * @throws InvalidValueException when the list is null, has more than {@code maxSize} elements, or
   *     holds a null (named {@code field/i})
   */
  public static <T> List<T> list(List<T> value, int maxSize, String field) {
    required(value, field);
    if (value.size() > maxSize) {
      throw new InvalidValueException(
          field,
          String.format(Locale.ROOT, "at most %d elements", maxSize),
          value.size() + " elements");
    }
    for (int i = 0; i < value.size(); i++) {
      if (value.get(i) == null) {
        throw new InvalidValueException(field + "/" + i, "required", "null");
      }
    }
    return List.copyOf(value);
  }

  /**
   * An unmodifiable copy of an enum set that iterates in declaration order.
   *
   * @param <E> the enum type
   * @param value the constants, in any order; repeats count once
   * @param type the enum's class
   * @param field the field's name as the JSON schema names it, for the exception
   * @return the copy
   * @throws InvalidValueException when the collection is null or holds a null
   */
  public static <E extends Enum<E>> Set<E> enumSet(
      Collection<E> value, Class<E> type, String field) {
    required(value, field);
    EnumSet<E> copy = EnumSet.noneOf(type);
    for (E e : new ArrayList<>(value)) {
      copy.add(required(e, field));
    }
    return Collections.unmodifiableSet(copy);
  }

  /**
   * The value as a message may show it; see {@link Masking#quoted}.
   *
   * @param value the value, or null
   * @return the value masked, cut and quoted, or {@code null}
   */
  public static String shown(@Nullable String value) {
    return Masking.quoted(value);
  }
}
