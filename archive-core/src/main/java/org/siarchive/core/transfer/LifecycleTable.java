package org.siarchive.core.transfer;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.ruledata.RuleDataException;
import org.siarchive.core.ruledata.provider.RuleTable;
import org.siarchive.core.ruledata.provider.RuleTables;
import org.siarchive.core.transfer.internal.LifecycleDocument;
import org.siarchive.core.transfer.internal.LifecycleTableLoader;

/**
 * The transfer lifecycle as a versioned rule table: for each phase its opening, its states and
 * actions (each naming the roles that may take it and whose staff take it), and the rules,
 * segregation of duties included, that refuse an action, evaluated in the table's order. The
 * bundled edition comes from the rule-data providers ({@link #bundled()}, {@link #newestOf}); a
 * host may load its own with {@link #read}. Immutable and thread-safe.
 *
 * <pre>{@code
 * LifecycleTable table = LifecycleTable.bundled();
 * table.ref();                                            // "transfer-lifecycle/2026.1"
 * table.transition(2, "REQUESTED", "PRE_ACCEPT").map(Transition::to);  // PRE_ACCEPTED
 * }</pre>
 *
 * @since 0.1.0
 */
public final class LifecycleTable {
  /** Whose staff take an action. */
  public enum Staff {
    /** The archive centre's staff (people without a sub-centre). */
    CENTER,
    /** The staff of the batch's own sub-centre. */
    SUB_CENTER
  }

  /**
   * One transition of a phase.
   *
   * @param action the action
   * @param from the state it starts from, or null for the phase's opening
   * @param to the state it leads to
   * @param roles the roles any of which may take it, in the table's order
   * @param staff whose staff take it
   */
  public record Transition(String action, String from, String to, List<Role> roles, Staff staff) {
    /**
     * Validates the record.
     *
     * @param action the action
     * @param from the state it starts from, or null for the phase's opening
     * @param to the state it leads to
     * @param roles the roles any of which may take it, in the table's order
     * @param staff whose staff take it
     */
    public Transition {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(to, "to");
      roles = List.copyOf(roles);
      Objects.requireNonNull(staff, "staff");
    }
  }

  /**
   * One rule.
   *
   * @param id its stable id
   * @param kind what it checks
   * @param text the rule in words
   * @param clause the clause it enforces
   */
  public record Rule(String id, String kind, String text, String clause) {
    /**
     * Validates the record.
     *
     * @param id its stable id
     * @param kind what it checks
     * @param text the rule in words
     * @param clause the clause it enforces
     */
    public Rule {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(clause, "clause");
    }
  }

