package org.siarchive.examples.cli;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.siarchive.sampling.size.FixedRatio;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code siarchive sample ratio}: n = ceil(f N), exactly. */
@Command(
    name = "ratio",
    mixinStandardHelpOptions = true,
    description =
        "Sample size of a fixed ratio: ceil(F x N) exactly, at least 1 when N > 0, at most N.")
final class SampleRatioCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--population",
      required = true,
      paramLabel = "N",
      description = "Population size, at least 0.")
  long population;

  @Option(
      names = "--ratio",
      required = true,
      paramLabel = "F",
      description = "Ratio, in (0, 1], e.g. 0.07.")
  String ratio;

  @Mixin JsonOption json;

  @Override
  public Integer call() {
    SampleInputs.atLeast(spec, "--population", population, 0);
    FixedRatio f =
        FixedRatio.of(
            SampleInputs.decimal(
                spec, "--ratio", ratio, BigDecimal.ZERO, false, BigDecimal.ONE, true));
    long n = f.sampleSize(population);
    if (json.requested()) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("sampleSize", n);
      CliJson.print(spec.commandLine().getOut(), doc);
    } else {
      spec.commandLine()
          .getOut()
          .printf(
              Locale.ROOT,
              "Sample size %d of %d (ratio %s)%n",
              n,
              population,
              f.ratio().toPlainString());
      spec.commandLine().getOut().flush();
    }
    return 0;
  }
}
