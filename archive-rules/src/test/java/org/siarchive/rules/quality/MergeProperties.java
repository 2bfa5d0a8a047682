package org.siarchive.rules.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.BinaryOperator;
import org.junit.jupiter.api.Test;
import org.siarchive.core.ArchiveTime;
import org.siarchive.core.json.JsonLinesReader;
import org.siarchive.core.json.LineResult;
import org.siarchive.rules.material.MaterialRules;
import org.siarchive.rules.report.QualityReport;
import org.siarchive.rules.report.ReportBuilder;
import org.siarchive.rules.report.ReportCounts;
import org.siarchive.rules.retention.RetentionRules;
import org.siarchive.rules.retention.RetentionRun;
import org.siarchive.rules.retention.RetentionRunSummary;
import org.siarchive.rules.retention.RetentionSchedules;
import org.siarchive.rules.retention.VolumeImpact;

/**
 * A file cut at random bytes into splits ({@link JsonLinesReader#ofSplit}), each split run on its
 * own, and the parts' summaries, report counts, impacts and rejections merged in input order in a
 * random grouping: the result equals one sequential run over the whole file, figure for figure,
 * rejection for rejection at its line.
 */
class MergeProperties {
  private static final long SEED = 20261202L;
  private static final LocalDate TODAY = ArchiveTime.today(CleanVolumes.CONTEXT.clock());
  private static final RetentionRules EDITION =
      RetentionSchedules.withIllustrativeEdition()
          .rulesInForce(RetentionSchedules.ILLUSTRATIVE, TODAY)
          .withMaterialRules(MaterialRules.bundledIllustrative());

  /** A split's bounds: 0 = s0 < s1 < ... < sn >= length. */
  private static List<Long> bounds(int length, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    TreeSet<Long> cuts = new TreeSet<>();
    int n = r.nextInt(0, 10);
    for (int i = 0; i < n && length > 1; i++) {
      cuts.add((long) r.nextInt(1, length));
    }
    List<Long> bounds = new ArrayList<>();
    bounds.add(0L);
    bounds.addAll(cuts);
    bounds.add((long) Math.max(1, length));
    return bounds;
  }

