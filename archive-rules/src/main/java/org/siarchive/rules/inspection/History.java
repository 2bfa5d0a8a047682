package org.siarchive.rules.inspection;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.siarchive.core.InvalidValueException;
import org.siarchive.rules.report.QualityReport;
import org.siarchive.sampling.allocation.Rate;
import org.siarchive.sampling.allocation.RatePrior;

/**
 * Past inspection results per stratum, the evidence of the problem rates (article §3.2): how many
 * volumes were inspected and how many of them had a problem. Immutable and thread-safe.
 *
 * <p>A stratum's rate is the {@link RatePrior}'s smoothed rate of its tally: the stratum's own
 * tally when there is one, else (for a sub-centre's category) its sub-centre's tally, else no
 * history at all, which gives the prior's mean: a stratum without history is never skipped. A
 * quality report holds figures per sub-centre (and per category over the whole city, not per
 * sub-centre), so history read from a report answers for sub-centres; a host that keeps findings
 * per sub-centre and category gives them with {@link #of}.
 *
 * <pre>{@code
 * History h = History.from(QualityReport.read(Path.of("report.json")));
 * h.rate(StratumKey.ofSubCenter("SC01"), RatePrior.LAPLACE);   // (d + 1) / (m + 2)
 * History.none().rate(StratumKey.ofSubCenter("SC09"), RatePrior.LAPLACE);   // 1/2
 * History.of(Map.of(StratumKey.of("SC01", "PENSION/REGISTRATION"), new History.Tally(120, 6)));
 * }</pre>
 *
 * @param tallies the tally of each stratum with history, in key order
 * @since 0.1.0
 */
public record History(Map<StratumKey, Tally> tallies) {

  /**
   * Copies the tallies into key order.
   *
   * @param tallies the tally of each stratum with history, in key order
   */
  public History {
    tallies = ImmutableMap.copyOf(new TreeMap<>(Objects.requireNonNull(tallies, "tallies")));
  }

  /** {@return the history without any tally: every stratum gets the prior's mean} */
  public static History none() {
    return new History(Map.of());
  }

  /**
   * Obtains a history from tallies.
   *
   * @param tallies the tally of each stratum
   * @return the history
   */
  public static History of(Map<StratumKey, Tally> tallies) {
    return new History(tallies);
  }

  /**
   * Reads the sub-centres' figures of a quality report ({@code siarchive report --json}): each
   * sub-centre's volumes checked and volumes with defects.
   *
   * @param report the report
   * @return the history, one tally per sub-centre of the report
   */
  public static History from(QualityReport report) {
    Objects.requireNonNull(report, "report");
    Map<StratumKey, Tally> t = new TreeMap<>();
    for (QualityReport.GroupFigures g : report.subCenters()) {
      t.put(StratumKey.ofSubCenter(g.key()), new Tally(g.checked(), g.volumesWithDefects()));
    }
    return new History(t);
  }

  /**
   * Returns the tally that answers for a stratum: its own, else its sub-centre's.
   *
   * @param key the stratum
   * @return the tally, empty when the stratum has no history
   */
  public Optional<Tally> tallyOf(StratumKey key) {
    Objects.requireNonNull(key, "key");
    Tally own = tallies.get(key);
    return Optional.ofNullable(own != null ? own : tallies.get(key.toSubCenter()));
  }

  /**
   * Returns a stratum's smoothed problem rate, exactly.
   *
   * @param key the stratum
   * @param prior the smoothing prior
   * @return {@code prior.smoothedRate(inspected, defective)} of {@link #tallyOf}, or of {@code (0,
   *     0)} without history
   */
  public Rate rate(StratumKey key, RatePrior prior) {
    Objects.requireNonNull(prior, "prior");
    Tally t = tallyOf(key).orElse(new Tally(0, 0));
    return prior.smoothedRate(t.inspected(), t.defective());
  }

  /**
   * One stratum's past results. Immutable.
   *
   * <p>Example: {@code new History.Tally(120, 6)}: 6 of 120 inspected volumes had a problem.
   *
   * @param inspected the volumes inspected, at least 0
   * @param defective of those, the volumes with a problem, 0 to {@code inspected}
   */
  public record Tally(long inspected, long defective) {
    /**
     * Validates the counts.
     *
     * @param inspected the volumes inspected, at least 0
     * @param defective of those, the volumes with a problem, 0 to {@code inspected}
     */
    public Tally {
      if (inspected < 0) {
        throw new InvalidValueException(
            "inspected", "valid values >= 0", String.format(Locale.ROOT, "%d", inspected));
      }
      if (defective < 0 || defective > inspected) {
        throw new InvalidValueException(
            "defective",
            String.format(Locale.ROOT, "valid values 0 - %d", inspected),
            String.format(Locale.ROOT, "%d", defective));
      }
    }
  }
}
