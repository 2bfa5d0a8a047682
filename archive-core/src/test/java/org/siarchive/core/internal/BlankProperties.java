package org.siarchive.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.siarchive.core.InvalidValueException;

/**
 * One meaning of "blank" for every rule text: the constructors' {@link Checks#text}, the
 * {@code @Pattern} of optional document fields ({@link Checks#NOT_BLANK_PATTERN}) and Jakarta's
 * {@code @NotBlank} accept exactly the same texts.
 */
class BlankProperties {
  private static final Validator VALIDATOR = Validators.factory().getValidator();
  private static final Pattern NOT_BLANK = Pattern.compile(Checks.NOT_BLANK_PATTERN);

  private record Bean(@NotBlank String text) {}

  private static boolean checksAccept(String s) {
    try {
      Checks.text(s, 1000, "text");
      return true;
    } catch (InvalidValueException e) {
      return false;
    }
  }

  private static void agree(String s) {
    boolean notBlank = VALIDATOR.validate(new Bean(s)).isEmpty();
    assertThat(checksAccept(s))
        .as("Checks.text of %s", s.codePoints().boxed().toList())
        .isEqualTo(notBlank);
    assertThat(NOT_BLANK.matcher(s).matches())
        .as("pattern on %s", s.codePoints().boxed().toList())
        .isEqualTo(notBlank);
  }

  @Test
  void checksPatternAndNotBlank_agree_onTheBoundaryCharacters() {
    for (String s :
        new String[] {
          " ", "\t\n\r", "\u0000", "\u001f", "\u0020", "\u0021", "\u00a0", "\u3000", "\u2028",
          " a ", "\n\nx", "一"
        }) {
      agree(s);
    }
  }

  @Test
  void checksPatternAndNotBlank_agree_onGeneratedTexts() {
    qt().withExamples(2000)
        .withFixedSeed(20261201L)
        .forAll(strings().betweenCodePoints(0, 0x3001).ofLengthBetween(1, 6))
        .checkAssert(BlankProperties::agree);
  }
}
