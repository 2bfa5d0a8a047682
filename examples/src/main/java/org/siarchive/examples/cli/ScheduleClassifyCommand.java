package org.siarchive.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.siarchive.rules.retention.Classification;
import org.siarchive.rules.retention.RetentionJson;
import org.siarchive.rules.retention.RetentionRules;
import org.siarchive.rules.retention.RetentionText;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code schedule classify}: the row, and so the period, of a row id or a material text. */
@Command(
    name = "classify",
    mixinStandardHelpOptions = true,
    description = {
      "The row, and so the period, of a row id or a material text. A text the edition cannot place is looked up in the material rules (the row of the business types that list a material of that name).",
      "Exit 0 when decided; 1 when it cannot be decided without guessing (the reason on standard error); 2 on usage errors."
    })
final class ScheduleClassifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Query query;

  static final class Query {
    @Option(names = "--row", paramLabel = "ROW", description = "The row id, e.g. 八(2).")
    String row;

    @Option(
        names = "--material",
        paramLabel = "TEXT",
        description = "A material text, e.g. 参保单位登记材料.")
    String material;
  }

  @Mixin EditionOption edition;

  @Mixin MaterialRulesOption materialRules;

  @Mixin JsonOption json;

  @Override
  public Integer call() {
    RetentionRules rules = edition.rules(spec).withMaterialRules(materialRules.rules(spec));
    Classification c =
        query.row != null ? rules.classifyRow(query.row) : rules.classifyMaterial(query.material);
    PrintWriter out = spec.commandLine().getOut();
    if (json.requested()) {
      CliJson.print(out, RetentionJson.classification(c, rules.edition().ref(), query.row));
    } else if (c instanceof Classification.Classified found) {
      out.println(RetentionText.classification(found));
      out.flush();
    }
    if (c instanceof Classification.Undecided u) {
      return ScheduleCommand.cannot(spec, "cannot decide: " + u.message());
    }
    return 0;
  }
}
