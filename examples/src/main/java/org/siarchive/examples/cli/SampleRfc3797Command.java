package org.siarchive.examples.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.siarchive.sampling.selection.Rfc3797;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code siarchive sample rfc3797}: the RFC 3797 publicly verifiable selection. */
@Command(
    name = "rfc3797",
    mixinStandardHelpOptions = true,
    description =
        "RFC 3797 selection: MD5 of the key string bracketed by the 2-byte index, modulo the pool left.")
final class SampleRfc3797Command implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--key",
      required = true,
      paramLabel = "KEY",
      description = "The key string, e.g. 9319./2.5.8.10.12./9.18.26.34.41.45./")
  String key;

  @Option(
      names = "--candidates",
      required = true,
      paramLabel = "FILE",
      description = "The published candidate list, one per line, in its published order.")
  Path candidates;

  @Option(names = "--count", required = true, paramLabel = "k", description = "How many to select.")
  int count;

  @Mixin JsonOption json;

  @Override
  public Integer call() {
    List<String> pool = SampleInputs.lines(spec, "--candidates", candidates);
    if (count < 0 || count > pool.size()) {
      throw SampleInputs.invalid(
          spec,
          "--count",
          count,
          "valid values 0 - " + pool.size() + ", the candidates in " + candidates);
    }
    List<String> selected;
    try {
      selected = Rfc3797.select(key, pool, count);
    } catch (IllegalArgumentException e) {
      throw new InputRecordException(candidates + ": " + e.getMessage(), e);
    }
    if (json.requested()) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("selected", selected);
      CliJson.print(spec.commandLine().getOut(), doc);
    } else {
      for (int i = 0; i < selected.size(); i++) {
        spec.commandLine().getOut().println((i + 1) + "\t" + selected.get(i));
      }
      spec.commandLine().getOut().flush();
    }
    return 0;
  }
}
