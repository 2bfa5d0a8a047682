package org.siarchive.sampling.iso2859;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The switching-rule state machine of one supplier: feed its lots in order with {@link #record};
 * each result says which inspection applied and why the state changed. Mutable and not thread-safe:
 * one instance per supplier, used by one thread at a time.
 *
 * <p>Design: the rules (ISO 2859-1:1999 clause 9, transcribed in {@code
 * shared/reference/iso2859-1-single-sampling.md}; the ISO wording of the switching score is
 * unconfirmed and the mechanics follow that transcription):
 *
 * <ul>
 *   <li>start at normal, score 0;
 *   <li>normal to tightened: 2 lots not accepted within the last 5 or fewer consecutive lots on
 *       normal inspection;
 *   <li>tightened to normal: 5 consecutive lots accepted; tightened to discontinued: the lots not
 *       accepted since tightened inspection began reach 5; discontinued to tightened only by {@link
 *       #resume};
 *   <li>switching score on normal: a plan with {@code Ac >= 2} adds 3 when the lot would have been
 *       accepted at the AQL one column tighter (same plan letter, arrows resolved, its Ac), else
 *       resets to 0 (also at the smallest AQL); a plan with {@code Ac} 0 or 1 adds 2 when the lot
 *       is accepted, else resets to 0; normal to reduced when the score reaches 30 and reduced
 *       inspection is approved;
 *   <li>reduced to normal: a lot not accepted, a lot accepted with {@code Ac < d < Re} (ANSI
 *       table), or {@link #returnToNormal} (irregular production, the authority's decision);
 *   <li>entering normal resets the window and the score; entering tightened resets its counters.
 * </ul>
 *
 * <pre>{@code
 * SupplierInspection s = rules.start();
 * s.planFor(1000);                          // the plan of the next lot
 * LotDecision d = s.record(1000, 3);        // J 80 2/3: not accepted
 * d.transition();                           // empty: one lot not accepted so far
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SupplierInspection {
  private static final int WINDOW = 5;

  private final SwitchingRules rules;
  private final List<LotDecision> lots = new ArrayList<>();
  private final List<Transition> transitions = new ArrayList<>();
  private final Deque<int[]> normalWindow = new ArrayDeque<>(); // {lotNumber, accepted ? 1 : 0}
  private InspectionState state = InspectionState.NORMAL;
  private int score;
  private int
      scoreAfterLastNormalLot; // reported with the lot even when the lot's switch resets score
  private int tightenedConsecutiveAccepted;
  private final List<Integer> tightenedNotAccepted = new ArrayList<>();

  SupplierInspection(SwitchingRules rules) {
    this.rules = rules;
  }

  /** {@return the current state} */
  public InspectionState state() {
    return state;
  }

  /** {@return the current switching score (0 outside normal inspection)} */
  public int switchingScore() {
    return score;
  }

  /** {@return the lots recorded so far, in order} */
  public List<LotDecision> lots() {
    return List.copyOf(lots);
  }

  /**
   * {@return every state change so far, in order, including those made by {@link #resume} and
   * {@link #returnToNormal}}
   */
  public List<Transition> transitions() {
    return List.copyOf(transitions);
  }

  /**
   * Returns the plan the next lot gets in the current state.
   *
   * @param lotSize {@code N}, at least 2
   * @return the plan; empty while acceptance is discontinued
   */
  public Optional<SamplingPlan> planFor(long lotSize) {
    return state.inspection().map(i -> rules.tables().plan(lotSize, rules.level(), rules.aql(), i));
  }

  /**
   * Records the next lot and applies the switching rules.
   *
   * @param lotSize {@code N}, at least 2
   * @param nonconforming {@code d} found among the inspected units, 0 to {@code min(n, N)}
   * @return the decision for this lot
   * @throws IllegalArgumentException naming the lot number and the bad value
   */
  public LotDecision record(long lotSize, int nonconforming) {
    int lotNumber = lots.size() + 1;
    Optional<SamplingPlan> maybePlan;
    try {
      maybePlan = planFor(lotSize);
      if (maybePlan.isPresent()) {
        maybePlan.get().isAccepted(nonconforming); // validates the range
      } else if (nonconforming < 0) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "Invalid value for nonconforming (valid values >= 0): %d",
                nonconforming));
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("lot " + lotNumber + ": " + e.getMessage(), e);
    }
    InspectionState applied = state;
    if (maybePlan.isEmpty()) {
      return add(
          new LotDecision(
              lotNumber,
              lotSize,
              nonconforming,
              applied,
              maybePlan,
              false,
              score,
              Optional.empty()));
    }
    SamplingPlan plan = maybePlan.get();
    boolean accepted = plan.isAccepted(nonconforming);
    Transition t = null;
    switch (state) {
      case NORMAL:
        t = afterNormalLot(lotNumber, plan, nonconforming, accepted);
        break;
      case TIGHTENED:
        t = afterTightenedLot(lotNumber, accepted);
        break;
      case REDUCED:
        if (!accepted) {
          t =
              change(
                  lotNumber,
                  InspectionState.NORMAL,
                  SwitchReason.LOT_NOT_ACCEPTED_ON_REDUCED,
                  String.format(
                      Locale.ROOT,
                      "lot %d not accepted on reduced inspection (%d nonconforming, Re %d)",
                      lotNumber,
                      nonconforming,
                      plan.rejectionNumber()));
        } else if (nonconforming > plan.acceptanceNumber()) {
          t =
              change(
                  lotNumber,
                  InspectionState.NORMAL,
                  SwitchReason.ACCEPTED_BETWEEN_AC_AND_RE,
                  String.format(
                      Locale.ROOT,
                      "lot %d accepted with %d nonconforming, between Ac %d and Re %d",
                      lotNumber,
                      nonconforming,
                      plan.acceptanceNumber(),
                      plan.rejectionNumber()));
        }
        break;
      default:
        throw new IllegalStateException("unreachable: " + state);
    }
    int reportedScore = applied == InspectionState.NORMAL ? scoreAfterLastNormalLot : 0;
    return add(
        new LotDecision(
            lotNumber,
            lotSize,
            nonconforming,
            applied,
            maybePlan,
            accepted,
            reportedScore,
            Optional.ofNullable(t)));
  }

  private @Nullable Transition afterNormalLot(
      int lotNumber, SamplingPlan plan, int d, boolean accepted) {
    normalWindow.addLast(new int[] {lotNumber, accepted ? 1 : 0});
    if (normalWindow.size() > WINDOW) {
      normalWindow.removeFirst();
    }
    if (plan.acceptanceNumber() >= 2) {
      Optional<PlanTable.Entry> tighter =
          rules
              .tables()
              .table(InspectionSeverity.NORMAL)
              .planOneStepTighter(plan.planLetter(), rules.aql());
      score = tighter.isPresent() && d <= tighter.get().acceptanceNumber() ? score + 3 : 0;
    } else {
      score = accepted ? score + 2 : 0;
    }
    scoreAfterLastNormalLot = score;
    List<Integer> notAccepted =
        normalWindow.stream().filter(e -> e[1] == 0).map(e -> e[0]).collect(Collectors.toList());
    if (notAccepted.size() >= 2) {
      return change(
          lotNumber,
          InspectionState.TIGHTENED,
          SwitchReason.TWO_OF_FIVE_NOT_ACCEPTED,
          String.format(
              Locale.ROOT,
              "lots %s not accepted within %d consecutive lots on normal inspection",
              join(notAccepted),
              normalWindow.size()));
    }
    if (score >= 30 && rules.reducedApproved()) {
      return change(
          lotNumber,
          InspectionState.REDUCED,
          SwitchReason.SWITCHING_SCORE_REACHED,
          String.format(
              Locale.ROOT,
              "switching score %d reached 30 after lot %d; reduced inspection approved",
              score,
              lotNumber));
    }
    return null;
  }

  private @Nullable Transition afterTightenedLot(int lotNumber, boolean accepted) {
    if (accepted) {
      tightenedConsecutiveAccepted++;
      if (tightenedConsecutiveAccepted == WINDOW) {
        return change(
            lotNumber,
            InspectionState.NORMAL,
            SwitchReason.FIVE_CONSECUTIVE_ACCEPTED,
            String.format(
                Locale.ROOT,
                "lots %d to %d accepted consecutively on tightened inspection",
                lotNumber - 4,
                lotNumber));
      }
      return null;
    }
    tightenedConsecutiveAccepted = 0;
    tightenedNotAccepted.add(lotNumber);
    if (tightenedNotAccepted.size() == WINDOW) {
      return change(
          lotNumber,
          InspectionState.DISCONTINUED,
          SwitchReason.FIVE_NOT_ACCEPTED_ON_TIGHTENED,
          String.format(
              Locale.ROOT,
              "lots %s not accepted on tightened inspection",
              join(tightenedNotAccepted)));
    }
    return null;
  }

  /**
   * Resumes acceptance after the supplier's corrective action, at tightened inspection.
   *
   * @param justification what the corrective action was, for the record
   * @return the transition
   * @throws IllegalStateException unless acceptance is discontinued
   */
  public Transition resume(String justification) {
    Objects.requireNonNull(justification, "justification");
    if (state != InspectionState.DISCONTINUED) {
      throw new IllegalStateException(
          "Cannot resume: state is " + state.label() + ", not discontinued");
    }
    return change(
        lots.size(),
        InspectionState.TIGHTENED,
        SwitchReason.RESUMED_AFTER_CORRECTIVE_ACTION,
        justification);
  }

  /**
   * Returns from reduced to normal inspection for a reason outside the lot results.
   *
   * @param reason {@link SwitchReason#PRODUCTION_IRREGULAR} or {@link
   *     SwitchReason#AUTHORITY_DECISION}
   * @param explanation the facts, for the record
   * @return the transition
   * @throws IllegalStateException unless inspection is reduced
   * @throws IllegalArgumentException for another reason
   */
  public Transition returnToNormal(SwitchReason reason, String explanation) {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(explanation, "explanation");
    if (reason != SwitchReason.PRODUCTION_IRREGULAR && reason != SwitchReason.AUTHORITY_DECISION) {
      throw new IllegalArgumentException(
          "Invalid value for reason (valid values PRODUCTION_IRREGULAR,"
              + " AUTHORITY_DECISION): "
              + reason);
    }
    if (state != InspectionState.REDUCED) {
      throw new IllegalStateException(
          "Cannot return to normal: state is " + state.label() + ", not reduced");
    }
    return change(lots.size(), InspectionState.NORMAL, reason, explanation);
  }

  private Transition change(
      int afterLot, InspectionState to, SwitchReason reason, String explanation) {
    Transition t = new Transition(afterLot, state, to, reason, explanation);
    transitions.add(t);
    state = to;
    score = 0; // the score counts only within one period of normal inspection
    normalWindow.clear();
    tightenedConsecutiveAccepted = 0;
    tightenedNotAccepted.clear();
    return t;
  }

  private LotDecision add(LotDecision d) {
    lots.add(d);
    return d;
  }

  private static String join(List<Integer> lotNumbers) {
    if (lotNumbers.size() == 1) {
      return String.valueOf(lotNumbers.get(0));
    }
    String head =
        lotNumbers.subList(0, lotNumbers.size() - 1).stream()
            .map(String::valueOf)
            .collect(Collectors.joining(", "));
    return head + " and " + lotNumbers.get(lotNumbers.size() - 1);
  }
}
