package org.siarchive.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code siarchive sample ...}: how much to inspect and exactly which units (archive-sampling).
 *
 * <pre>
 * siarchive sample size --tolerable-rate 0.05 --confidence 0.95 --acceptance-number 1 --json
 * siarchive sample plan --lot-size 1000 --level II --aql 1.0 --json
 * siarchive sample draw --seed 2024-Q1 --ids ids.txt --size 20 --json &gt; record.json
 * siarchive sample verify record.json --ids ids.txt
 * </pre>
 */
@Command(
    name = "sample",
    mixinStandardHelpOptions = true,
    description =
        "Sample sizes, ISO 2859-1 plans and switching, allocation across strata, verifiable selection.",
    subcommands = {
      SampleSizeCommand.class,
      SampleRatioCommand.class,
      SamplePlanCommand.class,
      SampleAllocateCommand.class,
      SampleDrawCommand.class,
      SampleVerifyCommand.class,
      SampleRfc3797Command.class,
      SampleSwitchCommand.class
    })
final class SampleCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
