package org.siarchive.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.IllegalFormatException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

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

  @Test
  void aLiteralPercent_isWrittenDoubled_andShowsOnce() {
    CommandLine demo = Siarchive.newCommandLine().getSubcommands().get("demo");
    assertThat(demo.getUsageMessage().replaceAll("\\s+", " "))
        .contains("the 5% supervision")
        .doesNotContain("5%%");
  }
}
