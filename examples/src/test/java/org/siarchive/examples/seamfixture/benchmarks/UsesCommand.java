package org.siarchive.examples.seamfixture.benchmarks;

import org.siarchive.examples.seamfixture.examples.cli.Command;

/** Refused: a benchmark uses the command line of examples. */
public final class UsesCommand {
  Command used;

  public UsesCommand(Command used) {
    this.used = used;
  }
}
