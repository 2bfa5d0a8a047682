package org.siarchive.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.siarchive.core.testing.MalformedCorpus;
import org.siarchive.core.testing.MalformedCorpus.Case;

/**
 * The malformed-input corpus (issue 14): each file under {@code corpus/malformed/} holds a valid
 * volume on line 1 and one class of bad input on line 2; {@code index.tsv} names the exact error it
 * must give (line, JSON pointer, message) and the command line's exit status ({@link
 * MalformedCorpus}). Run here against the library and in examples' {@code
 * MalformedCorpusCommandTest} against the command line.
 */
class MalformedCorpusTest {

  static Stream<Case> corpus() {
    return MalformedCorpus.cases().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void read_malformedLine_isTheNamedRejectionAndTheCountsAddUp(Case c) throws IOException {
    List<LineResult> results = new ArrayList<>();
    ReadSummary summary;
    try (JsonLinesReader reader = JsonLinesReader.of(MalformedCorpus.resource(c.file()))) {
      summary = reader.forEach(results::add);
    }
    assertThat(summary).isEqualTo(new ReadSummary(2, 1, 1));
    assertThat(results.get(0)).isInstanceOf(LineResult.Decoded.class);
    assertThat(results.get(1))
        .isEqualTo(new LineResult.Rejected(c.line(), c.pointer(), c.message()));
  }

  @org.junit.jupiter.api.Test
  void corpus_holdsAtLeastFiftyClasses() {
    assertThat(MalformedCorpus.cases()).hasSizeGreaterThanOrEqualTo(50);
    assertThat(MalformedCorpus.cases().stream().map(Case::message).distinct().count())
        .isGreaterThanOrEqualTo(50);
  }
}
