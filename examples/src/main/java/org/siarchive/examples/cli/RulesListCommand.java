package org.siarchive.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.siarchive.core.ruledata.RuleDataException;
import org.siarchive.core.ruledata.provider.RuleTable;
import org.siarchive.core.ruledata.provider.RuleTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code siarchive rules list}: every table edition the installed providers offer. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = {
      "Lists every rule table edition that the installed rule-data providers offer: kind, id, edition, effective date, format version, provider, provider (artifact) version and SHA-256.",
      "--json prints {\"providers\": [...], \"tables\": [{\"kind\", \"id\", \"edition\", \"effectiveFrom\" (null when the table has none), \"formatVersion\", \"provider\", \"providerVersion\", \"file\", \"sha256\"}]}. Exit 1, with the reason on standard error, when the providers' tables conflict."
    })
final class RulesListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin JsonOption json;

  @Override
  public Integer call() {
    RuleTables tables;
    try {
      tables = RuleTables.installed();
    } catch (RuleDataException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return 1;
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json.requested()) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (RuleTable t : tables.tables()) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("kind", t.kind());
        row.put("id", t.id());
        row.put("edition", t.edition());
        row.put("effectiveFrom", t.effectiveFrom().map(Object::toString).orElse(null));
        row.put("formatVersion", t.formatVersion());
        row.put("provider", t.provider());
        row.put("providerVersion", t.providerVersion());
        row.put("file", t.file());
        row.put("sha256", t.sha256());
        rows.add(row);
      }
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("providers", tables.providers());
      doc.put("tables", rows);
      CliJson.print(out, doc);
      return 0;
    }
    out.printf(
        Locale.ROOT,
        "%d tables from %s%n",
        tables.tables().size(),
        String.join(", ", tables.providers()));
    // Columns as wide as their widest value, so a long kind or id never shifts a row.
    int kind = 0;
    int id = 0;
    int edition = 0;
    for (RuleTable t : tables.tables()) {
      kind = Math.max(kind, t.kind().length());
      id = Math.max(id, t.id().length());
      edition = Math.max(edition, t.edition().length());
    }
    String row =
        "%-" + kind + "s  %-" + id + "s  %-" + edition + "s  from %-10s format %d  %s  sha256 %s%n";
    for (RuleTable t : tables.tables()) {
      out.printf(
          Locale.ROOT,
          row,
          t.kind(),
          t.id(),
          t.edition(),
          t.effectiveFrom().map(Object::toString).orElse("-"),
          t.formatVersion(),
          t.providerLabel(),
          t.sha256());
    }
    out.flush();
    return 0;
  }
}