  private static final Set<String> ROLES =
      Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet());

  private final LifecycleDocument doc;
  private final Map<Integer, Transition> openings = new LinkedHashMap<>();
  private final Map<Integer, Map<String, Transition>> transitions = new LinkedHashMap<>();

  private LifecycleTable(LifecycleDocument doc) {
    this.doc = doc;
    for (LifecycleDocument.Phase p : doc.phases()) {
      openings.put(p.phase(), transition(p.open()));
      Map<String, Transition> byKey = new LinkedHashMap<>();
      for (LifecycleDocument.Transition t : p.transitions()) {
        byKey.put(t.from() + " " + t.action(), transition(t));
      }
      transitions.put(p.phase(), byKey);
    }
  }

  private static Transition transition(LifecycleDocument.Transition t) {
    return new Transition(
        t.action(),
        t.from(),
        t.to(),
        t.roles().stream().map(Role::valueOf).toList(),
        Staff.valueOf(t.staff()));
  }

  /** The kind under which rule-data providers offer lifecycle tables. */
  public static final String KIND = "transfer-lifecycle";

  /**
   * {@return the newest edition the installed rule-data providers offer ({@link
   * RuleTables#installed()}), read once} The bundled edition ships in the {@code
   * archive-rules-data} artifact, which {@code archive-rules} brings; a host on {@code
   * archive-core} alone adds it, or its own provider.
   *
   * @throws org.siarchive.core.ruledata.RuleDataException when no provider offers a lifecycle
   *     table, or the table is damaged
   */
  public static LifecycleTable bundled() {
    return Bundled.TABLE;
  }

  private static final class Bundled {
    private static final LifecycleTable TABLE = newestOf(RuleTables.installed());
  }

  /**
   * {@return the newest lifecycle edition that some rule-data providers offer: the last one listed,
   * providers in order, its bytes checked against the provider's index}
   *
   * <pre>{@code
   * LifecycleTable t = LifecycleTable.newestOf(RuleTables.installed());
   * }</pre>
   *
   * @param tables the tables of the installed rule-data providers
   * @throws org.siarchive.core.ruledata.RuleDataException when a table is refused, its format is
   *     newer than this library reads, its bytes differ from its index, or no provider offers one
   */
  public static LifecycleTable newestOf(RuleTables tables) {
    Objects.requireNonNull(tables, "tables");
    List<RuleTable> offered = tables.tables(KIND, 1);
    if (offered.isEmpty()) {
      throw new RuleDataException(
          "rule-data providers " + tables.providers(),
          "",
          "no provider offers a " + KIND + " table (add org.siarchive:archive-rules-data)",
          null);
    }
    RuleTable t = offered.get(offered.size() - 1);
    LifecycleTable table = read(new ByteArrayInputStream(tables.bytes(t)), t.file());
    t.requireHolds(t.file(), table.id(), table.edition(), null);
    return table;
  }

  /**
   * Reads a table strictly: binding, Jakarta Validation, then semantic checks.
   *
   * @param in the table's JSON; not closed
   * @param source the file name, for messages
   * @return the table
   * @throws org.siarchive.core.ruledata.RuleDataException naming the source, the JSON pointer and
   *     the value
   */
  public static LifecycleTable read(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    return new LifecycleTable(LifecycleTableLoader.load(in, source, ROLES));
  }

  /** {@return the table's id} */
  public String id() {
    return doc.id();
  }

  /** {@return the edition} */
  public String edition() {
    return doc.edition();
  }

  /**
   * {@return the id and edition, e.g. {@code transfer-lifecycle/2026.1}; recorded in every event}
   */
  public String ref() {
    return doc.id() + "/" + doc.edition();
  }

  /** {@return the phase numbers, in the table's order} */
  public List<Integer> phases() {
    return List.copyOf(openings.keySet());
  }

  /**
   * {@return how a batch of a phase is opened}
   *
   * @param phase the phase number
   * @throws InvalidValueException for a phase the table has not
   */
  public Transition opening(int phase) {
    Transition t = openings.get(phase);
    if (t == null) {
      throw new InvalidValueException(
          "phase", "one of " + openings.keySet(), Integer.toString(phase));
    }
    return t;
  }

  /**
   * {@return the transitions of a phase, in the table's order}
   *
   * @param phase the phase number
   */
  public List<Transition> transitions(int phase) {
    opening(phase);
    // opening(phase) refused a phase the table does not have.
    return List.copyOf(Objects.requireNonNull(transitions.get(phase)).values());
  }

  /**
   * {@return the transition of an action from a state, if the phase allows it}
   *
   * @param phase the phase number
   * @param from the state the batch is in
   * @param action the action's name
   */
  public Optional<Transition> transition(int phase, String from, String action) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(action, "action");
    return Optional.ofNullable(transitions.getOrDefault(phase, Map.of()).get(from + " " + action));
  }

  /** {@return the rules, in the order they are evaluated} */
  public List<Rule> rules() {
    return doc.rules().stream().map(r -> new Rule(r.id(), r.kind(), r.text(), r.clause())).toList();
  }

  /** An action taken on a batch: who took what. */
  record Taken(String action, String person) {}

  /**
   * The first rule that refuses an action, or empty when the table allows it.
   *
   * @param batchId the batch
   * @param opening whether the action opens the batch
   * @param phase the batch's phase
   * @param subCenter the batch's sub-centre
   * @param state the batch's state, or null when it does not exist
   * @param action the action
   * @param personId the person's id
   * @param person the person, or null when not on the roster
   * @param history the actions taken on the batch so far
   */
  Optional<Refusal> refusal(
      String batchId,
      boolean opening,
      int phase,
      String subCenter,
      @Nullable String state,
      String action,
      String personId,
      @Nullable Person person,
      List<Taken> history) {
    boolean exists = state != null;
    Transition t;
    if (opening) {
      t = opening(phase).action().equals(action) ? opening(phase) : null;
    } else {
      t = state != null ? transition(phase, state, action).orElse(null) : null;
    }
    for (LifecycleDocument.Rule rule : doc.rules()) {
      if (rule.actions() != null && !rule.actions().contains(action)) {
        continue;
      }
      boolean refuses =
          switch (rule.kind()) {
            case "NEW_BATCH" -> opening && exists;
            case "KNOWN_PERSON" -> person == null;
            case "ALLOWED_FROM_STATE" -> t == null;
            case "ROLE_LIMITED_TO" ->
                person != null
                    && person.holds(Role.valueOf(rule.role()))
                    && !rule.allowed().contains(action);
            case "HOLDS_ROLE" ->
                t != null && person != null && t.roles().stream().noneMatch(person::holds);
            case "OWN_SUB_CENTER" -> person != null && !subCenter.equals(person.subCenter());
            case "STAFF_OF_SITE" ->
                t != null
                    && person != null
                    && (t.staff() == Staff.CENTER
                        ? !person.isCentreStaff()
                        : !subCenter.equals(person.subCenter()));
            case "NOT_SAME_PERSON" ->
                history.stream()
                    .anyMatch(
                        h -> h.person().equals(personId) && rule.earlier().contains(h.action()));
            default ->
                throw new IllegalStateException("rule kind " + rule.kind() + " has no evaluator");
          };
      if (refuses) {
        List<Role> roles = person == null ? List.of() : person.sortedRoles();
        return Optional.of(
            new Refusal(batchId, state, action, personId, roles, rule.id(), rule.text()));
      }
    }
    return Optional.empty();
  }

  /** The role under which a person takes a transition: the first of its roles the person holds. */
  static Role roleFor(Transition t, Person person) {
    return t.roles().stream().filter(person::holds).findFirst().orElseThrow();
  }

  @Override
  public String toString() {
    return ref();
  }
}
