package org.siarchive.rules.quality;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.siarchive.rules.Language;

/**
 * A text in Chinese and English.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * new LocalText("缺主表", "Main form missing").in(Language.EN);  // "Main form missing"
 * }</pre>
 *
 * @param zh the Chinese text, 1 to 2000 characters
 * @param en the English text, 1 to 2000 characters
 * @since 0.1.0
 */
@JsonPropertyOrder({"zh", "en"})
public record LocalText(
    @JsonProperty(required = true) @NotBlank @Size(max = 2000) String zh,
    @JsonProperty(required = true) @NotBlank @Size(max = 2000) String en) {

  /**
   * {@return the text in one language}
   *
   * @param language the language
   */
  public String in(Language language) {
    return language == Language.ZH ? zh : en;
  }
}
