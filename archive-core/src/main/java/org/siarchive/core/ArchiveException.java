package org.siarchive.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The root of the unchecked exceptions thrown by siarchive's core: invalid values, identifiers and
 * JSON input. A defect found in an archive is never an exception; it is a {@link
 * org.siarchive.core.defect.Defect} in a result.
 *
 * <p>Messages name the field, the constraint and the value, formatted with {@code Locale.ROOT};
 * personal identifiers appear only masked.
 *
 * @since 0.1.0
 */
public class ArchiveException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what is wrong, naming the field and value
   */
  public ArchiveException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what is wrong, naming the field and value
   * @param cause the underlying failure
   */
  public ArchiveException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  /** The message given at construction, never null. */
  @Override
  public String getMessage() {
    return Objects.requireNonNull(super.getMessage(), "message");
  }
}
