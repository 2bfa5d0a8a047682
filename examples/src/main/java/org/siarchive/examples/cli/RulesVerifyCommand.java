package org.siarchive.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.siarchive.core.ruledata.RuleDataException;
import org.siarchive.core.ruledata.provider.RuleTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code siarchive rules verify}: recomputes the SHA-256 of every table. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Recomputes the SHA-256 of every rule table the installed providers offer and compares it with the provider's index. Exit 0 when every digest matches; exit 1, naming each table that differs or is missing on standard error, otherwise."
    })
final class RulesVerifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<RuleTables.Check> checks;
    try {
      checks = RuleTables.installed().verify();
    } catch (RuleDataException e) {
      err.println(e.getMessage());
      return 1;
    }
    int bad = 0;
    for (RuleTables.Check c : checks) {
      if (c.ok()) {
        out.printf(
            Locale.ROOT,
            "ok   %s %s %s (%s)%n",
            c.table().kind(),
            c.table().id(),
            c.table().edition(),
            c.table().providerLabel());
      } else {
        bad++;
        err.printf(
            Locale.ROOT,
            "%s %s: %s %s %s: SHA-256 %s, index says %s%n",
            c.table().providerLabel(),
            c.table().file(),
            c.table().kind(),
            c.table().id(),
            c.table().edition(),
            c.actual() == null ? "(file missing)" : c.actual(),
            c.table().sha256());
      }
    }
    out.printf(
        Locale.ROOT,
        "%d tables, %d verified, %d differ%n",
        checks.size(),
        checks.size() - bad,
        bad);
    out.flush();
    err.flush();
    return bad == 0 ? 0 : 1;
  }
}
