package org.siarchive.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.siarchive.core.ArchiveTime;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.json.JsonDecodeException;
import org.siarchive.core.json.JsonLinesReader;
import org.siarchive.core.json.LineResult;
import org.siarchive.core.ledger.ConsistencyProof;
import org.siarchive.core.ledger.HashAlgorithm;
import org.siarchive.core.ledger.InclusionProof;
import org.siarchive.core.ledger.Ledger;
import org.siarchive.core.ledger.LedgerStore;
import org.siarchive.core.ledger.LedgerVerification;
import org.siarchive.core.ledger.TreeHead;
import org.siarchive.core.ruledata.RuleDataException;
import org.siarchive.core.transfer.ActionResult;
import org.siarchive.core.transfer.Batch;
import org.siarchive.core.transfer.Findings;
import org.siarchive.core.transfer.LifecycleTable;
import org.siarchive.core.transfer.Roster;
import org.siarchive.core.transfer.Transfers;
import org.siarchive.core.transfer.VolumeSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code siarchive transfer}: transfer batches through phase 1 and phase 2, recorded in a
 * tamper-evident ledger (a JSON Lines file, one event's canonical bytes per line). Exit 0 on
 * success, 1 for a refused action or a failed verification, 2 on usage errors.
 */
@Command(
    name = "transfer",
    mixinStandardHelpOptions = true,
    description = {
      "Transfer batches through phase 1 and phase 2 with a tamper-evident ledger (RFC 8785 events, RFC 9162 Merkle tree, SHA-256 or SM3). Exit 0 on success, 1 for a refused action or a failed verification, 2 on usage errors."
    },
    subcommands = {
      TransferCommand.Open.class,
      TransferCommand.Act.class,
      TransferCommand.Status.class,
      TransferCommand.Head.class,
      TransferCommand.Verify.class,
      TransferCommand.Prove.class,
      TransferCommand.Consistency.class,
      TransferRunCommand.class
    })
final class TransferCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Options every subcommand shares. */
  static final class LedgerOption {
    @Option(
        names = "--ledger",
        required = true,
        paramLabel = "FILE",
        description = "The ledger (JSON Lines).")
    Path file;
  }

  /** A usage error, in picocli's words, when a number option lies outside {@code [min, max]}. */
  private static void requireInRange(
      CommandSpec spec, String option, long min, long max, long value) {
    if (value < min || value > max) {
      throw new ParameterException(
          spec.commandLine(),
          String.format(
              Locale.ROOT,
              "Invalid value for option '%s' (valid values %d - %d): %d",
              option,
              min,
              max,
              value));
    }
  }

  static Roster roster(CommandSpec spec, Path file) {
    InputFiles.require(spec, "--roster", file);
    try {
      return Roster.read(file);
    } catch (JsonDecodeException | RuleDataException | InvalidValueException e) {
      throw new InputRecordException("roster " + file + ": " + e.getMessage(), e);
    }
  }

  private static Findings findings(CommandSpec spec, Path file, HashAlgorithm algorithm)
      throws IOException {
    if (file == null) {
      return null;
    }
    byte[] bytes = Files.readAllBytes(InputFiles.require(spec, "--findings", file));
    long count;
    String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).strip();
    if (text.startsWith("[")) {
      try {
        count = CliJson.mapper().readTree(text).size();
      } catch (IOException e) {
        throw new InputRecordException(
            "findings " + file + ": not a JSON array: " + e.getMessage(), e);
      }
    } else {
      count = text.lines().filter(l -> !l.isBlank()).count();
    }
    return new Findings(count, algorithm.hashHex(bytes));
  }

  /** Prints an accepted action, or a refusal (exit 1). */
  private static int print(CommandSpec spec, boolean json, ActionResult result) {
    PrintWriter out = spec.commandLine().getOut();
    if (result instanceof ActionResult.Refused r) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("siarchive transfer: refused: " + r.refusal().message());
      err.flush();
      if (json) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("refused", true);
        doc.put("reason", r.refusal().message());
        CliJson.print(out, doc);
      }
      return 1;
    }
    ActionResult.Accepted a = (ActionResult.Accepted) result;
    if (json) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("batch", a.batch().id());
      doc.put("action", a.action());
      doc.put("from", a.from());
      doc.put("to", a.to());
      doc.put("event", a.event());
      CliJson.print(out, doc);
    } else {
      out.printf(
          Locale.ROOT,
          "batch %s: %s %s -> %s (event %d; tree head %d %s)%n",
          a.batch().id(),
          a.action(),
          a.from() == null ? "(new)" : a.from(),
          a.to(),
          a.event(),
          a.head().treeSize(),
          a.head().rootHash());
      out.flush();
    }
    return 0;
  }

  /** {@code siarchive transfer open}. */
  @Command(
      name = "open",
      mixinStandardHelpOptions = true,
      description =
          "Opens a batch of volumes (its phase's opening action), creating the ledger when absent.")
  static final class Open implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin LedgerOption ledger;
    @Mixin JsonOption json;

    @Option(
        names = "--roster",
        required = true,
        paramLabel = "FILE",
        description = "The roster (JSON).")
    Path roster;

    @Option(
        names = "--batch",
        required = true,
        paramLabel = "ID",
        description = "The new batch's id.")
    String batch;

    @Option(
        names = "--sub-center",
        required = true,
        paramLabel = "SC",
        description = "The sub-centre forming it.")
    String subCenter;

    @Option(
        names = "--phase",
        required = true,
        paramLabel = "1|2",
        description = "The phase it follows.")
    int phase;

    @Option(
        names = "--volumes",
        required = true,
        paramLabel = "FILE",
        description = "The batch's volumes (JSON Lines, one volume per line).")
    Path volumes;

    @Option(
        names = "--as",
        required = true,
        paramLabel = "PERSON",
        description = "Who opens it (roster id).")
    String person;

    @Option(
        names = "--algorithm",
        paramLabel = "SHA-256|SM3",
        defaultValue = "SHA-256",
        description =
            "The hash of a new ledger (default ${DEFAULT-VALUE}); an existing ledger keeps its own.")
    String algorithm;

    @Override
    public Integer call() throws IOException {
      HashAlgorithm chosen;
      try {
        chosen = HashAlgorithm.parse(algorithm);
      } catch (InvalidValueException e) {
        throw new ParameterException(
            spec.commandLine(), "Invalid value for option '--algorithm': " + e.getMessage());
      }
      LifecycleTable table = LifecycleTable.bundled();
      if (!table.phases().contains(phase)) {
        throw new ParameterException(
            spec.commandLine(),
            "Invalid value for option '--phase' (one of " + table.phases() + "): " + phase);
      }
      Roster people = roster(spec, roster);
      List<String> ids = new ArrayList<>();
      List<String> problems = new ArrayList<>();
      try (JsonLinesReader reader =
          JsonLinesReader.open(InputFiles.require(spec, "--volumes", volumes))) {
        reader.forEach(
            r -> {
              if (r instanceof LineResult.Decoded d) {
                if (!d.volume().subCenterId().equals(subCenter)) {
                  problems.add(
                      "line "
                          + d.line()
                          + ": volume "
                          + d.volume().id()
                          + " belongs to sub-centre "
                          + d.volume().subCenterId()
                          + ", not "
                          + subCenter);
                }
                ids.add(d.volume().id());
              } else if (r instanceof LineResult.Rejected x) {
                problems.add("line " + x.line() + ": " + x.pointer() + ": " + x.message());
              }
            });
      }
      if (!problems.isEmpty()) {
        throw new InputRecordException(
            "volumes "
                + volumes
                + ": "
                + problems.size()
                + " records refused; first: "
                + problems.get(0));
      }
      try (LedgerStore store = LedgerStore.jsonLines(ledger.file)) {
        Ledger l = store.size() == 0 ? Ledger.open(store, chosen) : Ledger.open(store);
        if (store.size() > 0
            && spec.commandLine().getParseResult().hasMatchedOption("--algorithm")
            && l.algorithm() != chosen) {
          throw new ParameterException(
              spec.commandLine(),
              "Invalid value for option '--algorithm': the ledger "
                  + ledger.file
                  + " uses "
                  + l.algorithm());
        }
        VolumeSet set;
        try {
          set = new VolumeSet(ids, l.algorithm().hashHex(Files.readAllBytes(volumes)));
        } catch (InvalidValueException e) {
          throw new InputRecordException("volumes " + volumes + ": " + e.getMessage(), e);
        }
        Transfers transfers = Transfers.of(table, people, l, ArchiveTime.systemClock());
        return print(spec, json.requested(), transfers.open(batch, subCenter, phase, set, person));
      }
    }
  }

  /** {@code siarchive transfer act}. */
  @Command(
      name = "act",
      mixinStandardHelpOptions = true,
      description = {
        "Takes an action on a batch. Prints {\"batch\", \"action\", \"from\", \"to\", \"event\"}; a refused action exits 1 with the reason on standard error (--json: {\"refused\": true, \"reason\"})."
      })
  static final class Act implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin LedgerOption ledger;
    @Mixin JsonOption json;

    @Option(
        names = "--roster",
        required = true,
        paramLabel = "FILE",
        description = "The roster (JSON).")
    Path roster;

    @Option(names = "--batch", required = true, paramLabel = "ID", description = "The batch.")
    String batch;

    @Option(
        names = "--action",
        required = true,
        paramLabel = "ACTION",
        description = "The action, e.g. PRE_ACCEPT.")
    String action;

    @Option(
        names = "--as",
        required = true,
        paramLabel = "PERSON",
        description = "Who takes it (roster id).")
    String person;

    @Option(
        names = "--findings",
        paramLabel = "FILE",
        description =
            "Findings to attach (a JSON array or JSON Lines); the ledger records their count and digest.")
    Path findings;

    @Option(
        names = "--note",
        paramLabel = "TEXT",
        description = "A note (at most 2000 characters).")
    String note;

    @Override
    public Integer call() throws IOException {
      InputFiles.require(spec, "--ledger", ledger.file);
      Roster people = roster(spec, roster);
      try (LedgerStore store = LedgerStore.jsonLines(ledger.file)) {
        Ledger l = Ledger.open(store);
        Transfers transfers =
            Transfers.of(LifecycleTable.bundled(), people, l, ArchiveTime.systemClock());
        if (transfers.batch(batch).isEmpty()) {
          throw new ParameterException(
              spec.commandLine(),
              "Invalid value for option '--batch' (a batch opened in "
                  + ledger.file
                  + "): "
                  + batch);
        }
        return print(
            spec,
            json.requested(),
            transfers.act(batch, action, person, findings(spec, findings, l.algorithm()), note));
      }
    }
  }

  /** {@code siarchive transfer status}. */
  @Command(
      name = "status",
      mixinStandardHelpOptions = true,
      description = "The batches' states, replayed from the ledger.")
  static final class Status implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin LedgerOption ledger;
    @Mixin JsonOption json;

    @Option(names = "--batch", paramLabel = "ID", description = "Only this batch.")
    String batch;

    @Override
    public Integer call() {
      InputFiles.require(spec, "--ledger", ledger.file);
      try (LedgerStore store = LedgerStore.jsonLines(ledger.file)) {
        Transfers transfers =
            Transfers.of(
                LifecycleTable.bundled(),
                new Roster(List.of()),
                Ledger.open(store),
                ArchiveTime.systemClock());
        List<Batch> batches =
            transfers.batches().stream()
                .filter(b -> batch == null || b.id().equals(batch))
                .toList();
        if (batch != null && batches.isEmpty()) {
          throw new ParameterException(
              spec.commandLine(),
              "Invalid value for option '--batch' (a batch opened in "
                  + ledger.file
                  + "): "
                  + batch);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json.requested()) {
          List<Map<String, Object>> list = new ArrayList<>();
          for (Batch b : batches) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("batch", b.id());
            m.put("phase", b.phase());
            m.put("subCenter", b.subCenter());
            m.put("state", b.state());
            m.put("volumes", b.volumes().ids().size());
            m.put("events", b.events());
            list.add(m);
          }
          CliJson.print(out, Map.of("batches", list));
        } else {
          for (Batch b : batches) {
            out.printf(
                Locale.ROOT,
                "%s  phase %d  %s  %-20s %d volumes, %d events%n",
                b.id(),
                b.phase(),
                b.subCenter(),
                b.state(),
                b.volumes().ids().size(),
                b.events());
          }
          out.flush();
        }
        return 0;
      }
    }
  }

  static Map<String, Object> head(TreeHead h) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("treeSize", h.treeSize());
    m.put("rootHash", h.rootHash());
    m.put("algorithm", h.algorithm().label());
    return m;
  }

  /** {@code siarchive transfer head}. */
  @Command(
      name = "head",
      mixinStandardHelpOptions = true,
      description =
          "The ledger's tree head {\"treeSize\", \"rootHash\", \"algorithm\"}, to publish elsewhere.")
  static final class Head implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin LedgerOption ledger;
    @Mixin JsonOption json;

    @Override
    public Integer call() {
      InputFiles.require(spec, "--ledger", ledger.file);
      try (LedgerStore store = LedgerStore.jsonLines(ledger.file)) {
        TreeHead h = Ledger.open(store).head();
        PrintWriter out = spec.commandLine().getOut();
        if (json.requested()) {
          CliJson.print(out, head(h));
        } else {
          out.printf(Locale.ROOT, "%d %s %s%n", h.treeSize(), h.rootHash(), h.algorithm());
          out.flush();
        }
        return 0;
      }
    }
  }

  /** {@code siarchive transfer verify}. */
  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
        "Verifies the ledger: canonical events, the previousRoot chain, the lifecycle replay, no torn line and, with --against, the published tree head. Exit 0 when valid, 1 when not."
      })
  static final class Verify implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin LedgerOption ledger;
    @Mixin JsonOption json;

    @Option(
        names = "--against",
        paramLabel = "HEAD.json",
        description = "A published tree head (transfer head --json).")
    Path against;

    @Override
    public Integer call() throws IOException {
      InputFiles.require(spec, "--ledger", ledger.file);
      TreeHead published = null;
      if (against != null) {
        try (InputStream in =
            Files.newInputStream(InputFiles.require(spec, "--against", against))) {
          published = TreeHead.read(in, against.toString());
        } catch (JsonDecodeException | RuleDataException e) {
          throw new InputRecordException("tree head " + e.getMessage(), e);
        }
      }
      LedgerVerification v;
      try (LedgerStore store = LedgerStore.jsonLines(ledger.file)) {
        v = Transfers.verify(store, published, LifecycleTable.bundled());
      }
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("valid", v.isValid());
      doc.put("events", v.events());
      if (v instanceof LedgerVerification.Invalid i) {
        doc.put(
            "firstBadEvent", i.firstBadEvent().isPresent() ? i.firstBadEvent().getAsLong() : null);
        doc.put("reason", i.reason());
      } else {
        doc.put("firstBadEvent", null);
        doc.put("reason", null);
      }
      doc.put("treeHead", head(v.treeHead()));
      PrintWriter out = spec.commandLine().getOut();
      if (json.requested()) {
        CliJson.print(out, doc);
      } else if (v instanceof LedgerVerification.Invalid i) {
        out.printf(
            Locale.ROOT,
            "%s: INVALID after %d events: %s%s%n",
            ledger.file,
            v.events(),
            i.reason(),
            i.firstBadEvent().isPresent()
                ? " (first bad event " + i.firstBadEvent().getAsLong() + ")"
                : "");
      } else {
        out.printf(
            Locale.ROOT,
            "%s: valid, %d events, tree head %s %s%n",
            ledger.file,
            v.events(),
            v.treeHead().rootHash(),
            v.treeHead().algorithm());
      }
      out.flush();
      return v.isValid() ? 0 : 1;
    }
  }

  /** {@code siarchive transfer prove}. */
  @Command(
      name = "prove",
      mixinStandardHelpOptions = true,
      description =
          "An RFC 9162 inclusion proof of event N (0-based, line N+1) in the tree of M events.")
  static final class Prove implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin LedgerOption ledger;
    @Mixin JsonOption json;

    @Option(
        names = "--event",
        required = true,
        paramLabel = "N",
        description = "The event's index (0-based).")
    long event;

    @Option(
        names = "--tree-size",
        paramLabel = "M",
        description = "The tree size (default: the whole ledger).")
    Long treeSize;

    @Override
    public Integer call() {
      InputFiles.require(spec, "--ledger", ledger.file);
      try (LedgerStore store = LedgerStore.jsonLines(ledger.file)) {
        Ledger l = Ledger.open(store);
        long m = treeSize == null ? l.size() : treeSize;
        requireInRange(spec, "--tree-size", 1, l.size(), m);
        requireInRange(spec, "--event", 0, m - 1, event);
        InclusionProof p = l.proveInclusion(event, m);
        PrintWriter out = spec.commandLine().getOut();
        if (json.requested()) {
          Map<String, Object> doc = new LinkedHashMap<>();
          doc.put("leafIndex", p.leafIndex());
          doc.put("treeSize", p.treeSize());
          doc.put("leafHash", p.leafHash());
          doc.put("path", p.path());
          doc.put("rootHash", p.rootHash());
          CliJson.print(out, doc);
        } else {
          out.printf(
              Locale.ROOT,
              "event %d in tree of %d: leaf %s, root %s%n",
              p.leafIndex(),
              p.treeSize(),
              p.leafHash(),
              p.rootHash());
          p.path().forEach(out::println);
          out.flush();
        }
        return 0;
      }
    }
  }

  /** {@code siarchive transfer consistency}. */
  @Command(
      name = "consistency",
      mixinStandardHelpOptions = true,
      description =
          "An RFC 9162 consistency proof that the tree of N events extends the tree of M events.")
  static final class Consistency implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin LedgerOption ledger;
    @Mixin JsonOption json;

    @Option(
        names = "--from",
        required = true,
        paramLabel = "M",
        description = "The older tree size.")
    long from;

    @Option(
        names = "--to",
        paramLabel = "N",
        description = "The newer tree size (default: the whole ledger).")
    Long to;

    @Override
    public Integer call() {
      InputFiles.require(spec, "--ledger", ledger.file);
      try (LedgerStore store = LedgerStore.jsonLines(ledger.file)) {
        Ledger l = Ledger.open(store);
        long n = to == null ? l.size() : to;
        requireInRange(spec, "--to", 0, l.size(), n);
        requireInRange(spec, "--from", 0, n, from);
        ConsistencyProof p = l.proveConsistency(from, n);
        PrintWriter out = spec.commandLine().getOut();
        if (json.requested()) {
          Map<String, Object> doc = new LinkedHashMap<>();
          doc.put("from", p.from());
          doc.put("to", p.to());
          doc.put("path", p.path());
          CliJson.print(out, doc);
        } else {
          out.printf(Locale.ROOT, "tree of %d extends tree of %d:%n", p.to(), p.from());
          p.path().forEach(out::println);
          out.flush();
        }
        return 0;
      }
    }
  }
}
