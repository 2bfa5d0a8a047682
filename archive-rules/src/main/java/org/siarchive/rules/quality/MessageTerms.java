package org.siarchive.rules.quality;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.siarchive.rules.internal.Copies;

/**
 * Names, in each language, of the values some message arguments take (a colour mode, a seal): a
 * message shows {@code 灰度} or {@code greyscale} where the check gave {@code GREYSCALE}. A value the
 * term does not list is shown as given; a list argument ({@code "OFFICE_SEAL, HANDLER_SEAL"}) is
 * named item by item.
 *
 * @param arguments the argument names these values name, each in at most one term of a catalogue
 * @param values the name of each value, by the value as checks give it
 */
@JsonPropertyOrder({"arguments", "values"})
record MessageTerms(
    @JsonProperty(required = true) @NotNull @Size(min = 1, max = 16)
        List<@NotNull @Pattern(regexp = "[a-z][A-Za-z0-9]{0,31}") String> arguments,
    @JsonProperty(required = true) @NotNull @Size(min = 1, max = 1000)
        Map<
                @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_.-]{0,63}") String,
                @NotNull @Valid LocalText>
            values) {

  /** Copies the collections, keeping null elements for validation to name. */
  MessageTerms {
    arguments = Copies.copy(arguments);
    values = Copies.copy(values);
  }
}
