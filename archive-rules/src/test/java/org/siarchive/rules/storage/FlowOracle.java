package org.siarchive.rules.storage;

import java.math.BigInteger;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

/**
 * An exact oracle for the storage plan that shares nothing with the planner's algorithm: for a
 * level (volumes) per store and an intake, a flow-over-time network with exact lower bounds on the
 * forced flows (supply, disposals) is feasible iff some schedule keeps every store at or below its
 * level, decided by a JGraphT max-flow on the standard lower-bound reduction. The optimal peak is
 * then the least of all candidate fractions {@code k / capacity} whose levels are feasible.
 *
 * <p>Network, per store {@code i} and month {@code t}: node {@code P(i,t)}, the transferable
 * volumes present in month {@code t}; supply {@code src -> P(i,t)} exactly the volumes turning
 * transferable then (and, in month 1, those transferable already); {@code P(i,t) -> snk} exactly
 * the disposals; {@code P(i,t) -> I(t)} any transfer; {@code P(i,t) -> P(i,t+1)} at most the level
 * less the not-yet-transferable volumes (the end-of-month occupancy bound). Intake {@code I(t) ->
 * C(t)} at most the intake; the stacks {@code C(t)} get their occupancy from {@code src} in month
 * 1, lose their disposals exactly and carry at most their capacity to the next month.
 */
final class FlowOracle {
  private static final long INF = 1_000_000L;

  private final StorageNetwork net;
  private final int h;
  private final int n;
  private final long[][] gen; // gen[i][m + offset] for months m = -(hist-1) .. h
  private final int[] offset;
  private final long[] occ0;
  private final long[] cap;
  private final long[][] disp; // [i][t], t = 1..h
  private final long[] stacksDisp;

  FlowOracle(StorageNetwork net, int horizon) {
    this.net = net;
    this.h = horizon;
    this.n = net.stores().size();
    gen = new long[n][];
    offset = new int[n];
    occ0 = new long[n];
    cap = new long[n];
    disp = new long[n][h + 1];
    stacksDisp = new long[h + 1];
    for (int i = 0; i < n; i++) {
      SubCenterStore s = net.stores().get(i);
      List<Long> hist = s.history().volumes();
      long[] f = net.forecast().forecast(s.history(), h);
      offset[i] = hist.size() - 1;
      gen[i] = new long[hist.size() + h];
      for (int k = 0; k < hist.size(); k++) {
        gen[i][k] = hist.get(k);
      }
      for (int t = 1; t <= h; t++) {
        gen[i][offset[i] + t] = f[t - 1];
        disp[i][t] = net.disposals().count(s.id(), month(t));
      }
      occ0[i] = s.occupied();
      cap[i] = s.capacity();
    }
    for (int t = 1; t <= h; t++) {
      stacksDisp[t] = net.disposals().count(net.stacks().id(), month(t));
    }
  }

  private YearMonth month(int t) {
    return net.asOf().plusMonths(t);
  }

  private long g(int i, int m) {
    return gen[i][offset[i] + m];
  }

  private int lag(int i) {
    return net.stores().get(i).eligibility().lagMonths();
  }

  /** Volumes of store i formed in months t-L+1..t: not yet transferable at the end of t. */
  long young(int i, int t) {
    long s = 0;
    for (int m = t - lag(i) + 1; m <= t; m++) {
      s += g(i, m);
    }
    return s;
  }

  /** What store i holds at the end of month t without transfers. */
  long base(int i, int t) {
    long s = occ0[i];
    for (int m = 1; m <= t; m++) {
      s += g(i, m) - disp[i][m];
    }
    return s;
  }

  /** The transferable volumes store i may have sent by the end of month t (less disposals). */
  long transferableBy(int i, int t) {
    long s = occ0[i] - young(i, 0);
    for (int m = 1; m <= t; m++) {
      s += g(i, m - lag(i)) - disp[i][m];
    }
    return s;
  }

  /** The volumes store i forms in month t. */
  long formed(int i, int t) {
    return g(i, t);
  }

  /** The disposals of store i in month t. */
  long disposed(int i, int t) {
    return disp[i][t];
  }

  /** The disposals of the stacks in month t. */
  long stacksDisposed(int t) {
    return stacksDisp[t];
  }

