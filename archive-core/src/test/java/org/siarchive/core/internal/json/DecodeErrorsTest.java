package org.siarchive.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every reader limit in fixed words, from Jackson's own wording of it (jackson-core's {@code
 * StreamReadConstraints}); a limit without words of ours keeps Jackson's first line.
 */
class DecodeErrorsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Number value length (40) exceeds the maximum allowed (32, from `StreamReadConstraints.getMaxNumberLength()`)"
            + " | a number of 40 digits; at most 32 are read",
        "String value length (1048580) exceeds the maximum allowed (1048576, from `StreamReadConstraints.getMaxStringLength()`)"
            + " | a text longer than 1048576 characters; longer ones are not read",
        "Name length (300) exceeds the maximum allowed (256, from `StreamReadConstraints.getMaxNameLength()`)"
            + " | a property name longer than 256 characters; longer ones are not read",
        "Document nesting depth (33) exceeds the maximum allowed (32, from `StreamReadConstraints.getMaxNestingDepth()`)"
            + " | values nested deeper than 32 levels; deeper ones are not read",
        "Document length (67108865) exceeds the maximum allowed (67108864, from `StreamReadConstraints.getMaxDocumentLength()`)"
            + " | a document longer than 67108864 bytes; longer ones are not read",
        "Token count (1000001) exceeds the maximum allowed (1000000, from `StreamReadConstraints.getMaxTokenCount()`)"
            + " | Token count (1000001) exceeds the maximum allowed (1000000, from `StreamReadConstraints.getMaxTokenCount()`)",
      })
  void limits_areWorded_withoutTheLengthJacksonHadBuffered(String jackson, String reason) {
    DecodeErrors.Problem p = DecodeErrors.translate(new StreamConstraintsException(jackson));
    assertThat(p.pointer()).isEmpty();
    assertThat(p.reason()).isEqualTo(reason);
  }
}
