package org.siarchive.core.defect;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.siarchive.core.internal.Checks;
import org.siarchive.core.internal.Forms;

/**
 * The stable code of a kind of defect, e.g. {@code MAIN_FORM_MISSING}. Codes are the vocabulary
 * shared by the checks, the synthetic generator's truth files and the reports; once published a
 * code keeps its meaning. The built-in codes and their texts are listed in the defect catalogue; a
 * host may define codes of its own for checks of its own.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * DefectCode code = DefectCode.of("MAIN_FORM_MISSING");
 * }</pre>
 *
 * @param value upper-case letters, digits and underscores, starting with a letter, 2 to 64
 *     characters
 * @since 0.1.0
 */
public record DefectCode(String value) implements Comparable<DefectCode> {

  /**
   * Checks the form.
   *
   * @param value upper-case letters, digits and underscores, starting with a letter, 2 to 64
   *     characters
   */
  public DefectCode {
    Checks.form(value, Forms.DEFECT_CODE, "code");
  }

  /**
   * {@return the code with that text}
   *
   * @param value upper-case letters, digits and underscores, starting with a letter, 2 to 64
   *     characters
   */
  @JsonCreator
  public static DefectCode of(String value) {
    return new DefectCode(value);
  }

  @Override
  public int compareTo(DefectCode other) {
    return value.compareTo(other.value);
  }

  @JsonValue
  @Override
  public String toString() {
    return value;
  }
}
