package org.siarchive.rules.inspection;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.siarchive.core.InvalidValueException;
import org.siarchive.sampling.iso2859.InspectionState;
import org.siarchive.sampling.iso2859.SamplingPlan;
import org.siarchive.sampling.iso2859.SupplierInspection;
import org.siarchive.sampling.iso2859.SwitchingRules;
import org.siarchive.sampling.selection.SamplingRecord;

/**
 * ISO 2859-1 single sampling with the switching rules, one supplier per stratum: a sub-centre's
 * successive batches are its lots (or a sub-centre's category's, when the host stratifies so). Each
 * stratum's batch gets the plan of its supplier's current state (normal, tightened, reduced) from
 * the sampling module's tables and {@link SupplierInspection}; the acceptance limit is the plan's
 * {@code Ac} ({@code Re - 1} when its table accepts between Ac and Re). While acceptance is
 * discontinued (5 lots not accepted on tightened inspection), and for a batch below the code-letter
 * table's first lot size, every volume is inspected. Immutable and thread-safe: the policy holds
 * the lots recorded so far and {@link #withLot} returns a new policy.
 *
 * <pre>{@code
 * Iso2859Policy p = Iso2859Policy.of(new SwitchingRules(SamplingTables.iso2859(),
 *     InspectionLevel.II, Aql.parse("6.5"), false));
 * InspectionPlan plan = p.plan(batch, StepSeed.of(s, "pre-acceptance", batchId));
 * StratumPlan sc01 = plan.stratum(StratumKey.ofSubCenter("SC01"));
 * p = p.withLot(sc01.key(), sc01.volumes(), found);   // the next batch's state follows the rules
 * }</pre>
 *
 * @param rules the tables, inspection level, AQL and whether reduced inspection is approved
 * @param lots what happened to each stratum's lots so far, in order
 * @since 0.1.0
 */
