package org.siarchive.sampling.selection;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * A streaming keyed draw under one seed: the bottom-{@code k} sample (the {@code k} smallest keys)
 * or the Bernoulli sample at rate {@code p} (keys below {@code floor(p 2^64)}, compared unsigned).
 * Offer the population's ids in any order, once each; the result does not depend on the order.
 * Memory is {@code O(k)} (a bounded max-heap) or {@code O(selected)}. Mutable and not thread-safe.
 *
 * <pre>{@code
 * KeyedDraw d = KeyedDraw.ofSize("2024-Q1", 5);
 * ids.forEach(d::offer);
 * List<String> sample = d.selected();   // ascending key order; ties by the ids' UTF-8 bytes
 *
 * KeyedDraw.ofRate("2024-Q1", new BigDecimal("0.05")).offerAll(ids).selected();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class KeyedDraw {
  /** Orders by unsigned key, then by unsigned UTF-8 bytes of the id. */
  static final Comparator<Keyed> ORDER =
      (a, b) -> {
        int c = Long.compareUnsigned(a.key, b.key);
        return c != 0 ? c : Arrays.compareUnsigned(a.idBytes, b.idBytes);
      };

  private final UnitKeys keys;
  private final String seed;
  private final int size;
  private final boolean all;
  private final long threshold;
  private final PriorityQueue<Keyed> heap;
  private final List<Keyed> bernoulli;
  private final Set<String> held = new HashSet<>();
  private long offered;

  // Exactly one of heap (bottom-k) and bernoulli is set, chosen by bottomK; every use tests heap.
  @SuppressWarnings("NullAway")
  private KeyedDraw(String seed, int size, boolean all, long threshold, boolean bottomK) {
    this.keys = UnitKeys.forSeed(seed);
    this.seed = seed;
    this.size = size;
    this.all = all;
    this.threshold = threshold;
    this.heap =
        bottomK
            ? new PriorityQueue<>(Math.max(1, Math.min(size, 1 << 16)) + 1, ORDER.reversed())
            : null;
    this.bernoulli = bottomK ? null : new ArrayList<>();
  }

  /**
   * Starts a bottom-{@code k} draw.
   *
   * @param seed the seed
   * @param size {@code k}, at least 0; a population of at most {@code k} units is selected whole
   * @return the draw
   */
  public static KeyedDraw ofSize(String seed, int size) {
    Objects.requireNonNull(seed, "seed");
    if (size < 0) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "Invalid value for size (valid values >= 0): %d", size));
    }
    return new KeyedDraw(seed, size, false, 0, true);
  }

  /**
   * Starts a Bernoulli draw.
   *
   * @param seed the seed
   * @param rate {@code p}, in [0, 1]; a unit is selected when its key is below {@code floor(p
   *     2^64)}
   * @return the draw
   */
  public static KeyedDraw ofRate(String seed, BigDecimal rate) {
    Objects.requireNonNull(seed, "seed");
    Objects.requireNonNull(rate, "rate");
    if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "Invalid value for rate (valid values 0 - 1): %s",
              rate.toPlainString()));
    }
    BigInteger t =
        rate.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(64)))
            .setScale(0, RoundingMode.FLOOR)
            .toBigIntegerExact();
    boolean all = t.bitLength() > 64;
    return new KeyedDraw(seed, 0, all, all ? 0 : t.longValue(), false);
  }

  /**
   * Returns the Bernoulli threshold {@code floor(p 2^64)} of a rate, for documentation and audit.
   *
   * @param rate {@code p}, in [0, 1]
   * @return the threshold, from 0 to {@code 2^64}
   */
  public static BigInteger thresholdOf(BigDecimal rate) {
    return Objects.requireNonNull(rate, "rate")
        .multiply(new BigDecimal(BigInteger.ONE.shiftLeft(64)))
        .setScale(0, RoundingMode.FLOOR)
        .toBigIntegerExact();
  }

  /**
   * Offers one unit.
   *
   * @param id the unit id, non-empty, without line feed, offered once
   * @return this draw
   * @throws IllegalArgumentException for an invalid id, or an id offered twice that would be
   *     selected
   */
  public KeyedDraw offer(String id) {
    byte[] bytes = UnitKeys.idBytes(id);
    offered++;
    return offerKeyed(keys.keyOfBytes(bytes), id, bytes);
  }

  private KeyedDraw offerKeyed(long key, String id, byte[] bytes) {
    if (heap != null) {
      if (size == 0) {
        return this;
      }
      if (heap.size() == size) {
        Keyed max = heap.peek();
        int c = Long.compareUnsigned(key, max.key);
        if (c > 0 || (c == 0 && Arrays.compareUnsigned(bytes, max.idBytes) >= 0)) {
          if (c == 0 && id.equals(max.id)) {
            throw duplicate(id);
          }
          return this;
        }
      }
      if (!held.add(id)) {
        throw duplicate(id);
      }
      heap.add(new Keyed(key, id, bytes));
      if (heap.size() > size) {
        held.remove(heap.poll().id);
      }
    } else if (all || Long.compareUnsigned(key, threshold) < 0) {
      if (!held.add(id)) {
        throw duplicate(id);
      }
      bernoulli.add(new Keyed(key, id, bytes));
    }
    return this;
  }

  /**
   * Adds the units another draw under the same seed and size (or rate) holds, as if they had been
   * offered here: the draw of a population offered in parts, one draw per part, merged in any order
   * and grouping, selects exactly what one draw over the whole population selects (the {@code k}
   * smallest keys of a union are the {@code k} smallest of the parts' {@code k} smallest), and
   * counts every unit offered to any part. This is how a cluster draws: one draw per partition, the
   * partitions' draws merged.
   *
   * <pre>{@code
   * KeyedDraw whole = KeyedDraw.ofSize(seed, 50).offerAll(firstHalf)
   *     .merge(KeyedDraw.ofSize(seed, 50).offerAll(secondHalf));
   * whole.selected();  // what one draw over both halves selects
   * }</pre>
   *
   * @param other a draw of another part of the population; it is not changed
   * @return this draw
   * @throws IllegalArgumentException when the other draw has another seed, size or rate, or holds a
   *     unit this draw holds (a unit offered to two parts)
   */
  public KeyedDraw merge(KeyedDraw other) {
    Objects.requireNonNull(other, "other");
    if (!seed.equals(other.seed)
        || size != other.size
        || all != other.all
        || threshold != other.threshold
        || (heap == null) != (other.heap == null)) {
      throw new IllegalArgumentException(
          "Invalid draw to merge: another seed, size or rate than this draw's");
    }
    for (Keyed k : other.heap != null ? other.heap : other.bernoulli) {
      offerKeyed(k.key, k.id, k.idBytes);
    }
    offered = Math.addExact(offered, other.offered);
    return this;
  }

  private static IllegalArgumentException duplicate(String id) {
    return new IllegalArgumentException("Invalid population: id \"" + id + "\" offered twice");
  }

  /**
   * Offers many units.
   *
   * @param ids the unit ids
   * @return this draw
   */
  public KeyedDraw offerAll(Iterable<String> ids) {
    for (String id : Objects.requireNonNull(ids, "ids")) {
      offer(id);
    }
    return this;
  }

  /** {@return how many units were offered} */
  public long offered() {
    return offered;
  }

  /**
   * Returns the selected ids.
   *
   * @return the sample in ascending key order (equal keys by the ids' unsigned UTF-8 bytes)
   */
  public List<String> selected() {
    List<Keyed> chosen = new ArrayList<>(heap != null ? heap : bernoulli);
    chosen.sort(ORDER);
    List<String> out = new ArrayList<>(chosen.size());
    for (Keyed k : chosen) {
      out.add(k.id);
    }
    return List.copyOf(out);
  }

  /** A unit with its key. */
  static final class Keyed {
    final long key;
    final String id;
    final byte[] idBytes;

    Keyed(long key, String id, byte[] idBytes) {
      this.key = key;
      this.id = id;
      this.idBytes = idBytes;
    }
  }
}
