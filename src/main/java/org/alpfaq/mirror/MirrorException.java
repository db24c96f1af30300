package org.alpfaq.mirror;

import java.util.Arrays;
import java.util.List;
import org.alpfaq.i18n.Messages;
import org.alpfaq.kb.Lang;

/**
 * A mirror operation that could not be done. It carries a message key and its values, so the
 * command line can say it in the user's language; {@link #getMessage()} is the English text.
 */
public final class MirrorException extends Exception {
    private static final long serialVersionUID = 1L;

    public enum Kind { USAGE, FAILURE }

    private final Kind kind;
    private final String key;
    private final List<String> args;

    public MirrorException(Kind kind, String key, Object... args) {
        this(kind, null, key, args);
    }

    public MirrorException(Kind kind, Throwable cause, String key, Object... args) {
        super(new Messages(Lang.EN).get(key, args), cause);
        this.kind = kind;
        this.key = key;
        this.args = Arrays.stream(args).map(String::valueOf).toList();
    }

    public Kind kind() {
        return kind;
    }

    /** The message in {@code messages}' language. */
    public String message(Messages messages) {
        return messages.get(key, args.toArray());
    }
}