  private static JsonLinesReader split(byte[] bytes, long start, long end) {
    int from = (int) Math.max(0, start - 1);
    try {
      return JsonLinesReader.ofSplit(
          new ByteArrayInputStream(bytes, from, bytes.length - from), start, end);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Folds the parts in order, grouped by a random binary tree: associativity is what is tested. */
  static <T> T fold(List<T> parts, BinaryOperator<T> merge, SplittableRandom r) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    int cut = r.nextInt(1, parts.size());
    return merge.apply(
        fold(parts.subList(0, cut), merge, r), fold(parts.subList(cut, parts.size()), merge, r));
  }

  /** Rejections with their line in the file. */
  private static final class Rejections implements RunListener {
    final List<LineResult.Rejected> seen = new ArrayList<>();
    long base;

    @Override
    public void rejected(LineResult.Rejected r) {
      seen.add(new LineResult.Rejected(r.line() + base, r.pointer(), r.message()));
    }
  }

  @Test
  void qualityRun_andReport_ofMergedSplits_equalOneSequentialRun() {
    qt().withFixedSeed(SEED)
        .withExamples(40)
        .forAll(lists().of(integers().between(0, 7)).ofSizeBetween(0, 120), longs().all())
        .checkAssert(
            (kinds, seed) -> {
              byte[] bytes =
                  QualityRunProperties.file(kinds, kinds.size() + 3L)
                      .getBytes(StandardCharsets.UTF_8);
              QualityRun run = QualityRun.builder(CleanVolumes.CONTEXT).build();

              ReportBuilder one = ReportBuilder.of(CleanVolumes.CONTEXT).input("f.jsonl");
              Rejections oneRejected = new Rejections();
              RunSummary whole =
                  QualityRun.builder(CleanVolumes.CONTEXT)
                      .listener(one)
                      .listener(oneRejected)
                      .build()
                      .run(new ByteArrayInputStream(bytes));
              QualityReport expected = one.build(whole, null);

              List<Long> b = bounds(bytes.length, seed);
              List<RunSummary> summaries = new ArrayList<>();
              List<ReportCounts> counts = new ArrayList<>();
              Rejections rejected = new Rejections();
              for (int i = 0; i + 1 < b.size(); i++) {
                ReportBuilder part = ReportBuilder.of(CleanVolumes.CONTEXT);
                try (JsonLinesReader reader = split(bytes, b.get(i), b.get(i + 1))) {
                  summaries.add(
                      QualityRun.builder(CleanVolumes.CONTEXT)
                          .listener(part)
                          .listener(rejected)
                          .build()
                          .run(reader));
                  rejected.base += reader.newlinesInSplit();
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
                counts.add(part.counts());
              }
              SplittableRandom r = new SplittableRandom(seed);
              RunSummary merged = fold(summaries, run::merge, r);
              ReportCounts mergedCounts = fold(counts, ReportCounts::merge, r);
              ReportBuilder combined =
                  ReportBuilder.of(CleanVolumes.CONTEXT).input("f.jsonl").add(mergedCounts);
              rejected.seen.forEach(combined::rejected); // file line numbers, in input order
              QualityReport report = combined.build(merged, null);

              assertThat(merged).isEqualTo(whole);
              assertThat(report).isEqualTo(expected);
              assertThat(rejected.seen).isEqualTo(oneRejected.seen);
            });
  }

  @Test
  void reportCounts_addedPartByPart_equalTheMergedCounts() {
    qt().withFixedSeed(SEED + 1)
        .withExamples(20)
        .forAll(lists().of(integers().between(0, 7)).ofSizeBetween(1, 80), longs().all())
        .checkAssert(
            (kinds, seed) -> {
              byte[] bytes =
                  QualityRunProperties.file(kinds, seed).getBytes(StandardCharsets.UTF_8);
              List<Long> b = bounds(bytes.length, seed);
              List<ReportCounts> counts = new ArrayList<>();
              ReportBuilder stepwise = ReportBuilder.of(CleanVolumes.CONTEXT);
              for (int i = 0; i + 1 < b.size(); i++) {
                ReportBuilder part = ReportBuilder.of(CleanVolumes.CONTEXT);
                try (JsonLinesReader reader = split(bytes, b.get(i), b.get(i + 1))) {
                  QualityRun.builder(CleanVolumes.CONTEXT).listener(part).build().run(reader);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
                counts.add(part.counts());
                stepwise.add(part.counts());
              }
              ReportCounts all = ReportCounts.EMPTY;
              for (ReportCounts c : counts) {
                all = all.merge(c);
              }
              assertThat(stepwise.counts()).isEqualTo(all);
            });
  }

  @Test
  void retentionRun_ofMergedSplits_equalsOneSequentialRun() {
    qt().withFixedSeed(SEED + 2)
        .withExamples(40)
        .forAll(lists().of(integers().between(0, 7)).ofSizeBetween(0, 120), longs().all())
        .checkAssert(
            (kinds, seed) -> {
              byte[] bytes =
                  QualityRunProperties.file(kinds, kinds.size() + 5L)
                      .getBytes(StandardCharsets.UTF_8);
              List<String> expectedSeen = new ArrayList<>();
              RetentionRunSummary whole =
                  RetentionRun.builder(EDITION, TODAY)
                      .listener(recorder(expectedSeen, new long[1]))
                      .build()
                      .run(new ByteArrayInputStream(bytes));

              List<Long> b = bounds(bytes.length, seed);
              List<RetentionRunSummary> parts = new ArrayList<>();
              List<String> seen = new ArrayList<>();
              long[] base = new long[1];
              for (int i = 0; i + 1 < b.size(); i++) {
                try (JsonLinesReader reader = split(bytes, b.get(i), b.get(i + 1))) {
                  parts.add(
                      RetentionRun.builder(EDITION, TODAY)
                          .listener(recorder(seen, base))
                          .build()
                          .run(reader));
                  base[0] += reader.newlinesInSplit();
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              }
              assertThat(fold(parts, RetentionRunSummary::merge, new SplittableRandom(seed)))
                  .isEqualTo(whole);
              assertThat(seen).isEqualTo(expectedSeen);
            });
  }

  private static RetentionRun.Listener recorder(List<String> seen, long[] base) {
    return new RetentionRun.Listener() {
      @Override
      public void judged(LineResult.Decoded decoded, VolumeImpact impact) {
        seen.add((decoded.line() + base[0]) + " " + impact);
      }

      @Override
      public void rejected(LineResult.Rejected r) {
        seen.add((r.line() + base[0]) + " " + r.pointer() + " " + r.message());
      }
    };
  }

  @Test
  void summariesOfAnotherRun_areRefused() {
    RunSummary other =
        new RunSummary(0, 0, 0, 0, java.util.Map.of(), "another suite", List.of(), List.of());
    QualityRun run = QualityRun.builder(CleanVolumes.CONTEXT).build();
    RunSummary empty = run.run(new ByteArrayInputStream(new byte[0]));
    assertThatThrownBy(() -> run.merge(empty, other)).hasMessageContaining("another suite");
    assertThat(run.merge(empty, empty)).isEqualTo(empty);
  }
}
