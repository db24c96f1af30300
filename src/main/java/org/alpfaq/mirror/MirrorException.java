package org.alpfaq.mirror;

/** A mirror operation that could not be done; the message is one line for the user. */
public final class MirrorException extends Exception {
    private static final long serialVersionUID = 1L;

    public enum Kind { USAGE, FAILURE }

    private final Kind kind;

    public MirrorException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public MirrorException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