  /** Whether some schedule keeps store i at or below level[i] in months 1..h at this intake. */
  boolean feasible(long[] level, long intake) {
    Circulation c = new Circulation();
    int src = c.node();
    int snk = c.node();
    int[][] p = new int[n][h + 1];
    int[] in = new int[h + 1];
    int[] centre = new int[h + 1];
    for (int t = 1; t <= h; t++) {
      in[t] = c.node();
      centre[t] = c.node();
      for (int i = 0; i < n; i++) {
        p[i][t] = c.node();
      }
    }
    for (int i = 0; i < n; i++) {
      long transferableNow = occ0[i] - young(i, 0);
      for (int t = 1; t <= h; t++) {
        long bound = level[i] - young(i, t);
        if (bound < 0) {
          return false;
        }
        long supply = g(i, t - lag(i)) + (t == 1 ? transferableNow : 0);
        c.edge(src, p[i][t], supply, supply);
        c.edge(p[i][t], snk, disp[i][t], disp[i][t]);
        c.edge(p[i][t], in[t], 0, INF);
        c.edge(p[i][t], t < h ? p[i][t + 1] : snk, 0, bound);
      }
    }
    CentreStacks s = net.stacks();
    c.edge(src, centre[1], s.occupied(), s.occupied());
    for (int t = 1; t <= h; t++) {
      c.edge(in[t], centre[t], 0, intake);
      c.edge(centre[t], snk, stacksDisp[t], stacksDisp[t]);
      c.edge(centre[t], t < h ? centre[t + 1] : snk, 0, s.capacity());
    }
    return c.feasible(snk, src);
  }

  /** The least peak fill any schedule holds, as {occupied, capacity}. */
  long[] optimalPeak(long intake) {
    List<long[]> candidates = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      long most = 0;
      for (int t = 1; t <= h; t++) {
        most = Math.max(most, base(i, t));
      }
      for (long k = 0; k <= most; k++) {
        candidates.add(new long[] {k, cap[i]});
      }
    }
    candidates.sort(
        (a, b) -> BigInteger.valueOf(a[0] * b[1]).compareTo(BigInteger.valueOf(b[0] * a[1])));
    int lo = -1;
    int hi = candidates.size() - 1; // the zero-transfer peak is a candidate at most this one
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (feasible(levels(candidates.get(mid)), intake)) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return candidates.get(hi);
  }

  long[] levels(long[] theta) {
    long[] level = new long[n];
    for (int i = 0; i < n; i++) {
      level[i] = Math.floorDiv(theta[0] * cap[i], theta[1]);
    }
    return level;
  }

  long[] capacities() {
    return cap.clone();
  }

  /** A flow network with lower bounds, decided by the standard reduction to one max-flow. */
  static final class Circulation {
    private final SimpleDirectedWeightedGraph<Integer, DefaultWeightedEdge> g =
        new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    private final Map<Integer, Long> excess = new HashMap<>();
    private int next;

    int node() {
      g.addVertex(next);
      return next++;
    }

    void edge(int u, int v, long lower, long upper) {
      if (lower > 0) {
        excess.merge(v, lower, Long::sum);
        excess.merge(u, -lower, Long::sum);
      }
      add(u, v, upper - lower);
    }

    private void add(int u, int v, double capacity) {
      if (capacity <= 0) {
        return;
      }
      DefaultWeightedEdge e = g.getEdge(u, v);
      if (e == null) {
        e = g.addEdge(u, v);
        g.setEdgeWeight(e, capacity);
      } else {
        g.setEdgeWeight(e, g.getEdgeWeight(e) + capacity);
      }
    }

    /** Feasible iff the max flow from a super source saturates every positive excess. */
    boolean feasible(int snk, int src) {
      add(snk, src, INF);
      int superSource = node();
      int superSink = node();
      long need = 0;
      for (Map.Entry<Integer, Long> e : excess.entrySet()) {
        if (e.getValue() > 0) {
          add(superSource, e.getKey(), e.getValue());
          need += e.getValue();
        } else if (e.getValue() < 0) {
          add(e.getKey(), superSink, -e.getValue());
        }
      }
      if (need == 0) {
        return true;
      }
      double flow = new PushRelabelMFImpl<>(g).getMaximumFlowValue(superSource, superSink);
      return Math.round(flow) == need;
    }
  }
}
