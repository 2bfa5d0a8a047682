package org.siarchive.examples.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.siarchive.rules.SamplingTables;
import org.siarchive.sampling.iso2859.Aql;
import org.siarchive.sampling.iso2859.InspectionLevel;
import org.siarchive.sampling.iso2859.InspectionSeverity;
import org.siarchive.sampling.iso2859.SamplingPlan;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code siarchive sample plan}: the ISO 2859-1 single sampling plan of a lot. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description =
        "ISO 2859-1 (GB/T 2828.1) single sampling plan, arrows resolved; reduced is the ANSI/ASQ Z1.4 table.")
final class SamplePlanCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--lot-size",
      required = true,
      paramLabel = "N",
      description = "Lot size, at least 2.")
  long lotSize;

  @Option(
      names = "--level",
      required = true,
      paramLabel = "S-1|S-2|S-3|S-4|I|II|III",
      description = "Inspection level.")
  String level;

  @Option(
      names = "--aql",
      required = true,
      paramLabel = "A",
      description = "AQL in percent nonconforming, e.g. 1.0.")
  String aql;

  @Option(
      names = "--inspection",
      paramLabel = "normal|tightened|reduced",
      defaultValue = "normal",
      description = "Inspection severity (default: ${DEFAULT-VALUE}).")
  String inspection;

  @Mixin JsonOption json;

  static InspectionLevel level(CommandLine.Model.CommandSpec spec, String text) {
    try {
      return InspectionLevel.parse(text);
    } catch (IllegalArgumentException e) {
      throw SampleInputs.invalid(
          spec, "--level", text, "valid values S-1, S-2, S-3, S-4, I, II, III");
    }
  }

  static Aql aql(CommandLine.Model.CommandSpec spec, String text) {
    Aql a;
    try {
      a = Aql.parse(text);
    } catch (IllegalArgumentException e) {
      throw SampleInputs.invalid(spec, "--aql", text, "a decimal AQL in percent");
    }
    if (!SamplingTables.iso2859().table(InspectionSeverity.NORMAL).aqls().contains(a)) {
      throw SampleInputs.invalid(
          spec,
          "--aql",
          text,
          "valid values 0.010, 0.015, 0.025, 0.040, 0.065, 0.10, 0.15, 0.25, 0.40, 0.65, 1.0, 1.5, 2.5, 4.0, 6.5, 10");
    }
    return a;
  }

  @Override
  public Integer call() {
    SampleInputs.atLeast(spec, "--lot-size", lotSize, 2);
    InspectionSeverity i;
    try {
      i = InspectionSeverity.parse(inspection);
    } catch (IllegalArgumentException e) {
      throw SampleInputs.invalid(
          spec, "--inspection", inspection, "valid values normal, tightened, reduced");
    }
    SamplingPlan p = SamplingTables.iso2859().plan(lotSize, level(spec, level), aql(spec, aql), i);
    if (json.requested()) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("codeLetter", p.codeLetter().name());
      doc.put("planLetter", p.planLetter().name());
      doc.put("sampleSize", p.sampleSize());
      doc.put("acceptanceNumber", p.acceptanceNumber());
      doc.put("rejectionNumber", p.rejectionNumber());
      doc.put("fullInspection", p.isFullInspection());
      CliJson.print(spec.commandLine().getOut(), doc);
    } else {
      spec.commandLine()
          .getOut()
          .printf(
              Locale.ROOT,
              "Code letter %s, plan %s (%s, table %s): inspect %d, accept with at most %d nonconforming, reject at %d%s%n",
              p.codeLetter(),
              p.planLetter(),
              i.label(),
              p.tableId(),
              p.sampleSize(),
              p.acceptanceNumber(),
              p.rejectionNumber(),
              p.isFullInspection() ? "; n >= lot size: inspect all " + lotSize + " units" : "");
      spec.commandLine().getOut().flush();
    }
    return 0;
  }
}
