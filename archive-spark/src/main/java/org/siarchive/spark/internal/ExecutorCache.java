package org.siarchive.spark.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Rules loaded once per executor JVM: a job ships its rule files' bytes once (a broadcast), and
 * each executor parses them the first time a task needs them, keyed by the bytes' digest.
 */
public final class ExecutorCache {
  private static final ConcurrentHashMap<String, Object> CACHE = new ConcurrentHashMap<>();

  private ExecutorCache() {}

  /** The value for the key, made once per JVM. */
  @SuppressWarnings("unchecked") // each key is made by one job type, which names its value's type
  public static <T> T get(String key, Supplier<T> make) {
    return (T) CACHE.computeIfAbsent(key, k -> make.get());
  }
}
