package org.siarchive.sampling;

import java.util.Objects;

/**
 * A rule table (bundled or loaded by a host) that does not conform to its schema: names the
 * resource, the JSON pointer of the offending value and the value.
 *
 * <p>Example message: {@code iso2859-1-normal.json /rows/3/cells/2: unknown cell "1/"}.
 */
public final class RuleDataException extends SamplingException {
  private static final long serialVersionUID = 1L;

  private final String resource;
  private final String pointer;

  /**
   * Creates the exception.
   *
   * @param resource the file or resource name
   * @param pointer the JSON pointer of the offending value ({@code ""} for the document)
   * @param problem what is wrong, naming the value
   */
  public RuleDataException(String resource, String pointer, String problem) {
    super(Objects.requireNonNull(resource, "resource") + " " + (pointer.isEmpty() ? "/" : pointer) + ": " + problem);
    this.resource = resource;
    this.pointer = pointer;
  }

  /**
   * Creates the exception with a cause.
   *
   * @param resource the file or resource name
   * @param pointer the JSON pointer of the offending value
   * @param problem what is wrong
   * @param cause the underlying failure
   */
  public RuleDataException(String resource, String pointer, String problem, Throwable cause) {
    super(Objects.requireNonNull(resource, "resource") + " " + (pointer.isEmpty() ? "/" : pointer) + ": " + problem, cause);
    this.resource = resource;
    this.pointer = pointer;
  }

  /**
   * Returns the file or resource name.
   *
   * @return the resource, never null
   */
  public String resource() {
    return resource;
  }

  /**
   * Returns the JSON pointer of the offending value.
   *
   * @return the pointer, {@code ""} for the whole document
   */
  public String pointer() {
    return pointer;
  }
}
