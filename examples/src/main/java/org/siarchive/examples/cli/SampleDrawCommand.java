package org.siarchive.examples.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.model.BusinessType;
import org.siarchive.core.model.Volume;
import org.siarchive.sampling.selection.SamplingRecord;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code siarchive sample draw}: the verifiable keyed draw and its sampling record. */
@Command(
    name = "draw",
    mixinStandardHelpOptions = true,
    description =
        "Verifiable draw: the units with the smallest SHA-256 keys (or keys below rate x 2^64) and the record.")
final class SampleDrawCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--seed", required = true, paramLabel = "S", description = "The public seed.")
  String seed;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Population from;

  /** Exactly one of --ids and --volumes. */
  static final class Population {
    @Option(
        names = "--ids",
        required = true,
        paramLabel = "FILE",
        description = "Unit ids, one per line (UTF-8).")
    Path ids;

    @Option(
        names = "--volumes",
        required = true,
        paramLabel = "FILE",
        description =
            "A JSON Lines file of volumes: the population is their ids, in file order, narrowed by"
                + " --sub-center and --business-type.")
    Path volumes;
  }

  @Option(
      names = "--sub-center",
      paramLabel = "SC",
      description = "With --volumes: only the volumes of this sub-centre (e.g. SC05).")
  String subCenter;

  @Option(
      names = "--business-type",
      paramLabel = "LINE/STEP",
      description =
          "With --volumes: only the volumes of this business type (e.g. PENSION/REGISTRATION).")
  String businessType;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Amount amount;

  /** Exactly one of --size and --rate. */
  static final class Amount {
    @Option(names = "--size", required = true, paramLabel = "k", description = "Sample size k.")
    Integer size;

    @Option(
        names = "--rate",
        required = true,
        paramLabel = "p",
        description = "Bernoulli rate p, in [0, 1].")
    String rate;
  }

  @Mixin JsonOption json;

  @Override
  public Integer call() {
    List<String> population = population();
    Path ids = from.ids != null ? from.ids : from.volumes;
    SamplingRecord r;
    try {
      if (amount.size != null) {
        SampleInputs.atLeast(spec, "--size", amount.size, 0);
        r = SamplingRecord.draw(seed, population, amount.size);
      } else {
        BigDecimal p =
            SampleInputs.decimal(
                spec, "--rate", amount.rate, BigDecimal.ZERO, true, BigDecimal.ONE, true);
        r = SamplingRecord.drawAtRate(seed, population, p);
      }
    } catch (CommandLine.ParameterException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new InputRecordException(ids + ": " + e.getMessage(), e);
    }
    if (json.requested()) {
      CliJson.print(spec.commandLine().getOut(), document(r));
    } else {
      spec.commandLine()
          .getOut()
          .printf(
              Locale.ROOT,
              "Seed %s, population %d (SHA-256 %s), %s: %d selected%n",
              r.seed(),
              r.populationSize(),
              r.populationDigest(),
              r instanceof SamplingRecord.BySize k
                  ? "size " + k.size()
                  : "rate " + ((SamplingRecord.ByRate) r).rate().toPlainString(),
              r.selected().size());
      r.selected().forEach(spec.commandLine().getOut()::println);
      spec.commandLine().getOut().flush();
    }
    return 0;
  }

  /** The ids of --ids, or those of the volumes of --volumes that pass the filters. */
  private List<String> population() {
    if (from.ids != null) {
      if (subCenter != null || businessType != null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--sub-center and --business-type need --volumes, not --ids");
      }
      return SampleInputs.lines(spec, "--ids", from.ids);
    }
    BusinessType type;
    try {
      type = businessType == null ? null : BusinessType.parse(businessType);
    } catch (InvalidValueException e) {
      throw SampleInputs.invalid(
          spec, "--business-type", businessType, "LINE/STEP, e.g. PENSION/REGISTRATION");
    }
    List<String> out = new ArrayList<>();
    for (Volume v : VolumeRecords.read(spec, from.volumes, "--volumes")) {
      if ((subCenter == null || subCenter.equals(v.subCenterId()))
          && (type == null || type.equals(v.businessType()))) {
        out.add(v.id());
      }
    }
    return out;
  }

  /** The record as JSON: the library's {@link SamplingRecord#document()}. */
  static Map<String, Object> document(SamplingRecord r) {
    return r.document();
  }
}
