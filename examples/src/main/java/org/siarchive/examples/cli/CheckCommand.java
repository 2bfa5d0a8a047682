package org.siarchive.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.json.LineResult;
import org.siarchive.rules.Language;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.quality.QualityRun;
import org.siarchive.rules.quality.RunListener;
import org.siarchive.rules.quality.RunSummary;
import org.siarchive.rules.quality.Stage;
import org.siarchive.rules.quality.Suite;
import org.siarchive.rules.quality.VolumeResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code siarchive check}: runs a stage's checks over a JSON Lines file. Memory stays flat: the
 * text form prints each volume as it is checked; the JSON form spools the volumes with defects and
 * the rejected lines to temporary files and assembles the document at the end (its counts come
 * first).
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the quality checks of a stage over a JSON Lines file of volumes (all: every check).",
      "--json prints {\"read\", \"checked\", \"rejected\", \"volumesWithDefects\", \"defects\": {\"CODE\": n},",
      "\"volumes\": [{\"volumeId\", \"defects\": [{\"code\", \"severity\", \"location\", \"message\"}]}],",
      "\"errors\": [{\"line\", \"pointer\", \"message\"}], \"notPerformed\": [{\"check\", \"reason\"}]},",
      "listing the volumes that have defects and the checks the input did not allow.",
      "Exit 0 when every record was checked, 1 when records were rejected, 2 on usage errors."
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The JSON Lines file.")
  Path file;

  @Option(
      names = "--stage",
      required = true,
      paramLabel = "STAGE",
      converter = StageConverter.class,
      description = "self-check, audit-post, pre-acceptance, supervision, re-check or all.")
  Stage stage;

  @Option(
      names = "--parallel",
      description = "Check on every available core; the output is the same.")
  boolean parallel;

  @Mixin JsonOption json;

  @Mixin QualityOptions options;

  @Mixin ImagesOption images;

  @Override
  public Integer call() throws IOException {
    QualityOptions.requireFile(spec, file, "FILE");
    CheckContext context = images.apply(spec, options.context(spec, stage));
    Suite suite = Suite.from(context);
    List<Map<String, String>> notPerformed = ImagesOption.notPerformed(suite, context);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RunSummary summary;
    if (json.requested()) {
      try (Spool spool = new Spool(context)) {
        summary = run(suite, context, spool);
        spool.print(out, summary, notPerformed);
      }
    } else {
      summary = run(suite, context, new TextListener(out, context));
      out.printf(
          Locale.ROOT,
          "%s: stage %s; read %d, checked %d, rejected %d; volumes with defects %d; defects %d%n",
          file,
          stage.id(),
          summary.read(),
          summary.checked(),
          summary.rejected(),
          summary.volumesWithDefects(),
          summary.defects());
      summary
          .defectsPerCode()
          .forEach((code, n) -> out.printf(Locale.ROOT, "  %-32s %d%n", code, n));
      out.printf(Locale.ROOT, "rules: %s%n", String.join("; ", summary.editions()));
      out.flush();
    }
    for (Map<String, String> n : notPerformed) {
      err.printf(
          Locale.ROOT,
          "siarchive check: not performed: %s (%s)%n",
          n.get("check"),
          n.get("reason"));
    }
    err.flush();
    return summary.rejected() == 0 ? 0 : 1;
  }

  private RunSummary run(Suite suite, CheckContext context, RunListener listener) {
    QualityRun.Builder run =
        QualityRun.builder(suite, context)
            .parallelism(parallel ? Math.max(2, Runtime.getRuntime().availableProcessors()) : 1)
            .listener(listener);
    // Built for Java 17, where console() is null without a terminal (on 22+ it never is).
    @SuppressWarnings("SystemConsoleNull")
    boolean interactive = System.console() != null;
    if (interactive) {
      run.listener(new Progress(spec.commandLine().getErr()));
    }
    return run.build().run(file);
  }

  /** Progress on standard error, every 100,000 records, when it is a terminal. */
  private static final class Progress implements RunListener {
    private final PrintWriter err;
    private long records;

    Progress(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void checked(VolumeResult r) {
      tick();
    }

    @Override
    public void rejected(LineResult.Rejected r) {
      tick();
    }

    private void tick() {
      if (++records % 100_000 == 0) {
        err.printf(Locale.ROOT, "siarchive check: %,d records%n", records);
        err.flush();
      }
    }
  }

  /** One volume's defects as the JSON document lists them. */
  static Map<String, Object> volumeJson(VolumeResult r, CheckContext context) {
    List<Map<String, Object>> defects = new ArrayList<>();
    for (Defect d : r.defects()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("code", d.code().value());
      m.put("severity", d.severity().name());
      m.put("location", d.location());
      m.put("message", context.catalogue().message(d, Language.EN));
      defects.add(m);
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("volumeId", r.volumeId());
    v.put("defects", defects);
    return v;
  }

  /** Prints each volume with defects and each rejected line as it comes. */
  private static final class TextListener implements RunListener {
    private final PrintWriter out;
    private final CheckContext context;

    TextListener(PrintWriter out, CheckContext context) {
      this.out = out;
      this.context = context;
    }

    @Override
    public void checked(VolumeResult r) {
      if (r.hasDefects()) {
        out.printf(Locale.ROOT, "%s (line %d):%n", r.volumeId(), r.line());
        for (Defect d : r.defects()) {
          out.printf(
              Locale.ROOT,
              "  %-8s %-30s %s: %s%n",
              d.severity(),
              d.code(),
              d.location(),
              context.catalogue().message(d, Language.EN));
        }
      }
    }

    @Override
    public void rejected(LineResult.Rejected r) {
      out.printf(
          Locale.ROOT,
          "line %d rejected: %s: %s%n",
          r.line(),
          r.pointer().isEmpty() ? "(line)" : r.pointer(),
          r.message());
    }
  }

  /** Spools the volumes and errors as one compact JSON value per line, in order. */
  private static final class Spool implements RunListener, AutoCloseable {
    private final CheckContext context;
    private final JsonSpool volumes;
    private final JsonSpool errors;

    Spool(CheckContext context) throws IOException {
      this.context = context;
      this.volumes = JsonSpool.create("siarchive-check-volumes");
      this.errors = JsonSpool.create("siarchive-check-errors");
    }

    @Override
    public void checked(VolumeResult r) {
      if (r.hasDefects()) {
        volumes.add(volumeJson(r, context));
      }
    }

    @Override
    public void rejected(LineResult.Rejected r) {
      errors.add(errorJson(r));
    }

    void print(PrintWriter out, RunSummary s, List<Map<String, String>> notPerformed)
        throws IOException {
      try (JsonGenerator g = CliJson.mapper().getFactory().createGenerator(out)) {
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeNumberField("read", s.read());
        g.writeNumberField("checked", s.checked());
        g.writeNumberField("rejected", s.rejected());
        g.writeNumberField("volumesWithDefects", s.volumesWithDefects());
        g.writeObjectFieldStart("defects");
        for (var e : s.defectsPerCode().entrySet()) {
          g.writeNumberField(e.getKey().value(), e.getValue());
        }
        g.writeEndObject();
        volumes.copyArray(g, "volumes");
        errors.copyArray(g, "errors");
        g.writeArrayFieldStart("notPerformed");
        for (Map<String, String> n : notPerformed) {
          g.writeStartObject();
          g.writeStringField("check", n.get("check"));
          g.writeStringField("reason", n.get("reason"));
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      out.println();
      out.flush();
    }

    @Override
    public void close() throws IOException {
      try {
        volumes.close();
      } finally {
        errors.close();
      }
    }
  }

  /** A rejected line as the JSON documents list it: {@code {"line", "pointer", "message"}}. */
  static Map<String, Object> errorJson(LineResult.Rejected r) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("line", r.line());
    e.put("pointer", r.pointer());
    e.put("message", r.message());
    return e;
  }
}
