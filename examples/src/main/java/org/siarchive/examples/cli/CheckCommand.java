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
import org.jspecify.annotations.Nullable;
import org.siarchive.core.defect.Defect;
import org.siarchive.core.defect.Severity;
import org.siarchive.core.json.LineResult;
import org.siarchive.rules.Language;
import org.siarchive.rules.quality.CheckContext;
import org.siarchive.rules.quality.NotPerformed;
import org.siarchive.rules.quality.QualityRun;
import org.siarchive.rules.quality.RunListener;
import org.siarchive.rules.quality.RunSummary;
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
      "--json prints {\"read\", \"checked\", \"rejected\", \"volumesWithDefects\", \"defects\": {\"CODE\": n}, \"volumes\": [{\"volumeId\", \"defects\": [{\"code\", \"severity\", \"location\", \"message\"}]}], \"errors\": [{\"line\", \"pointer\", \"message\"}], \"notPerformed\": [{\"check\", \"reason\"}]}, listing the volumes that have defects and the checks the input did not allow.",
      "--summary prints the counts only (no \"volumes\" or \"errors\"); --max-findings N lists at most N defects and adds \"defectsNotListed\" after \"volumes\".",
      "Exit 0 when every record was checked, 1 when records were rejected or --fail-on found a defect at or above its severity, 2 on usage errors."
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The JSON Lines file.")
  Path file;

  @Mixin StageOption stageOption;

  @Option(
      names = "--parallel",
      description = "Check on every available core; the output is the same.")
  boolean parallel;

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      description =
          "Exit 1 when a defect of this severity or a more severe one is found: BLOCKING, MAJOR or"
              + " MINOR (BLOCKING is the most severe). Without it, defects leave the exit status"
              + " alone.")
  Severity failOn;

  @Option(
      names = "--summary",
      description = "Print the counts only: no volume, defect or rejected line is listed.")
  boolean countsOnly;

  @Option(
      names = "--max-findings",
      paramLabel = "N",
      description =
          "List at most N defects; the counts still cover every one and the rest are counted as"
              + " not listed.")
  Long maxFindings;

  @Mixin JsonOption json;

  @Mixin LanguageOption lang;

  @Mixin QualityOptions options;

  @Mixin ImagesOption images;

  @Override
  public Integer call() throws IOException {
    InputFiles.require(spec, "FILE", file);
    if (maxFindings != null) {
      SampleInputs.atLeast(spec, "--max-findings", maxFindings, 0);
    }
    Language language = lang.language(spec);
    CheckContext context = images.apply(spec, options.context(spec, stageOption.stage()));
    Suite suite = Suite.from(context);
    List<NotPerformed> notPerformed = NotPerformed.of(suite, context);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Listing listing =
        new Listing(countsOnly ? 0 : maxFindings == null ? Long.MAX_VALUE : maxFindings);
    Worst worst = new Worst();
    RunSummary summary;
    if (json.requested()) {
      try (Spool spool = new Spool(context, listing, language)) {
        summary = run(suite, context, worst, countsOnly ? worst : spool);
        spool.print(out, summary, countsOnly, maxFindings != null, notPerformed);
      }
    } else {
      summary =
          run(
              suite,
              context,
              worst,
              countsOnly ? worst : new TextListener(out, context, listing, language));
      out.printf(
          Locale.ROOT,
          "%s: stage %s; read %d, checked %d, rejected %d; volumes with defects %d; defects %d%n",
          file,
          stageOption.stage().id(),
          summary.read(),
          summary.checked(),
          summary.rejected(),
          summary.volumesWithDefects(),
          summary.defects());
      summary
          .defectsPerCode()
          .forEach((code, n) -> out.printf(Locale.ROOT, "  %-32s %d%n", code, n));
      out.printf(Locale.ROOT, "rules: %s%n", String.join("; ", summary.editions()));
      if (listing.notListed > 0 && !countsOnly) {
        out.printf(
            Locale.ROOT,
            "%d %s not listed (--max-findings %d)%n",
            listing.notListed,
            listing.notListed == 1 ? "defect" : "defects",
            maxFindings);
      }
      out.flush();
    }
    for (NotPerformed n : notPerformed) {
      err.printf(Locale.ROOT, "siarchive check: %s%n", n.toText());
    }
    err.flush();
    boolean failed = failOn != null && worst.atOrAbove(failOn);
    return summary.rejected() == 0 && !failed ? 0 : 1;
  }

  private RunSummary run(
      Suite suite, CheckContext context, RunListener worst, RunListener listener) {
    QualityRun.Builder run =
        QualityRun.builder(suite, context)
            .parallelism(parallel ? Math.max(2, Runtime.getRuntime().availableProcessors()) : 1)
            .listener(worst);
    if (listener != worst) {
      run.listener(listener);
    }
    try (ProgressBar progress = ProgressBar.start(spec.commandLine().getErr(), "check", file)) {
      return run.listener(progress).build().run(file);
    }
  }

  /** The most severe defect found, for {@code --fail-on}. */
  static final class Worst implements RunListener {
    private @Nullable Severity worst;

    @Override
    public void checked(VolumeResult r) {
      for (Defect d : r.defects()) {
        if (worst == null || d.severity().compareTo(worst) < 0) {
          worst = d.severity();
        }
      }
    }

    /** True when a defect of {@code threshold} or a more severe one was found. */
    boolean atOrAbove(Severity threshold) {
      return worst != null && worst.compareTo(threshold) <= 0;
    }
  }

  /** How many defects may still be listed ({@code --max-findings}), and how many were not. */
  static final class Listing {
    private long remaining;
    long notListed;

    Listing(long limit) {
      this.remaining = limit;
    }

    /** True when one more defect may be listed; counts it as not listed otherwise. */
    boolean take() {
      if (remaining > 0) {
        remaining--;
        return true;
      }
      notListed++;
      return false;
    }
  }

  /**
   * One volume's defects, as many as the listing still allows (none: an empty list), their messages
   * in the language.
   */
  static Map<String, Object> volumeJson(
      VolumeResult r, CheckContext context, Listing listing, Language language) {
    List<Map<String, Object>> defects = new ArrayList<>();
    for (Defect d : r.defects()) {
      if (!listing.take()) {
        continue;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("code", d.code().value());
      m.put("severity", d.severity().name());
      m.put("location", d.location());
      m.put("message", context.catalogue().message(d, language));
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
    private final Listing listing;
    private final Language language;

    TextListener(PrintWriter out, CheckContext context, Listing listing, Language language) {
      this.out = out;
      this.context = context;
      this.listing = listing;
      this.language = language;
    }

    @Override
    public void checked(VolumeResult r) {
      boolean named = false;
      for (Defect d : r.defects()) {
        if (listing.take()) {
          if (!named) {
            out.printf(Locale.ROOT, "%s (line %d):%n", r.volumeId(), r.line());
            named = true;
          }
          out.printf(
              Locale.ROOT,
              "  %-8s %-30s %s: %s%n",
              d.severity(),
              d.code(),
              d.location(),
              context.catalogue().message(d, language));
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
    private final Listing listing;
    private final JsonSpool volumes;
    private final JsonSpool errors;
    private final Language language;

    Spool(CheckContext context, Listing listing, Language language) throws IOException {
      this.context = context;
      this.listing = listing;
      this.language = language;
      this.volumes = JsonSpool.create("siarchive-check-volumes");
      this.errors = JsonSpool.create("siarchive-check-errors");
    }

    @Override
    public void checked(VolumeResult r) {
      if (r.hasDefects()) {
        Map<String, Object> v = volumeJson(r, context, listing, language);
        if (!((List<?>) v.get("defects")).isEmpty()) {
          volumes.add(v);
        }
      }
    }

    @Override
    public void rejected(LineResult.Rejected r) {
      errors.add(errorJson(r));
    }

    void print(
        PrintWriter out,
        RunSummary s,
        boolean countsOnly,
        boolean limited,
        List<NotPerformed> notPerformed)
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
        if (!countsOnly) {
          volumes.copyArray(g, "volumes");
          if (limited) {
            g.writeNumberField("defectsNotListed", listing.notListed);
          }
          errors.copyArray(g, "errors");
        }
        g.writeArrayFieldStart("notPerformed");
        for (NotPerformed n : notPerformed) {
          g.writeStartObject();
          g.writeStringField("check", n.check());
          g.writeStringField("reason", n.reason());
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