public record Iso2859Policy(SwitchingRules rules, Map<StratumKey, List<Event>> lots)
    implements InspectionPolicy {

  /**
   * Validates the components by replaying every stratum's lots.
   *
   * @param rules the tables, inspection level, AQL and whether reduced inspection is approved
   * @param lots what happened to each stratum's lots so far, in order
   */
  public Iso2859Policy {
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(lots, "lots");
    ImmutableMap.Builder<StratumKey, List<Event>> copy = ImmutableMap.builder();
    for (Map.Entry<StratumKey, List<Event>> e : new TreeMap<>(lots).entrySet()) {
      List<Event> events = ImmutableList.copyOf(e.getValue());
      replay(rules, e.getKey(), events);
      copy.put(e.getKey(), events);
    }
    lots = copy.buildOrThrow();
  }

  /**
   * Obtains the policy with no lot recorded: every stratum starts at normal inspection.
   *
   * @param rules the switching rules
   * @return the policy
   */
  public static Iso2859Policy of(SwitchingRules rules) {
    return new Iso2859Policy(rules, Map.of());
  }

  /**
   * Returns a copy with one more lot of a stratum recorded.
   *
   * @param key the stratum (its supplier)
   * @param lotSize the batch's volumes, {@code N}, at least the table's first lot size
   * @param nonconforming the inspected volumes found with a problem
   * @return the new policy
   * @throws InvalidValueException naming the stratum, the lot and the value refused
   */
  public Iso2859Policy withLot(StratumKey key, long lotSize, int nonconforming) {
    return with(key, new Lot(lotSize, nonconforming));
  }

  /**
   * Returns a copy in which a stratum whose acceptance was discontinued resumes, at tightened
   * inspection, after its corrective action.
   *
   * @param key the stratum
   * @param justification the corrective action, for the record
   * @return the new policy
   * @throws InvalidValueException when the stratum's acceptance is not discontinued
   */
  public Iso2859Policy withResumption(StratumKey key, String justification) {
    return with(key, new Resumption(justification));
  }

  private Iso2859Policy with(StratumKey key, Event event) {
    Objects.requireNonNull(key, "key");
    Map<StratumKey, List<Event>> next = new TreeMap<>(lots);
    List<Event> events = new ArrayList<>(next.getOrDefault(key, List.of()));
    events.add(event);
    next.put(key, events);
    return new Iso2859Policy(rules, next);
  }

  /**
   * Returns a stratum's state machine replayed from its recorded lots: a new copy whose state, lots
   * and transitions the caller may read (recording on it does not change this policy).
   *
   * @param key the stratum
   * @return the supplier's state machine
   */
  public SupplierInspection supplier(StratumKey key) {
    return replay(rules, Objects.requireNonNull(key, "key"), lots.getOrDefault(key, List.of()));
  }

  private static SupplierInspection replay(
      SwitchingRules rules, StratumKey key, List<Event> events) {
    SupplierInspection s = rules.start();
    int i = 0;
    for (Event e : events) {
      i++;
      try {
        if (e instanceof Lot l) {
          s.record(l.lotSize(), l.nonconforming());
        } else if (e instanceof Resumption r) {
          s.resume(r.justification());
        }
      } catch (IllegalArgumentException | IllegalStateException ex) {
        throw new InvalidValueException(
            "lots/" + key.id() + "/" + i,
            "an event the switching rules accept",
            String.valueOf(ex.getMessage()));
      }
    }
    return s;
  }

  @Override
  public InspectionPlan plan(Population population, String seed) {
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(seed, "seed");
    List<StratumPlan> strata = new ArrayList<>();
    long total = 0;
    for (Map.Entry<StratumKey, List<String>> e : population.strata().entrySet()) {
      List<String> ids = e.getValue();
      SupplierInspection s = supplier(e.getKey());
      int lotNumber = s.lots().size() + 1;
      Optional<SamplingPlan> plan = planOf(s, ids.size());
      int n = plan.map(p -> (int) p.unitsToInspect()).orElse(ids.size());
      int limit =
          plan.map(
                  p ->
                      p.acceptsBetweenAcceptanceAndRejection()
                          ? p.rejectionNumber() - 1
                          : p.acceptanceNumber())
              .orElse(0);
      total += n;
      strata.add(
          new StratumPlan(
              e.getKey(),
              ids.size(),
              Optional.empty(),
              SamplingRecord.draw(seed, ids, n),
              limit,
              Optional.of(new IsoLot(lotNumber, s.state(), plan))));
    }
    return new InspectionPlan(seed, description(), total, strata);
  }

  /** The plan of the supplier's state; empty when discontinued or the lot is below the tables. */
  private static Optional<SamplingPlan> planOf(SupplierInspection s, long lotSize) {
    if (s.state() == InspectionState.DISCONTINUED) {
      return Optional.empty();
    }
    try {
      return s.planFor(lotSize);
    } catch (IllegalArgumentException belowTheTable) {
      return Optional.empty();
    }
  }

  @Override
  public String description() {
    return String.format(
        Locale.ROOT,
        "ISO 2859-1 single sampling, level %s, AQL %s, switching per stratum%s",
        rules.level().label(),
        rules.aql(),
        rules.reducedApproved() ? ", reduced approved" : "");
  }

  /** One entry of a stratum's lot history: a lot, or a resumption after discontinuation. */
  public sealed interface Event permits Lot, Resumption {}

  /**
   * A lot inspected under the policy. Immutable.
   *
   * <p>Example: {@code new Iso2859Policy.Lot(1250, 3)}.
   *
   * @param lotSize {@code N}
   * @param nonconforming the inspected volumes found with a problem
   */
  public record Lot(long lotSize, int nonconforming) implements Event {}

  /**
   * The resumption of a discontinued stratum after its corrective action. Immutable.
   *
   * <p>Example: {@code new Iso2859Policy.Resumption("arrangers retrained 2024-05")}.
   *
   * @param justification the corrective action
   */
  public record Resumption(String justification) implements Event {
    /**
     * Validates the component.
     *
     * @param justification the corrective action
     */
    public Resumption {
      Objects.requireNonNull(justification, "justification");
    }
  }
}
