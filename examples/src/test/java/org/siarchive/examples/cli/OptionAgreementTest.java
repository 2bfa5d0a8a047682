package org.siarchive.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * One meaning per option name across the command line (issue 15): every option of that name, in
 * every command, has the same description, default, type and parameter label, so that it is
 * documented once and an archivist who learned it in one command knows it in all. The names that
 * mean different things in different commands are listed below, each with its reason.
 */
class OptionAgreementTest {

  /** Options whose meaning depends on the command by design, with why. */
  private static final Map<String, String> CONTEXTUAL =
      Map.ofEntries(
          Map.entry("--as", "the person taking this command's action (opens, acts)"),
          Map.entry("--batch", "the batch acted on, opened, listed, or the report's batch label"),
          Map.entry("--html", "the page this command writes (report, form, brief, plan, result)"),
          Map.entry("--images", "a folder generate writes, or that the checks read"),
          Map.entry("--out", "the file this command writes"),
          Map.entry("--parallel", "what this command runs on every core"),
          Map.entry("--phase", "the phase of the batch opened, or of the flow run"),
          Map.entry("--previous", "the earlier report that report or training compares against"),
          Map.entry("--rooms", "a rooms file generate writes, or that storage reads"),
          Map.entry("--roster", "a roster generate writes, or that transfer reads"),
          Map.entry("--seed", "the seed of what this command draws or generates"),
          Map.entry("--sub-center", "the sub-centre this command works on"),
          Map.entry("--volumes", "a count in demo and generate, a volumes file elsewhere"),
          Map.entry(
              "--population",
              "optional in sample size (absent: the binomial model), required in sample ratio"));

  private static void collect(CommandLine c, Map<String, List<String>> seen) {
    for (OptionSpec o : c.getCommandSpec().options()) {
      if (o.usageHelp() || o.versionHelp()) {
        continue;
      }
      String shape =
          String.join(" ", o.description())
              + " | default "
              + o.defaultValue()
              + " | "
              + o.type().getSimpleName()
              + " | "
              + o.paramLabel();
      seen.computeIfAbsent(o.longestName(), k -> new ArrayList<>())
          .add(c.getCommandSpec().qualifiedName() + ": " + shape);
    }
    c.getSubcommands().values().forEach(sub -> collect(sub, seen));
  }

  @Test
  void everySharedOption_meansOneThing() {
    Map<String, List<String>> seen = new TreeMap<>();
    collect(Siarchive.newCommandLine(), seen);
    Map<String, List<String>> disagreeing = new LinkedHashMap<>();
    seen.forEach(
        (name, uses) -> {
          Set<String> shapes =
              Set.copyOf(uses.stream().map(u -> u.substring(u.indexOf(": ") + 2)).toList());
          if (shapes.size() > 1 && !CONTEXTUAL.containsKey(name)) {
            disagreeing.put(name, uses);
          }
        });
    assertThat(disagreeing).isEmpty();
    // The exceptions are real ones: each name is used by several commands in different ways.
    CONTEXTUAL
        .keySet()
        .forEach(
            name ->
                assertThat(
                        Set.copyOf(
                            seen.getOrDefault(name, List.of()).stream()
                                .map(u -> u.substring(u.indexOf(": ") + 2))
                                .toList()))
                    .as(name)
                    .hasSizeGreaterThan(1));
  }

  @Test
  void theStageAndTheEdition_areSharedOptions() {
    Map<String, List<String>> seen = new TreeMap<>();
    collect(Siarchive.newCommandLine(), seen);
    assertThat(seen.get("--stage")).hasSizeGreaterThanOrEqualTo(3);
    assertThat(seen.get("--edition")).hasSizeGreaterThanOrEqualTo(4);
    assertThat(seen.get("--stage")).allSatisfy(u -> assertThat(u).contains("default all"));
  }
}
