package org.siarchive.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.internal.Checks;
import org.siarchive.core.internal.Forms;

/**
 * A business type: an insurance line (险种) crossed with a business step (业务环节), the unit that
 * material rules and retention rows are written for.
 *
 * <p>Immutable and thread-safe. The step is a code of upper-case letters, digits and underscores;
 * the steps a system knows come from its rule tables.
 *
 * <pre>{@code
 * BusinessType t = BusinessType.parse("PENSION/BENEFIT_DETERMINATION");
 * t.line();  // PENSION
 * t.step();  // "BENEFIT_DETERMINATION"
 * }</pre>
 *
 * @param line the insurance line
 * @param step the business step code, {@code [A-Z][A-Z0-9_]{0,39}}
 * @since 0.1.0
 */
public record BusinessType(
    @JsonProperty(required = true) @NotNull InsuranceLine line,
    @JsonProperty(required = true) @NotNull @Pattern(regexp = BusinessType.STEP_PATTERN)
        String step) {

  /** The form of a business step code. */
  public static final String STEP_PATTERN = Forms.STEP_REGEX;

  /**
   * Checks the parts.
   *
   * @param line the insurance line
   * @param step the business step code, {@code [A-Z][A-Z0-9_]{0,39}}
   */
  public BusinessType {
    Checks.required(line, "line");
    Checks.form(step, Forms.STEP, "step");
  }

  /**
   * Parses the text form {@code LINE/STEP}.
   *
   * @param text the line's constant name, a slash and the step code, e.g. {@code PENSION/RETIRE}
   * @return the business type
   * @throws InvalidValueException naming {@code businessType} when the text has another form
   */
  public static BusinessType parse(CharSequence text) {
    Checks.required(text, "businessType");
    String s = text.toString();
    int slash = s.indexOf('/');
    if (slash > 0) {
      try {
        return new BusinessType(
            InsuranceLine.valueOf(s.substring(0, slash)), s.substring(slash + 1));
      } catch (IllegalArgumentException e) {
        // falls through to the message below
      }
    }
    throw new InvalidValueException(
        "businessType", "LINE/STEP, e.g. PENSION/REGISTRATION", Checks.shown(s));
  }

  /** The text form {@code LINE/STEP}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s/%s", line, step);
  }
}
