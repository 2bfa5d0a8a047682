package org.siarchive.rules.quality;

import org.siarchive.core.json.LineResult;

/**
 * Receives a run's results one record at a time, in input order, on the thread that called {@link
 * QualityRun#run}, whether or not the run is parallel. Reports and notices are built by listeners.
 *
 * <pre>{@code
 * QualityRun.builder(suite, context)
 *     .listener(new RunListener() {
 *       public void checked(VolumeResult r) { if (r.hasDefects()) print(r); }
 *     })
 *     .build()
 *     .run(Path.of("volumes.jsonl"));
 * }</pre>
 *
 * @since 0.1.0
 */
public interface RunListener {
  /**
   * A volume was decoded and checked.
   *
   * @param result the volume, its line and the defects found
   */
  default void checked(VolumeResult result) {}

  /**
   * A record was rejected: its line could not be decoded into a valid volume.
   *
   * @param rejected the line, its 1-based number and the reason
   */
  default void rejected(LineResult.Rejected rejected) {}
}
