package org.siarchive.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.ledger.Ledger;
import org.siarchive.core.ledger.LedgerStore;
import org.siarchive.core.model.Volume;
import org.siarchive.rules.procedure.HandOverForm;
import org.siarchive.rules.procedure.HandOverHtml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code siarchive handover}: the electronic hand-over form (电子档案移交与接收登记表) of a batch from its
 * ledger and the volume records at hand. Exit 0 when no property failed, 1 when one did, 2 on usage
 * errors.
 */
@Command(
    name = "handover",
    mixinStandardHelpOptions = true,
    description = {
      "The electronic hand-over form of a batch (DA/T 70): {\"batch\", \"subCenter\", \"volumes\", \"items\", \"pages\", \"images\", \"bytes\", \"digest\": {\"algorithm\", \"value\"}, \"fourProperties\": {\"authenticity\", \"integrity\", \"usability\", \"security\"}, \"treeHead\", \"signatures\": [{\"role\", \"person\", \"time\"}]}. Exit 0 when no property failed, 1 when one did, 2 on usage errors."
    })
final class HandoverCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin TransferCommand.LedgerOption ledger;
  @Mixin JsonOption json;

  @Option(names = "--batch", required = true, paramLabel = "ID", description = "The batch.")
  String batch;

  @Option(
      names = "--volumes",
      required = true,
      paramLabel = "FILE",
      description =
          "The volume records handed over (JSON Lines); records of other batches are left aside.")
  Path volumes;

  @Option(
      names = "--html",
      paramLabel = "OUT.html",
      description = "Also writes the printable form (self-contained HTML).")
  Path html;

  @Override
  public Integer call() throws Exception {
    InputFiles.require(spec, "--ledger", ledger.file);
    OutputFiles.requireOutput(spec, html, "--html", "--volumes", volumes, "--ledger", ledger.file);
    List<Volume> records = VolumeRecords.read(spec, volumes, "--volumes");
    HandOverForm form;
    try (LedgerStore store = LedgerStore.jsonLines(ledger.file)) {
      try {
        form = HandOverForm.of(Ledger.open(store), batch, records);
      } catch (InvalidValueException e) {
        if (!e.field().equals("batch")) {
          throw e;
        }
        throw new ParameterException(
            spec.commandLine(),
            "Invalid value for option '--batch' (a batch opened in " + ledger.file + "): " + batch);
      }
    }
    if (html != null) {
      OutputFiles.write(html, HandOverHtml.render(form));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json.requested()) {
      CliJson.print(out, form.toJsonNode());
    } else {
      out.printf(
          Locale.ROOT,
          "batch %s (%s): %d volumes, %d items, %d pages, %d images, %,d bytes%n",
          form.batch(),
          form.subCenter(),
          form.volumes(),
          form.items(),
          form.pages(),
          form.images(),
          form.bytes());
      out.printf(
          Locale.ROOT,
          "package digest %s %s%n",
          form.digest().algorithm().label(),
          form.digest().value());
      HandOverForm.FourProperties p = form.fourProperties();
      out.printf(
          Locale.ROOT,
          "authenticity: %s (%s)%n",
          p.authenticity().result().text(),
          p.authenticity().detail());
      out.printf(
          Locale.ROOT,
          "integrity:    %s (%s)%n",
          p.integrity().result().text(),
          p.integrity().detail());
      out.printf(
          Locale.ROOT,
          "usability:    %s (%s)%n",
          p.usability().result().text(),
          p.usability().detail());
      out.printf(
          Locale.ROOT,
          "security:     %s (%s)%n",
          p.security().result().text(),
          p.security().detail());
      out.printf(
          Locale.ROOT,
          "tree head %d %s %s%n",
          form.treeHead().treeSize(),
          form.treeHead().rootHash(),
          form.treeHead().algorithm().label());
      for (HandOverForm.Signature s : form.signatures()) {
        out.printf(Locale.ROOT, "signed: %s %s %s%n", s.role(), s.person(), s.time());
      }
      out.flush();
    }
    boolean failed =
        List.of(
                form.fourProperties().authenticity(),
                form.fourProperties().integrity(),
                form.fourProperties().usability(),
                form.fourProperties().security())
            .stream()
            .anyMatch(r -> r.result() == HandOverForm.Result.FAILED);
    return failed ? 1 : 0;
  }
}
