package org.siarchive.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.siarchive.core.ArchiveTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.siarchive.core.json.JsonLinesReader;
import org.siarchive.core.json.LineResult;
import org.siarchive.core.json.ReadSummary;
import org.siarchive.core.model.RetentionPeriod;
import org.siarchive.rules.retention.Classification;
import org.siarchive.rules.retention.Disposition;
import org.siarchive.rules.retention.Edition;
import org.siarchive.rules.retention.EditionConflictException;
import org.siarchive.rules.retention.EditionDiff;
import org.siarchive.rules.retention.EditionRef;
import org.siarchive.rules.retention.RetentionRules;
import org.siarchive.rules.retention.RetentionSchedules;
import org.siarchive.core.ruledata.RuleDataException;
import org.siarchive.rules.retention.ScheduleRow;
import org.siarchive.rules.retention.UnknownEditionException;
import org.siarchive.rules.retention.VolumeImpact;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code siarchive schedule}: retention schedules (归档范围和保管期限表) as versioned data. The
 * bundled editions are always available; an edition file given on the command line is loaded
 * beside them, taking the place of a bundled edition with the same schedule id and edition (so
 * that the output of {@code schedule show --json}, edited, loads back).
 *
 * <p>"Today" (the edition in force, whether a re-appraisal is due) comes from {@link #clock}, the
 * system clock unless a test fixes it.
 */
@Command(
    name = "schedule",
    mixinStandardHelpOptions = true,
    description = "Retention schedules: editions, classification, disposition dates, diffs, impact.",
    subcommands = {
      ScheduleCommand.ListEditions.class,
      ScheduleCommand.Show.class,
      ScheduleCommand.Validate.class,
      ScheduleCommand.Classify.class,
      ScheduleCommand.DispositionDates.class,
      ScheduleCommand.Diff.class,
      ScheduleCommand.Impact.class
    })
final class ScheduleCommand implements Runnable {

  /** Where "today" comes from; tests fix it. */
  static volatile Clock clock = ArchiveTime.systemClock();

  /**
   * Hibernate Validator announces its version at INFO through java.util.logging on first use; on a
   * command line that is noise on standard error, so its loggers report warnings only. Held here
   * because java.util.logging keeps loggers weakly.
   */
  private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  static {
    VALIDATOR_LOG.setLevel(Level.WARNING);
  }

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static LocalDate today() {
    return ArchiveTime.today(clock);
  }

  /** The bundled editions with an edition file loaded in place of any with its id and edition. */
  static Edition loadFile(CommandSpec spec, RetentionSchedules schedules, Path file, String label) {
    requireFile(spec, file, label);
    return schedules.replace(file);
  }

  /** Refuses, as a usage error, a path given for {@code label} that is not a regular file. */
  static void requireFile(CommandSpec spec, Path file, String label) {
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(
          spec.commandLine(), String.format(Locale.ROOT, "%s does not exist or is not a file: %s", label, file));
    }
  }

  /**
   * Says on standard error why the subcommand could not give its answer: {@code siarchive schedule
   * NAME: MESSAGE}.
   *
   * @return 1, the exit status of an answer that could not be given
   */
  static int cannot(CommandSpec spec, String message) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("siarchive schedule " + spec.name() + ": " + message);
    err.flush();
    return 1;
  }

  static Map<String, Object> ref(EditionRef ref) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("scheduleId", ref.scheduleId());
    m.put("edition", ref.edition());
    return m;
  }

  static Map<String, Object> dates(Disposition d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("retentionStart", d.retentionStart().toString());
    m.put("expires", d.expires().map(LocalDate::toString).orElse(null));
    m.put("appraisalFrom", d.appraisalFrom().map(LocalDate::toString).orElse(null));
    return m;
  }

  static String code(RetentionPeriod p) {
    return p == null ? null : p.code();
  }

  static String words(RetentionPeriod p) {
    if (p == null) {
      return "period unknown";
    }
    if (p instanceof RetentionPeriod.Fixed f) {
      return String.format(Locale.ROOT, "%d years (%s)", f.years(), f.code());
    }
    if (p instanceof RetentionPeriod.DefersTo d) {
      return "defers to " + d.regulation();
    }
    return "permanent (Y)";
  }

  /** {@code schedule list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists the schedules and their editions, oldest to newest, marking the one in force today.")
  static final class ListEditions implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin JsonOption json;

    @Override
    public Integer call() {
      RetentionSchedules schedules = RetentionSchedules.withBundledEditions();
      LocalDate today = today();
      PrintWriter out = spec.commandLine().getOut();
      List<Map<String, Object>> list = new ArrayList<>();
      for (String id : schedules.scheduleIds()) {
        Edition inForce = schedules.inForce(id, today).orElse(null);
        List<Map<String, Object>> editions = new ArrayList<>();
        for (Edition e : schedules.editions(id)) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("edition", e.edition());
          m.put("title", e.title());
          m.put("titleEn", e.titleEn());
          m.put("effectiveFrom", e.effectiveFrom().toString());
          m.put("effectiveUntil", e.effectiveUntil().map(LocalDate::toString).orElse(null));
          m.put("supersedes", e.supersedes().orElse(null));
          m.put("extends", e.base().map(EditionRef::toString).orElse(null));
          m.put("regulation", e.source().regulation());
          m.put("documentNumber", e.source().documentNumber());
          m.put("rows", e.rows().size());
          m.put("confirmedRows", e.confirmedRowCount());
          m.put("inForce", e.equals(inForce));
          m.put("sha256", e.sha256());
          editions.add(m);
          if (!json.requested()) {
            out.printf(Locale.ROOT, "%s %s  from %s  %d rows (%d confirmed)%s  %s (%s)%n",
                id, e.edition(), e.effectiveFrom(), e.rows().size(), e.confirmedRowCount(),
                e.equals(inForce) ? "  in force" : "", e.title(), e.source().documentNumber());
          }
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("scheduleId", id);
        s.put("editions", editions);
        list.add(s);
      }
      if (json.requested()) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("today", today.toString());
        doc.put("schedules", list);
        CliJson.print(out, doc);
      }
      out.flush();
      return 0;
    }
  }

  /** {@code schedule show}. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = {
        "Shows one edition: with --json in the JSON format a host loads (edit it and load it back),",
        "otherwise as a table. Without ID the national schedule; without --edition the edition in force today."
      })
  static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", defaultValue = RetentionSchedules.NATIONAL,
        description = "The schedule id (default: ${DEFAULT-VALUE}).")
    String id;

    @Option(names = "--edition", paramLabel = "E", description = "The edition (default: the one in force today).")
    String edition;

    @Mixin JsonOption json;

    @Override
    public Integer call() throws JsonProcessingException {
      RetentionSchedules schedules = RetentionSchedules.withBundledEditions();
      if (!schedules.scheduleIds().contains(id)) {
        throw new ParameterException(spec.commandLine(), String.format(Locale.ROOT,
            "Invalid value for ID: '%s' (schedules: %s)", id, String.join(", ", schedules.scheduleIds())));
      }
      Edition e;
      if (edition == null) {
        e = schedules.inForce(id, today()).orElse(schedules.latest(id));
      } else {
        try {
          e = schedules.edition(id, edition);
        } catch (UnknownEditionException ex) {
          throw new ParameterException(spec.commandLine(),
              String.format(Locale.ROOT, "Invalid value for option '--edition': %s", ex.getMessage()));
        }
      }
      PrintWriter out = spec.commandLine().getOut();
      if (json.requested()) {
        CliJson.print(out, CliJson.mapper().readTree(e.toJson()));
        return 0;
      }
      out.printf(Locale.ROOT, "%s %s: %s (%s)%n", e.scheduleId(), e.edition(), e.title(), e.titleEn());
      out.printf(Locale.ROOT, "%s %s%s, in force from %s%s%n", e.source().regulation(), e.source().documentNumber(),
          e.source().partIfAny().map(p -> " " + p).orElse(""), e.effectiveFrom(),
          e.base().map(b -> ", extends " + b).orElse(""));
      for (ScheduleRow r : e.rows()) {
        out.printf(Locale.ROOT, "  %-8s %-6s %-11s %s%s%n", r.id(), code(r.period()) == null ? "-" : shortCode(r.period()),
            r.isConfirmed() ? "confirmed" : "unconfirmed",
            r.materialIfKnown().orElse("(material not confirmed)"),
            r.materialEn() == null ? "" : " / " + r.materialEn());
      }
      out.flush();
      return 0;
    }

    private static String shortCode(RetentionPeriod p) {
      return p instanceof RetentionPeriod.DefersTo ? "defers" : p.code();
    }
  }

  /** {@code schedule validate}. */
  @Command(
      name = "validate",
      mixinStandardHelpOptions = true,
      description = {
        "Loads an edition file strictly, beside the bundled editions.",
        "Exit 0 when it loads; 1 with the reason (file, JSON pointer, value, row id) on standard error; 2 on usage errors."
      })
  static final class Validate implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The edition file (JSON).")
    Path file;

    @Override
    public Integer call() {
      Edition e;
      try {
        e = loadFile(spec, RetentionSchedules.withBundledEditions(), file, "FILE");
      } catch (RuleDataException ex) {
        return cannot(spec, ex.getMessage());
      }
      PrintWriter out = spec.commandLine().getOut();
      out.printf(Locale.ROOT, "%s: %s loads: %d rows (%d confirmed), in force from %s, sha256 %s%n",
          file, e.ref(), e.rows().size(), e.confirmedRowCount(), e.effectiveFrom(), e.sha256());
      out.flush();
      return 0;
    }
  }

  /** {@code schedule classify}. */
  @Command(
      name = "classify",
      mixinStandardHelpOptions = true,
      description = {
        "The row, and so the period, of a row id or a material text.",
        "Exit 0 when decided; 1 when it cannot be decided without guessing (the reason on standard error); 2 on usage errors."
      })
  static final class Classify implements Callable<Integer> {
    @Spec CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Query query;

    static final class Query {
      @Option(names = "--row", paramLabel = "ROW", description = "A row id, e.g. 一(1).")
      String row;

      @Option(names = "--material", paramLabel = "TEXT", description = "A material text, e.g. 参保单位登记材料.")
      String material;
    }

    @Option(names = "--edition", paramLabel = "FILE",
        description = "An edition file to classify against (default: the national edition in force today).")
    Path editionFile;

    @Mixin JsonOption json;

    @Override
    public Integer call() {
      RetentionSchedules schedules = RetentionSchedules.withBundledEditions();
      LocalDate today = today();
      RetentionRules rules =
          editionFile == null
              ? schedules.rulesInForce(RetentionSchedules.NATIONAL, today)
              : schedules.rules(loadFile(spec, schedules, editionFile, "--edition"), today);
      Classification c = query.row != null ? rules.classifyRow(query.row) : rules.classifyMaterial(query.material);
      PrintWriter out = spec.commandLine().getOut();
      Map<String, Object> doc = new LinkedHashMap<>();
      if (c instanceof Classification.Classified found) {
        ScheduleRow r = found.row();
        doc.put("rowId", r.id());
        doc.put("period", r.period().code());
        doc.put("defersTo", r.period() instanceof RetentionPeriod.DefersTo d ? d.regulation() : null);
        doc.put("decided", true);
        doc.put("category", r.category());
        doc.put("material", r.material());
        doc.put("materialEn", r.materialEn());
        doc.put("confirmed", r.isConfirmed());
        doc.put("match", found.match().name());
      } else {
        Classification.Undecided u = (Classification.Undecided) c;
        doc.put("rowId", query.row);
        doc.put("period", null);
        doc.put("defersTo", null);
        doc.put("decided", false);
        doc.put("reason", u.reason().name());
        doc.put("message", u.message());
        doc.put("candidates", u.candidates().stream().map(ScheduleRow::id).toList());
      }
      doc.put("edition", ref(rules.edition().ref()));
      if (json.requested()) {
        CliJson.print(out, doc);
      } else if (c instanceof Classification.Classified found) {
        ScheduleRow r = found.row();
        out.printf(Locale.ROOT, "%s %s (%s): %s%n", r.id(), r.material(), r.materialEn(), words(r.period()));
        out.flush();
      }
      if (c instanceof Classification.Undecided u) {
        return cannot(spec, "cannot decide: " + u.message());
      }
      return 0;
    }
  }

  /** {@code schedule disposition}. */
  @Command(
      name = "disposition",
      mixinStandardHelpOptions = true,
      description = {
        "Disposition dates of a record of a row formed on a date, under the national edition in force today:",
        "retention from 1 January after formation; a fixed period of N years expires on 31 December of",
        "year formed + N; appraisal from the next day; permanent never expires.",
        "Exit 0 when decided; 1 when it cannot be decided (e.g. a row deferring to another regulation); 2 on usage errors."
      })
  static final class DispositionDates implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--row", required = true, paramLabel = "ROW", description = "The row id, e.g. 八(2).")
    String row;

    @Option(names = "--formed", required = true, paramLabel = "YYYY-MM-DD", description = "The date the record was formed.")
    LocalDate formed;

    @Mixin JsonOption json;

    @Override
    public Integer call() {
      if (formed.getYear() < Disposition.MIN_YEAR || formed.getYear() > Disposition.MAX_YEAR) {
        throw new ParameterException(spec.commandLine(), String.format(Locale.ROOT,
            "Invalid value for option '--formed' (years %d - %d): %s", Disposition.MIN_YEAR, Disposition.MAX_YEAR, formed));
      }
      RetentionRules rules = RetentionSchedules.withBundledEditions().rulesInForce(RetentionSchedules.NATIONAL, today());
      Classification c = rules.classifyRow(row);
      if (c instanceof Classification.Undecided u && u.reason() == Classification.Reason.NO_SUCH_ROW) {
        throw new ParameterException(spec.commandLine(),
            String.format(Locale.ROOT, "Invalid value for option '--row': %s", u.message()));
      }
      Disposition d = rules.disposition(c, formed, null);
      Map<String, Object> doc = dates(d);
      doc.put("rowId", c.foundRow().map(ScheduleRow::id).orElse(row));
      doc.put("period", c.foundRow().map(r -> code(r.period())).orElse(null));
      doc.put("formed", formed.toString());
      doc.put("decided", d.isDecided());
      doc.put("reason", d instanceof Disposition.Undecided u ? u.reason() : null);
      doc.put("edition", ref(rules.edition().ref()));
      PrintWriter out = spec.commandLine().getOut();
      if (json.requested()) {
        CliJson.print(out, doc);
      } else if (d.isDecided()) {
        out.printf(Locale.ROOT, "%s formed %s: retention from %s, %s%n", doc.get("rowId"), formed, d.retentionStart(),
            d.expires().map(x -> "expires " + x + ", appraisal from " + d.appraisalFrom().orElseThrow())
                .orElse("permanent, never expires"));
        out.flush();
      }
      if (d instanceof Disposition.Undecided u) {
        return cannot(spec, "cannot decide: " + u.reason());
      }
      return 0;
    }
  }

  /** {@code schedule diff}. */
  @Command(
      name = "diff",
      mixinStandardHelpOptions = true,
      description = {
        "Rows added, removed and changed (period longer or shorter, text) from FILE_A to FILE_B,",
        "as JSON or as a summary in Chinese and English for trainers. Unchanged rows are not listed."
      })
  static final class Diff implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE_A", description = "The older edition file.")
    Path fileA;

    @Parameters(index = "1", paramLabel = "FILE_B", description = "The newer edition file.")
    Path fileB;

    @Mixin JsonOption json;

    @Override
    public Integer call() throws JsonProcessingException {
      RetentionSchedules bundled = RetentionSchedules.withBundledEditions();
      RetentionSchedules withA = bundled.copy();
      Edition a = loadFile(spec, withA, fileA, "FILE_A");
      Edition b;
      try {
        // Beside FILE_A, so that FILE_B may extend FILE_A's edition.
        b = loadFile(spec, withA.copy(), fileB, "FILE_B");
      } catch (EditionConflictException e) {
        // Two alternatives for the same dates: compare each against the bundled editions only.
        b = loadFile(spec, bundled.copy(), fileB, "FILE_B");
      }
      EditionDiff diff = EditionDiff.between(a, b);
      PrintWriter out = spec.commandLine().getOut();
      if (json.requested()) {
        ObjectNode doc = (ObjectNode) CliJson.mapper().readTree(diff.toJson());
        ObjectNode summary = doc.putObject("summary");
        diff.summary(Locale.CHINESE).forEach(summary.putArray("zh")::add);
        diff.summary(Locale.ENGLISH).forEach(summary.putArray("en")::add);
        CliJson.print(out, doc);
      } else {
        diff.summary(Locale.CHINESE).forEach(out::println);
        out.println();
        diff.summary(Locale.ENGLISH).forEach(out::println);
        out.flush();
      }
      return 0;
    }
  }

  /** {@code schedule impact}. */
  @Command(
      name = "impact",
      mixinStandardHelpOptions = true,
      description = {
        "Whose disposition dates a new edition moves, and how: a longer period applies at once; a shorter one",
        "keeps the recorded dates until an appraisal. Volumes whose period is unchanged are counted, not listed.",
        "Exit 0; 1 when lines of the volumes file were rejected; 2 on usage errors."
      })
  static final class Impact implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--edition", required = true, paramLabel = "FILE", description = "The new edition file.")
    Path editionFile;

    @Option(names = "--volumes", required = true, paramLabel = "FILE.jsonl", description = "The volumes, one JSON per line.")
    Path volumesFile;

    @Mixin JsonOption json;

    @Override
    public Integer call() throws IOException {
      RetentionSchedules schedules = RetentionSchedules.withBundledEditions();
      LocalDate today = today();
      RetentionRules rules = schedules.rules(loadFile(spec, schedules, editionFile, "--edition"), today);
      requireFile(spec, volumesFile, "--volumes");
      Map<VolumeImpact.Kind, Integer> counts = new EnumMap<>(VolumeImpact.Kind.class);
      for (VolumeImpact.Kind k : VolumeImpact.Kind.values()) {
        counts.put(k, 0);
      }
      List<Map<String, Object>> moved = new ArrayList<>();
      List<Map<String, Object>> rejections = new ArrayList<>();
      int[] due = {0};
      ReadSummary summary;
      try (JsonLinesReader reader = JsonLinesReader.open(volumesFile)) {
        summary = reader.forEach(result -> {
          if (result instanceof LineResult.Rejected r) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("line", r.line());
            m.put("pointer", r.pointer());
            m.put("message", r.message());
            rejections.add(m);
            return;
          }
          VolumeImpact i = rules.impactOn(((LineResult.Decoded) result).volume());
          counts.merge(i.kind(), 1, Integer::sum);
          if (i.isReappraisalDue(today)) {
            due[0]++;
          }
          if (i.kind() != VolumeImpact.Kind.UNCHANGED) {
            moved.add(impact(i, today));
          }
        });
      }
      PrintWriter out = spec.commandLine().getOut();
      if (json.requested()) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("edition", ref(rules.edition().ref()));
        doc.put("today", today.toString());
        doc.put("read", summary.read());
        doc.put("valid", summary.valid());
        doc.put("rejected", summary.rejected());
        Map<String, Object> byKind = new LinkedHashMap<>();
        counts.forEach((k, v) -> byKind.put(k.name(), v));
        doc.put("counts", byKind);
        doc.put("reappraisalDue", due[0]);
        doc.put("volumes", moved);
        doc.put("rejections", rejections);
        CliJson.print(out, doc);
      } else {
        out.printf(Locale.ROOT, "%s on %s: read %d, valid %d, rejected %d; unchanged %d, longer %d, shorter %d"
                + " (re-appraisal possible now: %d), undecided %d%n",
            rules.edition().ref(), today, summary.read(), summary.valid(), summary.rejected(),
            counts.get(VolumeImpact.Kind.UNCHANGED), counts.get(VolumeImpact.Kind.LONGER),
            counts.get(VolumeImpact.Kind.SHORTER), due[0], counts.get(VolumeImpact.Kind.UNDECIDED));
        for (Map<String, Object> m : moved) {
          out.printf(Locale.ROOT, "%s %s: %s%n", m.get("volumeId"), m.get("kind"), m.get("reason"));
        }
        for (Map<String, Object> r : rejections) {
          out.printf(Locale.ROOT, "line %s: %s: %s%n", r.get("line"),
              "".equals(r.get("pointer")) ? "(line)" : r.get("pointer"), r.get("message"));
        }
        out.flush();
      }
      return summary.rejected() == 0 ? 0 : 1;
    }

    private static Map<String, Object> impact(VolumeImpact i, LocalDate today) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("volumeId", i.volumeId());
      m.put("year", i.year());
      m.put("rowIds", i.rowIds());
      m.put("recorded", i.recorded().code());
      m.put("proposed", code(i.proposed()));
      m.put("kind", i.kind().name());
      m.put("before", dates(i.before()));
      m.put("after", dates(i.after()));
      m.put("inEffect", dates(i.inEffect()));
      m.put("reappraisalFrom", i.reappraisalFrom().map(LocalDate::toString).orElse(null));
      m.put("reappraisalDue", i.isReappraisalDue(today));
      m.put("reason", i.reason());
      return m;
    }
  }
}
