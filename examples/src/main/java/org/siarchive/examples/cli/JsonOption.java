package org.siarchive.examples.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --json} option every command that computes something shares (DESIGN.md §7): with it,
 * the command prints exactly one JSON document on standard output ({@link CliJson#print}). Commands
 * take it as a picocli mixin: {@code @Mixin JsonOption json;}.
 */
final class JsonOption {
  @Option(names = "--json", description = "Print exactly one JSON document on standard output.")
  boolean requested;

  /** True when {@code --json} was given. */
  boolean requested() {
    return requested;
  }
}
