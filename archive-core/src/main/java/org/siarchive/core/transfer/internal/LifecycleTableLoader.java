package org.siarchive.core.transfer.internal;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.siarchive.core.id.Masking;
import org.siarchive.core.internal.ruledata.StrictLoader;
import org.siarchive.core.ruledata.RuleDataException;

/**
 * The strict loader of lifecycle tables, in the order STYLE.md #8 fixes: strict binding with the
 * core codec ({@link ArchiveJson#read(InputStream, Class, String)}), then Jakarta Validation (the
 * first violation by pointer), then the semantic checks below; every failure is a {@link
 * RuleDataException} naming the resource, the JSON pointer and the value. Binding and validation
 * are the rule-data kernel's ({@link StrictLoader}); the bundled table is found, and its digest
 * checked, through the rule-data providers ({@link
 * org.siarchive.core.ruledata.provider.RuleTables}).
 *
 * <p>Semantic checks: phase numbers unique; in each phase, an opening without {@code from}, every
 * transition with one, each {@code (from, action)} once, every {@code from} reached from the
 * opening; every role known; rule ids unique; each rule's parameters present for its kind and
 * absent otherwise; every action a rule names taken somewhere in the table.
 */
public final class LifecycleTableLoader {
  private LifecycleTableLoader() {}

  /**
   * Loads one table.
   *
   * @param source the file or resource name, for messages
   * @param roles the role names the table may use
   * @throws RuleDataException naming the source, the JSON pointer and the value
   */
  public static LifecycleDocument load(InputStream in, String source, Set<String> roles) {
    Objects.requireNonNull(roles, "roles");
    LifecycleDocument doc = load(in, LifecycleDocument.class, source);
    check(doc, source, roles);
    return doc;
  }

  private static <T> T load(InputStream in, Class<T> type, String source) {
    T value = StrictLoader.read(in, type, source);
    if (value == null) {
      throw new RuleDataException(source, "", "expected a JSON object, got null", null);
    }
    StrictLoader.validate(value, source);
    return value;
  }

  private static void check(LifecycleDocument doc, String source, Set<String> roles) {
    Set<Integer> phases = new HashSet<>();
    Set<String> actions = new HashSet<>();
    for (int p = 0; p < doc.phases().size(); p++) {
      LifecycleDocument.Phase phase = doc.phases().get(p);
      String at = "/phases/" + p;
      if (!phases.add(phase.phase())) {
        fail(source, at + "/phase", "a phase number used once", Integer.toString(phase.phase()));
      }
      if (phase.open().from() != null) {
        fail(
            source,
            at + "/open/from",
            "absent: a batch is opened from no state",
            Masking.quoted(phase.open().from()));
      }
      checkRoles(source, at + "/open", phase.open(), roles);
      actions.add(phase.open().action());
      Map<String, Set<String>> next = new HashMap<>();
      Set<String> pairs = new HashSet<>();
      for (int t = 0; t < phase.transitions().size(); t++) {
        LifecycleDocument.Transition tr = phase.transitions().get(t);
        String tat = at + "/transitions/" + t;
        if (tr.from() == null) {
          fail(source, tat + "/from", "present: only the opening has no from", "null");
        }
        if (!pairs.add(tr.from() + " " + tr.action())) {
          fail(
              source,
              tat + "/action",
              "an action taken once from " + tr.from(),
              Masking.quoted(tr.action()));
        }
        checkRoles(source, tat, tr, roles);
        next.computeIfAbsent(tr.from(), k -> new HashSet<>()).add(tr.to());
        actions.add(tr.action());
      }
      Set<String> reached = new HashSet<>();
      Deque<String> queue = new ArrayDeque<>(List.of(phase.open().to()));
      while (!queue.isEmpty()) {
        String s = queue.pop();
        if (reached.add(s)) {
          queue.addAll(next.getOrDefault(s, Set.of()));
        }
      }
      for (int t = 0; t < phase.transitions().size(); t++) {
        String from = phase.transitions().get(t).from();
        if (!reached.contains(from)) {
          fail(
              source,
              at + "/transitions/" + t + "/from",
              "a state reached from the phase's opening",
              Masking.quoted(from));
        }
      }
    }
    Set<String> ids = new HashSet<>();
    for (int r = 0; r < doc.rules().size(); r++) {
      LifecycleDocument.Rule rule = doc.rules().get(r);
      String at = "/rules/" + r;
      if (!ids.add(rule.id())) {
        fail(source, at + "/id", "a rule id used once", Masking.quoted(rule.id()));
      }
      boolean limited = rule.kind().equals("ROLE_LIMITED_TO");
      boolean notSame = rule.kind().equals("NOT_SAME_PERSON");
      present(source, at + "/role", rule.role(), limited, rule.kind());
      present(source, at + "/allowed", rule.allowed(), limited, rule.kind());
      present(source, at + "/earlier", rule.earlier(), notSame, rule.kind());
      if (notSame && rule.actions() == null) {
        fail(source, at + "/actions", "present for kind NOT_SAME_PERSON", "null");
      }
      if (rule.role() != null && !roles.contains(rule.role())) {
        fail(
            source,
            at + "/role",
            "one of " + new java.util.TreeSet<>(roles),
            Masking.quoted(rule.role()));
      }
      for (String field : List.of("actions", "allowed", "earlier")) {
        List<String> names =
            field.equals("actions")
                ? rule.actions()
                : field.equals("allowed") ? rule.allowed() : rule.earlier();
        for (int i = 0; names != null && i < names.size(); i++) {
          if (!actions.contains(names.get(i))) {
            fail(
                source,
                at + "/" + field + "/" + i,
                "an action of the table",
                Masking.quoted(names.get(i)));
          }
        }
      }
    }
  }

  private static void present(
      String source, String pointer, Object value, boolean required, String kind) {
    if (required && value == null) {
      fail(source, pointer, "present for kind " + kind, "null");
    }
    if (!required && value != null) {
      fail(source, pointer, "absent for kind " + kind, String.valueOf(value));
    }
  }

  private static void checkRoles(
      String source, String at, LifecycleDocument.Transition tr, Set<String> roles) {
    for (int i = 0; i < tr.roles().size(); i++) {
      if (!roles.contains(tr.roles().get(i))) {
        fail(
            source,
            at + "/roles/" + i,
            "one of " + new java.util.TreeSet<>(roles),
            Masking.quoted(tr.roles().get(i)));
      }
    }
  }

  private static void fail(String source, String pointer, String constraint, String value) {
    String field = pointer.substring(pointer.lastIndexOf('/') + 1);
    throw new RuleDataException(
        source,
        pointer,
        String.format(Locale.ROOT, "Invalid value for %s (%s): %s", field, constraint, value),
        null);
  }
}
