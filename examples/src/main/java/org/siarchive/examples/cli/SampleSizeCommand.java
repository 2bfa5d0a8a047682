package org.siarchive.examples.cli;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.siarchive.sampling.InfeasibleRequestException;
import org.siarchive.sampling.size.AttributeSampling;
import org.siarchive.sampling.size.Model;
import org.siarchive.sampling.size.SampleSize;
import org.siarchive.sampling.size.SampleSizeRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code siarchive sample size}: the exact attribute sample size. */
@Command(
    name = "size",
    mixinStandardHelpOptions = true,
    description =
        "Smallest sample size so that a lot at the tolerable rate passes with probability at most 1 - confidence.")
final class SampleSizeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--tolerable-rate",
      required = true,
      paramLabel = "P",
      description = "Tolerable rate p_t, in (0, 1].")
  String tolerableRate;

  @Option(
      names = "--confidence",
      required = true,
      paramLabel = "C",
      description = "Confidence, in (0, 1).")
  String confidence;

  @Option(
      names = "--population",
      paramLabel = "N",
      description = "Population (lot) size; selects the hypergeometric model.")
  Long population;

  @Option(
      names = "--acceptance-number",
      paramLabel = "c",
      description = "Nonconforming units allowed in the sample (default 0).")
  Integer acceptanceNumber;

  @Option(
      names = "--expected-rate",
      paramLabel = "E",
      description = "Expected rate p_e: c = ceil(n p_e) for each n.")
  String expectedRate;

  @Option(
      names = "--model",
      paramLabel = "hypergeometric|binomial",
      description = "Model; hypergeometric by default when --population is given, else binomial.")
  String model;

  @Mixin JsonOption json;

  @Override
  public Integer call() {
    SampleSizeRequest.Builder b =
        SampleSizeRequest.builder()
            .tolerableRate(
                SampleInputs.decimal(
                    spec,
                    "--tolerable-rate",
                    tolerableRate,
                    BigDecimal.ZERO,
                    false,
                    BigDecimal.ONE,
                    true))
            .confidence(
                SampleInputs.decimal(
                    spec,
                    "--confidence",
                    confidence,
                    BigDecimal.ZERO,
                    false,
                    BigDecimal.ONE,
                    false));
    if (population != null) {
      if (population < 1 || population > Integer.MAX_VALUE) {
        throw SampleInputs.invalid(
            spec, "--population", population, "valid values 1 - " + Integer.MAX_VALUE);
      }
      b.population(population);
    }
    if (acceptanceNumber != null && expectedRate != null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          String.format(
              Locale.ROOT,
              "Options '--acceptance-number' (%d) and '--expected-rate' (%s) exclude each other",
              acceptanceNumber,
              expectedRate));
    }
    if (acceptanceNumber != null) {
      b.acceptanceNumber(
          (int) SampleInputs.atLeast(spec, "--acceptance-number", acceptanceNumber, 0));
    }
    if (expectedRate != null) {
      b.expectedRate(
          SampleInputs.decimal(
              spec, "--expected-rate", expectedRate, BigDecimal.ZERO, true, BigDecimal.ONE, false));
    }
    if (model != null) {
      Model m;
      try {
        m = Model.parse(model);
      } catch (IllegalArgumentException e) {
        throw SampleInputs.invalid(spec, "--model", model, "valid values hypergeometric, binomial");
      }
      if (m == Model.HYPERGEOMETRIC && population == null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "Option '--model' hypergeometric needs '--population'");
      }
      b.model(m);
    }
    SampleSize s;
    try {
      s = AttributeSampling.sampleSize(b.build());
    } catch (InfeasibleRequestException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "Infeasible options: " + e.getMessage());
    }
    if (json.requested()) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("sampleSize", s.sampleSize());
      doc.put("acceptanceNumber", s.acceptanceNumber());
      doc.put("model", s.model().label());
      doc.put("risk", s.risk());
      CliJson.print(spec.commandLine().getOut(), doc);
    } else {
      spec.commandLine()
          .getOut()
          .printf(
              Locale.ROOT,
              "Sample size %d: accept with at most %d nonconforming (%s model); a lot at the tolerable rate passes with"
                  + " probability %.6f%n",
              s.sampleSize(),
              s.acceptanceNumber(),
              s.model().label(),
              s.risk());
      spec.commandLine().getOut().flush();
    }
    return 0;
  }
}
