package org.siarchive.rules.quality;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.defect.Severity;
import org.siarchive.rules.internal.Copies;

/**
 * One row of the defect catalogue: a kind of defect with its stable code, severity, names, message
 * template with named arguments ({@code {paper}}), the clause or article it enforces, guidance a
 * trainer can use, and the stages that look for it.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * DefectType t = DefectCatalogue.bundled().type(DefectCodes.MAIN_FORM_MISSING).orElseThrow();
 * t.zh();        // "缺主表"
 * t.severity();  // BLOCKING
 * }</pre>
 *
 * @param code the stable code, {@code [A-Z][A-Z0-9_]{1,63}}
 * @param severity how much it matters
 * @param zh the Chinese name, 1 to 100 characters
 * @param en the English name, 1 to 200 characters
 * @param arguments the names of the message arguments, in the order checks give them
 * @param message the message templates; {@code {name}} stands for an argument
 * @param reference the clause or article enforced, 1 to 500 characters
 * @param guidance what to do about it, for trainers and rectification notices
 * @param stages the stages that look for it, at least one, never {@code all}
 * @since 0.1.0
 */
@JsonPropertyOrder({
  "code",
  "severity",
  "zh",
  "en",
  "arguments",
  "message",
  "reference",
  "guidance",
  "stages"
})
public record DefectType(
    @JsonProperty(required = true) @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{1,63}") String code,
    @JsonProperty(required = true) @NotNull Severity severity,
    @JsonProperty(required = true) @NotBlank @Size(max = 100) String zh,
    @JsonProperty(required = true) @NotBlank @Size(max = 200) String en,
    @JsonProperty(required = true) @NotNull @Size(max = 16)
        List<@NotNull @Pattern(regexp = "[a-z][A-Za-z0-9]{0,31}") String> arguments,
    @JsonProperty(required = true) @NotNull @Valid LocalText message,
    @JsonProperty(required = true) @NotBlank @Size(max = 500) String reference,
    @JsonProperty(required = true) @NotNull @Valid LocalText guidance,
    @JsonProperty(required = true) @NotNull @Size(min = 1) Set<@NotNull Stage> stages) {

  /**
   * Copies the collections, keeping null elements for validation to name.
   *
   * @param code the stable code, {@code [A-Z][A-Z0-9_]{1,63}}
   * @param severity how much it matters
   * @param zh the Chinese name, 1 to 100 characters
   * @param en the English name, 1 to 200 characters
   * @param arguments the names of the message arguments, in the order checks give them
   * @param message the message templates; {@code {name}} stands for an argument
   * @param reference the clause or article enforced, 1 to 500 characters
   * @param guidance what to do about it, for trainers and rectification notices
   * @param stages the stages that look for it, at least one, never {@code all}
   */
  public DefectType {
    arguments = Copies.copy(arguments);
    stages = Copies.copy(stages);
  }

  /** {@return the code as a {@link DefectCode}} */
  public DefectCode defectCode() {
    return DefectCode.of(code);
  }
}
