package org.siarchive.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Each {@link Forms} matcher accepts exactly the texts its regular expression accepts. */
class FormsProperties {
  /** Characters on both sides of every class boundary the forms use, and some far outside. */
  private static final String ALPHABET = "09AZaf gz@[`{/:._-\u00e9档\t";

  private static List<TextForm> forms() throws IllegalAccessException {
    List<TextForm> forms = new ArrayList<>();
    for (Field f : Forms.class.getDeclaredFields()) {
      if (Modifier.isPublic(f.getModifiers()) && f.getType() == TextForm.class) {
        forms.add((TextForm) f.get(null));
      }
    }
    return forms;
  }

  private static Gen<String> texts() {
    return in -> {
      int n = integers().between(0, 70).generate(in);
      StringBuilder b = new StringBuilder(n);
      for (int i = 0; i < n; i++) {
        b.append(ALPHABET.charAt(integers().between(0, ALPHABET.length() - 1).generate(in)));
      }
      return b.toString();
    };
  }

  /** Texts of the form's own alphabet, so that the accepting side is reached often. */
  private static Gen<String> near(String sample) {
    return in -> {
      StringBuilder b = new StringBuilder(sample);
      int edits = integers().between(0, 3).generate(in);
      for (int i = 0; i < edits && b.length() > 0; i++) {
        int at = integers().between(0, b.length() - 1).generate(in);
        b.setCharAt(at, ALPHABET.charAt(integers().between(0, ALPHABET.length() - 1).generate(in)));
      }
      return b.toString();
    };
  }

  @Test
  void everyForm_agreesWithItsRegularExpression() throws IllegalAccessException {
    List<TextForm> forms = forms();
    assertThat(forms).hasSizeGreaterThanOrEqualTo(9);
    for (TextForm form : forms) {
      Pattern regex = Pattern.compile(form.regex());
      qt().withFixedSeed(20261127L)
          .withExamples(2000)
          .forAll(
              texts().mix(near("A0a-Z9.f_" + "0a".repeat(30)), 50).mix(near("0".repeat(64)), 30))
          .checkAssert(
              s ->
                  assertThat(form.matches(s))
                      .as("%s on \"%s\"", form.regex(), s)
                      .isEqualTo(regex.matcher(s).matches()));
    }
  }
}
