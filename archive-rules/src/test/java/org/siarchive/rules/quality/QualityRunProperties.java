package org.siarchive.rules.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.defect.DefectCode;
import org.siarchive.core.json.ArchiveJson;
import org.siarchive.core.json.JsonLinesReader;
import org.siarchive.core.json.LineResult;
import org.siarchive.core.model.Volume;

/**
 * Batch runs over generated JSON Lines holding clean volumes, broken volumes and malformed lines:
 * every record is accounted for, the figures add up, and a parallel run delivers exactly what a
 * sequential run delivers, in order.
 */
class QualityRunProperties {
  private static final long SEED = 0x4a50_2L;
  private static final String[] MALFORMED = {
    "{",
    "not json",
    "{\"schemaVersion\": 1}",
    "[]",
    "{\"schemaVersion\": 1, \"id\": 5}",
    "\"text\"",
    "{}}"
  };

  /** One line per kind: 0..2 clean, 3..5 broken, 6 malformed, 7 blank. */
  static String file(List<Integer> kinds, long seed) {
    StringBuilder b = new StringBuilder();
    SplittableRandom r = new SplittableRandom(seed);
    int n = 0;
    for (int kind : kinds) {
      n++;
      long volumeSeed = seed * 31 + n;
      if (kind <= 2) {
        b.append(ArchiveJson.writeVolume(CleanVolumes.fromSeed(volumeSeed)));
      } else if (kind <= 5) {
        Volume clean = CleanVolumes.fromSeed(volumeSeed);
        Breakage breakage = Breakage.ALL.get(r.nextInt(Breakage.ALL.size()));
        b.append(
            ArchiveJson.writeVolume(
                breakage.applicable().test(clean) ? breakage.apply().apply(clean) : clean));
      } else if (kind == 6) {
        b.append(MALFORMED[r.nextInt(MALFORMED.length)]);
      } else {
        b.append("   ");
      }
      b.append(r.nextBoolean() ? "\n" : "\r\n");
    }
    return b.toString();
  }

  /** Everything a listener sees, in order. */
  static final class Recorder implements RunListener {
    final List<Object> seen = new ArrayList<>();

    @Override
    public void checked(VolumeResult result) {
      seen.add(result);
    }

    @Override
    public void rejected(LineResult.Rejected rejected) {
      seen.add(rejected);
    }
  }

  static RunSummary run(String content, int parallelism, Recorder recorder) {
    return QualityRun.builder(CleanVolumes.CONTEXT)
        .parallelism(parallelism)
        .listener(recorder)
        .build()
        .run(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void everyRecord_isCheckedOrRejectedByLine_andTheFiguresAddUp() {
    qt().withFixedSeed(SEED)
        .withExamples(40)
        .forAll(lists().of(integers().between(0, 7)).ofSizeBetween(0, 200))
        .checkAssert(
            kinds -> {
              String content = file(kinds, kinds.size());
              Recorder recorder = new Recorder();
              RunSummary s = run(content, 1, recorder);

              TreeSet<Long> expectedRejected = new TreeSet<>();
              long records = 0;
              for (int i = 0; i < kinds.size(); i++) {
                if (kinds.get(i) != 7) {
                  records++;
                }
                if (kinds.get(i) == 6) {
                  expectedRejected.add(i + 1L);
                }
              }
              TreeSet<Long> rejectedLines = new TreeSet<>();
              Map<DefectCode, Long> perCode = new TreeMap<>();
              long withDefects = 0;
              for (Object o : recorder.seen) {
                if (o instanceof LineResult.Rejected r) {
                  rejectedLines.add(r.line());
                  assertThat(r.message()).isNotBlank();
                } else {
                  VolumeResult v = (VolumeResult) o;
                  withDefects += v.hasDefects() ? 1 : 0;
                  for (Defect d : v.defects()) {
                    perCode.merge(d.code(), 1L, Long::sum);
                  }
                }
              }
              assertThat(s.read()).isEqualTo(records).isEqualTo(recorder.seen.size());
              assertThat(s.read()).isEqualTo(s.checked() + s.rejected());
              assertThat(rejectedLines).isEqualTo(expectedRejected);
              assertThat(s.rejected()).isEqualTo(expectedRejected.size());
              assertThat(s.volumesWithDefects()).isEqualTo(withDefects);
              assertThat(new TreeMap<>(s.defectsPerCode())).isEqualTo(perCode);
            });
  }

  @Test
  void parallelRun_deliversExactlyWhatASequentialRunDelivers() {
    qt().withFixedSeed(SEED)
        .withExamples(15)
        .forAll(
            lists().of(integers().between(0, 7)).ofSizeBetween(0, 600), integers().between(2, 4))
        .checkAssert(
            (kinds, threads) -> {
              String content = file(kinds, kinds.size() + 7L);
              Recorder sequential = new Recorder();
              Recorder parallel = new Recorder();
              RunSummary a = run(content, 1, sequential);
              RunSummary b = run(content, threads, parallel);
              assertThat(parallel.seen).isEqualTo(sequential.seen);
              assertThat(b).isEqualTo(a);
            });
  }

  @Test
  void results_carryTheVolumesAsDecoded_soOnePassServesChecksAndMore() {
    qt().withFixedSeed(SEED)
        .withExamples(15)
        .forAll(
            lists().of(integers().between(0, 7)).ofSizeBetween(0, 300), integers().between(1, 3))
        .checkAssert(
            (kinds, threads) -> {
              String content = file(kinds, kinds.size() + 11L);
              List<Object> decoded = new ArrayList<>();
              try (JsonLinesReader reader =
                  JsonLinesReader.of(
                      new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)))) {
                reader.forEach(decoded::add);
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
              List<Volume> expected =
                  decoded.stream()
                      .filter(LineResult.Decoded.class::isInstance)
                      .map(d -> ((LineResult.Decoded) d).volume())
                      .toList();
              Recorder recorder = new Recorder();
              run(content, threads, recorder);
              List<VolumeResult> results =
                  recorder.seen.stream()
                      .filter(VolumeResult.class::isInstance)
                      .map(VolumeResult.class::cast)
                      .toList();

              assertThat(results).extracting(VolumeResult::volume).isEqualTo(expected);
              Suite all = Suite.from(CleanVolumes.CONTEXT);
              for (VolumeResult r : results) {
                assertThat(r.defects()).isEqualTo(all.check(r.volume(), CleanVolumes.CONTEXT));
                assertThat(r.volumeId()).isEqualTo(r.volume().id());
                assertThat(r.subCenterId()).isEqualTo(r.volume().subCenterId());
                assertThat(r.businessType()).isEqualTo(r.volume().businessType());
                assertThat(r.year()).isEqualTo(r.volume().year());
              }
            });
  }
}
