package org.siarchive.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.siarchive.core.testing.ModelGenerators;

class JsonProperties {

  @Test
  void anyValidVolume_roundTripsThroughJson() {
    qt().withFixedSeed(20261127L)
        .withExamples(300)
        .forAll(ModelGenerators.volumes())
        .checkAssert(
            v -> assertThat(ArchiveJson.readVolume(ArchiveJson.writeVolume(v))).isEqualTo(v));
  }

  @Test
  void anyValidVolume_encodesToOneLine() {
    qt().withFixedSeed(5L)
        .withExamples(200)
        .forAll(ModelGenerators.volumes())
        .checkAssert(v -> assertThat(ArchiveJson.writeVolume(v)).doesNotContain("\n", "\r"));
  }

  @Test
  void anyRetentionPeriod_roundTripsThroughItsCode() {
    qt().withFixedSeed(9L)
        .withExamples(200)
        .forAll(ModelGenerators.periods())
        .checkAssert(
            p -> assertThat(org.siarchive.core.model.RetentionPeriod.parse(p.code())).isEqualTo(p));
  }
}
