package org.alpfaq.cli;

/** A failure the user can act on: its message is printed as one line and its code is the exit code. */
final class AlpfaqException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    AlpfaqException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    AlpfaqException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    static AlpfaqException usage(String message) {
        return new AlpfaqException(ExitCodes.USAGE, message);
    }

    static AlpfaqException failure(String message, Throwable cause) {
        return new AlpfaqException(ExitCodes.FAILURE, message, cause);
    }

    int exitCode() {
        return exitCode;
    }
}
