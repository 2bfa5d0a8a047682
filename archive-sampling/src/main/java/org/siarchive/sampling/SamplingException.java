package org.siarchive.sampling;

import org.jspecify.annotations.Nullable;

/**
 * The root of the unchecked exceptions that {@code archive-sampling} throws beyond plain argument
 * validation. Its subtypes carry their context as data.
 *
 * <p>Example: {@code try { ... } catch (SamplingException e) { log(e.getMessage()); }}
 *
 * @since 0.1.0
 */
public abstract class SamplingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message (never {@code null}).
   *
   * @param message what failed, naming the values involved
   */
  protected SamplingException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what failed, naming the values involved
   * @param cause the underlying failure
   */
  protected SamplingException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
