package org.siarchive.core.internal;

import static org.siarchive.core.internal.TextForm.digits;
import static org.siarchive.core.internal.TextForm.lower;
import static org.siarchive.core.internal.TextForm.upper;

import com.google.common.base.CharMatcher;

/**
 * Every code form of the model, defined once. Each regular expression is also the one the Jakarta
 * {@code @Pattern} annotation of the field declares: the model's public {@code *_PATTERN} constants
 * are these {@code *_REGEX} constants, so the expression is written here only and this package
 * needs nothing of the model (no package cycle). {@code FormsProperties} proves each matcher equals
 * its expression.
 */
public final class Forms {
  private Forms() {}

  /** The expression of a volume identifier ({@code Volume.ID_PATTERN}). */
  public static final String VOLUME_ID_REGEX = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

  /** The expression of a sub-centre code ({@code SubCenter.ID_PATTERN}). */
  public static final String SUB_CENTER_ID_REGEX = "[A-Za-z0-9][A-Za-z0-9_-]{0,31}";

  /** The expression of a material code ({@code Item.MATERIAL_CODE_PATTERN}). */
  public static final String MATERIAL_CODE_REGEX = "[A-Z0-9][A-Z0-9_.-]{0,63}";

  /** The expression of a business step code ({@code BusinessType.STEP_PATTERN}). */
  public static final String STEP_REGEX = "[A-Z][A-Z0-9_]{0,39}";

  /** The expression of a SHA-256 digest ({@code PageImage.SHA256_PATTERN}). */
  public static final String SHA256_REGEX = "[0-9a-f]{64}";

  private static final CharMatcher ALNUM = upper().or(lower()).or(digits());
  private static final CharMatcher UPPER_DIGIT = upper().or(digits());

  /** A volume identifier. */
  public static final TextForm VOLUME_ID =
      TextForm.of(VOLUME_ID_REGEX, ALNUM, ALNUM.or(CharMatcher.anyOf("._-")), 0, 63);

  /** A sub-centre code. */
  public static final TextForm SUB_CENTER_ID =
      TextForm.of(SUB_CENTER_ID_REGEX, ALNUM, ALNUM.or(CharMatcher.anyOf("_-")), 0, 31);

  /** A material code. */
  public static final TextForm MATERIAL_CODE =
      TextForm.of(
          MATERIAL_CODE_REGEX, UPPER_DIGIT, UPPER_DIGIT.or(CharMatcher.anyOf("_.-")), 0, 63);

  /** A business step code. */
  public static final TextForm STEP =
      TextForm.of(STEP_REGEX, upper(), UPPER_DIGIT.or(CharMatcher.is('_')), 0, 39);

  /** A SHA-256 digest in lower-case hexadecimal. */
  public static final TextForm SHA256 =
      TextForm.of(
          SHA256_REGEX,
          digits().or(CharMatcher.inRange('a', 'f')),
          digits().or(CharMatcher.inRange('a', 'f')),
          63,
          63);

  /** A defect code. */
  public static final TextForm DEFECT_CODE =
      TextForm.of("[A-Z][A-Z0-9_]{1,63}", upper(), UPPER_DIGIT.or(CharMatcher.is('_')), 1, 63);

  /** A fonds code (全宗号). */
  public static final TextForm FONDS = TextForm.of("[0-9A-Z]{4}", UPPER_DIGIT, UPPER_DIGIT, 3, 3);

  /** An archive category code (门类代码). */
  public static final TextForm CATEGORY = TextForm.of("[A-Z]{2}", upper(), upper(), 1, 1);

  /** An organisation or subject code (机构(问题)代码). */
  public static final TextForm ORGANISATION =
      TextForm.of("[0-9A-Z]{1,10}", UPPER_DIGIT, UPPER_DIGIT, 0, 9);
}
