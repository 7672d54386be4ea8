package dev.coverage.examples.cli;

/** A command line that cannot run as given: the message says what to change. */
final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
