package org.siarchive.examples.cli;

import picocli.CommandLine.Command;

/** {@code siarchive rules}: the rule tables the installed rule-data providers offer. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = {
      "The rule tables (retention editions, material rules, the defect catalogue) that the rule-data artifacts on the class path offer: list them, or recompute their digests."
    },
    subcommands = {RulesListCommand.class, RulesVerifyCommand.class})
final class RulesCommand {}
