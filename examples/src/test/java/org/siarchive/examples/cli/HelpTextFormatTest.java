package org.siarchive.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.IllegalFormatException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Picocli reads every description as a format string ({@code %%} is a literal percent sign, {@code
 * %n} a line break), and so does picocli-codegen's man page generator, which stops at the first
 * description that is not one ({@code "5% supervision"}). Every command's and option's text must
 * format with no arguments.
 */
class HelpTextFormatTest {
  private static void collect(CommandLine c, List<String> problems) {
    CommandSpec spec = c.getCommandSpec();
    List<String> texts = new ArrayList<>(List.of(spec.usageMessage().description()));
    texts.addAll(List.of(spec.usageMessage().header()));
    texts.addAll(List.of(spec.usageMessage().footer()));
    for (ArgSpec a : spec.args()) {
      // An option's description() comes back formatted already (%% read as %, the default
      // filled in): what it shows must not show a doubled percent sign.
      for (String d : a.description()) {
        if (d.contains("%%")) {
          problems.add(spec.qualifiedName() + ": " + d + " (shows %%)");
        }
      }
    }
    for (String t : texts) {
      try {
        String shown = String.format(Locale.ROOT, t.replace("${DEFAULT-VALUE}", "x"));
        if (shown.contains("%%")) {
          problems.add(spec.qualifiedName() + ": " + t + " (shows %%)");
        }
      } catch (IllegalFormatException e) {
        problems.add(spec.qualifiedName() + ": " + t + " (" + e + ")");
      }
    }
    c.getSubcommands().values().forEach(sub -> collect(sub, problems));
  }

  @Test
  void everyDescription_isAFormatStringWithoutArguments() {
    List<String> problems = new ArrayList<>();
    collect(Siarchive.newCommandLine(), problems);
    assertThat(problems).isEmpty();
  }

  /** Each description is given as whole paragraphs, so that picocli wraps it at any width. */
  private static void paragraphs(CommandLine c, List<String> problems) {
    CommandSpec spec = c.getCommandSpec();
    List<List<String>> descriptions = new ArrayList<>();
    descriptions.add(List.of(spec.usageMessage().description()));
    spec.args().forEach(a -> descriptions.add(List.of(a.description())));
    for (List<String> d : descriptions) {
      for (int i = 0; i < d.size() - 1; i++) {
        if (!d.get(i).strip().matches("(?s).*[.:!?。)]$")) {
          problems.add(spec.qualifiedName() + ": \"" + d.get(i) + "\" does not end a paragraph");
        }
      }
    }
    c.getSubcommands().values().forEach(sub -> paragraphs(sub, problems));
  }

  @Test
  void everyDescription_isWholeParagraphs_neverLinesBrokenByHand() {
    List<String> problems = new ArrayList<>();
    paragraphs(Siarchive.newCommandLine(), problems);
    assertThat(problems).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {80, 160})
  void theCommandList_showsEachCommandsFirstParagraphWhole(int width) {
    CommandLine cli = Siarchive.newCommandLine();
    cli.setUsageHelpWidth(width);
    String usage = cli.getUsageMessage();
    String list = usage.substring(usage.indexOf("Commands:") + "Commands:".length());
    Map<String, String> shown = new LinkedHashMap<>();
    String name = null;
    for (String line : list.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("  ") && !line.startsWith("   ")) {
        String[] parts = line.strip().split("\\s+", 2);
        name = parts[0];
        shown.put(name, parts.length > 1 ? parts[1] : "");
      } else if (name != null) {
        shown.merge(name, line.strip(), (a, b) -> a + " " + b);
      }
    }
    assertThat(shown.keySet()).containsExactlyElementsOf(cli.getSubcommands().keySet());
    cli.getSubcommands()
        .forEach(
            (n, sub) -> {
              // picocli lists a command by its header when it has one, else its first paragraph.
              UsageMessageSpec u = sub.getCommandSpec().usageMessage();
              String first = u.header().length > 0 ? u.header()[0] : u.description()[0];
              assertThat(shown.get(n))
                  .as(n)
                  .isEqualTo(String.format(Locale.ROOT, first).replaceAll("\\s+", " ").strip());
            });
    assertThat(usage.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(width));
  }

  @Test
  void aLiteralPercent_isWrittenDoubled_andShowsOnce() {
    CommandLine demo = Siarchive.newCommandLine().getSubcommands().get("demo");
    assertThat(demo.getUsageMessage().replaceAll("\\s+", " "))
        .contains("the 5% supervision")
        .doesNotContain("5%%");
  }
}
