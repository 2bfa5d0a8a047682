package org.siarchive.rules.simulation.internal;

import java.util.SplittableRandom;

/**
 * Random streams keyed by (seed, replication, purpose, entity): each draw of the model comes from
 * the stream of what it is about (a sub-centre's day of formation, a volume's inspection at a
 * stage, a batch's step), never from a shared generator, so two scenarios that meet the same entity
 * draw the same numbers (common random numbers) and replications are independent. The key is folded
 * by SplitMix64's finaliser (Steele, Lea, Flood 2014) and seeds a {@link SplittableRandom}.
 */
public final class Streams {
  /** What a stream is for; its code is part of the key. */
  public enum Purpose {
    /** How many volumes a sub-centre forms on a day, and which. */
    FORMATION(1),
    /** Whether an inspector who could see a defect sees it. */
    DEFECTS(2),
    /** A job's service-time noise. */
    SERVICE(3);

    private final int code;

    Purpose(int code) {
      this.code = code;
    }
  }

  private final long seed;
  private final int replication;

  /** The streams of one replication of a run. */
  public Streams(long seed, int replication) {
    this.seed = seed;
    this.replication = replication;
  }

  /** The stream of an entity for a purpose. */
  public SplittableRandom of(Purpose purpose, long a, long b) {
    return new SplittableRandom(key(purpose, a, b));
  }

  /** The first uniform [0, 1) draw of an entity's stream, without making a generator. */
  public double uniform(Purpose purpose, long a, long b) {
    return (mix(key(purpose, a, b) + 0x9E3779B97F4A7C15L) >>> 11) * 0x1.0p-53;
  }

  private long key(Purpose purpose, long a, long b) {
    long h = mix(seed ^ 0x5DEECE66DL);
    h = mix(h + replication * 0xBF58476D1CE4E5B9L + 1);
    h = mix(h + purpose.code * 0x94D049BB133111EBL + 2);
    h = mix(h + a * 0x9E3779B97F4A7C15L + 3);
    return mix(h + b * 0xD6E8FEB86659FD93L + 4);
  }

  /** SplitMix64's finaliser. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
