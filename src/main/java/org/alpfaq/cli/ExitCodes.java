package org.alpfaq.cli;

/** The exit codes, listed in {@code --help} and {@code docs/exit-codes.md}. */
final class ExitCodes {
    static final int OK = 0;
    static final int NOT_FOUND = 1;
    static final int USAGE = 2;
    static final int FAILURE = 3;

    private ExitCodes() {}
}
