package org.siarchive.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.siarchive.core.testing.Fixtures;

/** A raw line cannot be changed by whoever holds it: bytes are copied in and out. */
class RawLineTest {
  private static final byte[] VOLUME = ArchiveJson.writeVolumeBytes(Fixtures.cleanVolume());

  @Test
  void of_callerChangesItsArrayAfterwards_lineDecodesAsGiven() {
    byte[] mine = VOLUME.clone();
    RawLine line = RawLine.of(1, mine, false);
    mine[0] = 'x';

    assertThat(JsonLinesReader.decode(line)).isInstanceOf(LineResult.Decoded.class);
    assertThat(line.bytes()).isEqualTo(VOLUME);
  }

  @Test
  void bytes_changedByItsReceiver_lineKeepsItsBytes() {
    RawLine line = RawLine.of(1, VOLUME, false);
    byte[] handedOut = line.bytes();
    handedOut[0] = 'x';

    assertThat(line.bytes()).isEqualTo(VOLUME).isNotSameAs(line.bytes());
    assertThat(JsonLinesReader.decode(line)).isInstanceOf(LineResult.Decoded.class);
  }

  @Test
  void nextRaw_linesOfTheReader_cannotBeChangedByTheirReceiver() throws IOException {
    String two =
        new String(VOLUME, StandardCharsets.UTF_8)
            + "\n\n"
            + new String(VOLUME, StandardCharsets.UTF_8);
    try (JsonLinesReader reader =
        JsonLinesReader.of(new ByteArrayInputStream(two.getBytes(StandardCharsets.UTF_8)))) {
      RawLine first = reader.nextRaw();
      first.bytes()[0] = 'x';
      RawLine second = reader.nextRaw();

      assertThat(first.number()).isEqualTo(1);
      assertThat(second.number()).isEqualTo(3);
      assertThat(first.length()).isEqualTo(VOLUME.length);
      assertThat(first).isEqualTo(RawLine.of(1, VOLUME, false));
      assertThat(JsonLinesReader.decode(first)).isInstanceOf(LineResult.Decoded.class);
      assertThat(reader.nextRaw()).isNull();
    }
  }

  @Test
  void of_numberBelowOne_refusedNamingTheFieldAndValue() {
    assertThatThrownBy(() -> RawLine.of(0, VOLUME, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for number (valid values 1 or more): 0");
  }

  @Test
  void of_tooLongWithBytes_refusedNamingTheBytes() {
    assertThatThrownBy(() -> RawLine.of(4, new byte[3], true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for bytes (empty when the line is too long): 3 bytes");
  }

  @Test
  void decode_tooLongLine_isRejectedByItsNumber() {
    LineResult r = JsonLinesReader.decode(RawLine.of(7, new byte[0], true));

    assertThat(r).isInstanceOf(LineResult.Rejected.class);
    assertThat(r.line()).isEqualTo(7);
  }

  @Test
  void equalsAndHashCode_byNumberContentAndFlag() {
    RawLine a = RawLine.of(2, VOLUME, false);

    assertThat(a)
        .isEqualTo(RawLine.of(2, VOLUME.clone(), false))
        .hasSameHashCodeAs(RawLine.of(2, VOLUME, false));
    assertThat(a).isNotEqualTo(RawLine.of(3, VOLUME, false));
    assertThat(a).isNotEqualTo(RawLine.of(2, "{}".getBytes(StandardCharsets.UTF_8), false));
  }

  @Test
  void toString_namesNumberAndSize_neverTheContent() {
    assertThat(RawLine.of(3, VOLUME, false).toString())
        .isEqualTo("RawLine[number=3, " + VOLUME.length + " bytes]")
        .doesNotContain("11010519491231002X");
    assertThat(RawLine.of(5, new byte[0], true).toString())
        .isEqualTo("RawLine[number=5, too long]");
  }
}
