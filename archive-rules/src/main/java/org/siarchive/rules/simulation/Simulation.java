package org.siarchive.rules.simulation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.transfer.LifecycleTable;
import org.siarchive.core.transfer.Role;
import org.siarchive.rules.simulation.internal.Streams;
import org.siarchive.rules.storage.StorageNetwork;

/**
 * Runs scenarios over replications of a simulated city and gives each metric's mean with its 95%
 * interval, and the paired difference of each against {@code phase-1}. Each replication forms its
 * volumes once ({@link Formation}) and runs every scenario on them with the same random streams
 * (common random numbers); replications use independent streams and may run on several threads, the
 * answer being the same whatever their number. Immutable and thread-safe.
 *
 * <pre>{@code
 * Simulation sim = Simulation.builder(pool, rooms).replications(30).seed(42).threads(2).build();
 * SimulationResult r = sim.run(Scenario.standard());
 * r.scenario("phase-2").versusPhase1().get("daysToDetection");   // paired, with its interval
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Simulation {
  private static final List<String> NAMES = names();

  private final CityPool pool;
  private final Rooms rooms;
  private final LifecycleTable table;
  private final Parameters parameters;
  private final int horizonDays;
  private final int replications;
  private final long seed;
  private final int threads;

  private Simulation(Builder b) {
    this.pool = b.pool;
    this.rooms = Rooms.of(b.rooms, b.pool.subCenters());
    this.table = b.table == null ? LifecycleTable.bundled() : b.table;
    this.parameters = b.parameters;
    this.horizonDays = b.horizonDays;
    this.replications = b.replications;
    this.seed = b.seed;
    this.threads = b.threads;
  }

  /**
   * {@return a builder with the defaults: the bundled lifecycle, {@link Parameters#defaults()}, one
   * year (250 working days), 30 replications, seed 0, one thread}
   *
   * @param pool the city's volumes
   * @param rooms the stores: one or more per sub-centre of the pool (capacity, occupancy at the
   *     start, generation history), the centre's stacks, forecast and intake
   */
  public static Builder builder(CityPool pool, StorageNetwork rooms) {
    return new Builder(pool, rooms);
  }

  private static List<String> names() {
    List<String> n = new ArrayList<>();
    for (Metric m : Metric.values()) {
      n.add(m.key());
    }
    for (Role r : Role.values()) {
      n.add(Metric.STAFF_DAYS.key() + "." + r.name());
    }
    for (Role r : Role.values()) {
      n.add(Metric.WAITING_DAYS.key() + "." + r.name());
    }
    return List.copyOf(n);
  }

  /**
   * {@return the metric names every result has, in order: {@link Metric}'s, then {@code
   * staffDays.<ROLE>} and {@code waitingDays.<ROLE>} for each {@link Role}}
   */
  public static List<String> metricNames() {
    return NAMES;
  }

  /**
   * Runs the scenarios.
   *
   * @param scenarios 1 or more, names unique
   * @return the seed, the replications, the horizon and each scenario's figures with their 95%
   *     intervals
   * @throws InvalidValueException naming a repeated scenario name
   * @throws IllegalStateException naming the scenario when a run does not drain (a post that cannot
   *     keep up) or the lifecycle has an action the model does not know
   */
  public SimulationResult run(List<Scenario> scenarios) {
    List<Scenario> list = List.copyOf(Objects.requireNonNull(scenarios, "scenarios"));
    if (list.isEmpty()) {
      throw new InvalidValueException("scenarios", "1 or more", "none");
    }
    Set<String> seen = new HashSet<>();
    for (Scenario s : list) {
      if (!seen.add(s.name())) {
        throw new InvalidValueException("scenarios", "unique names", s.name());
      }
    }
    double[][][] values = new double[list.size()][replications][];
    if (threads == 1) {
      for (int r = 0; r < replications; r++) {
        replicate(list, r, values);
      }
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<?>> futures = new ArrayList<>();
        for (int r = 0; r < replications; r++) {
          int rep = r;
          futures.add(pool.submit(() -> replicate(list, rep, values)));
        }
        for (Future<?> f : futures) {
          f.get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("simulation interrupted", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException re) {
          throw re;
        }
        throw new IllegalStateException(e.getCause());
      } finally {
        pool.shutdownNow();
      }
    }
    int base = -1;
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).name().equals(Scenario.PHASE_1)) {
        base = i;
      }
    }
    List<ScenarioResult> results = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      Map<String, Interval> metrics = new LinkedHashMap<>();
      Map<String, Interval> versus = new LinkedHashMap<>();
      Map<String, List<Double>> perRep = new LinkedHashMap<>();
      for (int m = 0; m < NAMES.size(); m++) {
        double[] v = new double[replications];
        double[] d = new double[replications];
        List<Double> l = new ArrayList<>();
        for (int r = 0; r < replications; r++) {
          v[r] = values[i][r][m];
          l.add(v[r]);
          if (base >= 0) {
            d[r] = v[r] - values[base][r][m];
          }
        }
        metrics.put(NAMES.get(m), Interval.of(v));
        perRep.put(NAMES.get(m), l);
        if (base >= 0) {
          versus.put(NAMES.get(m), Interval.of(d));
        }
      }
      results.add(new ScenarioResult(list.get(i), metrics, versus, perRep));
    }
    return new SimulationResult(seed, replications, horizonDays, results);
  }

  private void replicate(List<Scenario> list, int rep, double[][][] values) {
    Formation f = Formation.of(pool, parameters, new Streams(seed, rep), horizonDays);
    for (int i = 0; i < list.size(); i++) {
      values[i][rep] =
          new Run(pool, rooms, table, parameters, list.get(i), f, seed, rep, horizonDays).run();
    }
  }

  /** Builds a {@link Simulation}; setters fail fast naming the setting. Not thread-safe. */
  public static final class Builder {
    private final CityPool pool;
    private final StorageNetwork rooms;
    private @org.jspecify.annotations.Nullable LifecycleTable table;
    private Parameters parameters = Parameters.defaults();
    private int horizonDays = Parameters.WORKING_DAYS_PER_YEAR;
    private int replications = 30;
    private long seed;
    private int threads = 1;

    private Builder(CityPool pool, StorageNetwork rooms) {
      this.pool = Objects.requireNonNull(pool, "pool");
      this.rooms = Objects.requireNonNull(rooms, "rooms");
    }

    /**
     * Sets the lifecycle table whose phases the batches follow.
     *
     * @param table the lifecycle table
     * @return this builder
     */
    public Builder lifecycle(LifecycleTable table) {
      this.table = Objects.requireNonNull(table, "table");
      return this;
    }

    /**
     * Sets the assumptions.
     *
     * @param parameters the assumptions
     * @return this builder
     */
    public Builder parameters(Parameters parameters) {
      this.parameters = Objects.requireNonNull(parameters, "parameters");
      return this;
    }

    /**
     * Sets the working days of formation; the run goes on until every volume is stored.
     *
     * @param days 1 to 2500
     * @return this builder
     * @throws InvalidValueException naming {@code horizonDays} when out of range
     */
    public Builder horizonDays(int days) {
      if (days < 1 || days > 2500) {
        throw new InvalidValueException("horizonDays", "1 - 2500", Integer.toString(days));
      }
      this.horizonDays = days;
      return this;
    }

    /**
     * Sets the number of replications.
     *
     * @param n 2 to 10000
     * @return this builder
     * @throws InvalidValueException naming {@code replications} when out of range
     */
    public Builder replications(int n) {
      if (n < 2 || n > 10_000) {
        throw new InvalidValueException("replications", "2 - 10000", Integer.toString(n));
      }
      this.replications = n;
      return this;
    }

    /**
     * Sets the seed of every random stream.
     *
     * @param seed the seed
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Sets the threads replications run on; the answer does not depend on it.
     *
     * @param n 1 to 256
     * @return this builder
     * @throws InvalidValueException naming {@code threads} when out of range
     */
    public Builder threads(int n) {
      if (n < 1 || n > 256) {
        throw new InvalidValueException("threads", "1 - 256", Integer.toString(n));
      }
      this.threads = n;
      return this;
    }

    /**
     * Builds the simulation.
     *
     * @return the simulation
     * @throws InvalidValueException naming {@code rooms} when a sub-centre of the pool has no store
     */
    public Simulation build() {
      return new Simulation(this);
    }
  }
}
