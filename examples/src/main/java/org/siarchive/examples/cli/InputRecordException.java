package org.siarchive.examples.cli;

/**
 * A record of an input file that cannot be used: names the file and line. Not an argument error, so
 * the command exits with status 1.
 */
final class InputRecordException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InputRecordException(String message) {
    super(message);
  }

  InputRecordException(String message, Throwable cause) {
    super(message, cause);
  }
}
