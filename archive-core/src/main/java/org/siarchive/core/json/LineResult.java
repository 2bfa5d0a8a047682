package org.siarchive.core.json;

import java.util.Objects;
import org.siarchive.core.model.Volume;

/**
 * What became of one line of a JSON Lines file: decoded into a volume, or rejected with its
 * location and reason. Every line that holds a record yields exactly one result.
 *
 * <pre>{@code
 * if (result instanceof LineResult.Rejected r) {
 *   System.err.println(r.line() + " " + r.pointer() + " " + r.message());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public sealed interface LineResult permits LineResult.Decoded, LineResult.Rejected {

  /** {@return the 1-based line number in the file} */
  long line();

  /**
   * A line decoded into a valid volume.
   *
   * @param line the 1-based line number
   * @param volume the volume
   */
  record Decoded(long line, Volume volume) implements LineResult {
    /**
     * Checks the fields.
     *
     * @param line the 1-based line number
     * @param volume the volume
     */
    public Decoded {
      Objects.requireNonNull(volume, "volume");
    }
  }

  /**
   * A line refused, with where and why.
   *
   * @param line the 1-based line number
   * @param pointer the JSON pointer of the offending value; {@code ""} for the whole line
   * @param message what is wrong, personal identifiers masked
   */
  record Rejected(long line, String pointer, String message) implements LineResult {
    /**
     * Checks the fields.
     *
     * @param line the 1-based line number
     * @param pointer the JSON pointer of the offending value; {@code ""} for the whole line
     * @param message what is wrong, personal identifiers masked
     */
    public Rejected {
      Objects.requireNonNull(pointer, "pointer");
      Objects.requireNonNull(message, "message");
    }
  }
}
