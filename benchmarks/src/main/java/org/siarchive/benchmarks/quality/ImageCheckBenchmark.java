package org.siarchive.benchmarks.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.model.ImageFormat;
import org.siarchive.core.model.PageImage;
import org.siarchive.core.model.Volume;
import org.siarchive.examples.synthetic.SyntheticCity;
import org.siarchive.examples.synthetic.SyntheticImages;
import org.siarchive.examples.synthetic.SyntheticVolume;
import org.siarchive.rules.material.MaterialRules;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.quality.ImageFolder;
import org.siarchive.rules.quality.Suite;

/**
 * The image checks of one rendered A4 page (every image check of stage {@code all}, reading the
 * file: digest and size streamed, decoded subsampled, pixels measured) against decoding the same
 * file alone with {@code ImageIO.read}. Target: checks at most 1.5x the decoding. The page is a
 * synthetic city's, rendered at 200 or 300 dpi, as TIFF (Deflate) or JPEG. One thread: {@code
 * checkPage}'s score is the pages checked per second per core, {@code decodeOnly}'s the pages
 * decoded; their ratio is the cost of the checks against decoding alone.
 *
 * <pre>
 * java -Djmh.ignoreLock=true -jar benchmarks/target/benchmarks.jar ImageCheckBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class ImageCheckBenchmark {
  @Param({"200", "300"})
  int dpi;

  @Param({"TIFF", "JPEG"})
  String format;

  private Path dir;
  private Path file;
  private Volume volume;
  private PageImage image;
  private CheckContext context;
  private Suite suite;

  /** Renders one page of a clean volume at the asked resolution and format. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    ImageIO.setUseCache(false);
    dir = Files.createTempDirectory("siarchive-image-bench");
    SyntheticCity city = SyntheticCity.of(42L);
    SyntheticVolume clean =
        city.volumes(50).filter(sv -> !sv.isDefective()).findFirst().orElseThrow();
    ImageFormat f = ImageFormat.valueOf(format);
    Volume v = clean.volume();
    PageImage first = v.images().get(0).withDpi(dpi).withFormat(f);
    v = v.withImages(List.of(first));
    // Another seed whose renderer seeds no defect into this volume is not needed: any seeded
    // defect only changes which codes are reported, not the work done.
    SyntheticVolume rendered =
        SyntheticImages.of(7L)
            .render(
                new SyntheticVolume(v, List.of()),
                ImageFolder.of(dir),
                (p, bytes) -> {
                  Files.createDirectories(p.getParent());
                  Files.write(p, bytes);
                });
    volume = rendered.volume();
    image = volume.images().get(0);
    file = ImageFolder.of(dir).find(volume, image).orElseThrow();
    context =
        CheckContext.builder(MaterialRules.bundledIllustrative())
            .imageFiles(ImageFolder.of(dir))
            .build();
    suite = Suite.from(context);
  }

  /** Removes the rendered page. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Every image check of one page, reading its file. */
  @Benchmark
  public List<Defect> checkPage() {
    return suite.checkImage(volume, image, context);
  }

  /** Decoding the page's file alone, at full resolution. */
  @Benchmark
  public void decodeOnly(Blackhole bh) throws IOException {
    bh.consume(ImageIO.read(file.toFile()));
  }
}
