package org.alpfaq.kb;

import java.util.Arrays;
import java.util.List;
import org.alpfaq.i18n.Messages;

/**
 * A finding of the entry parser or the linter. It carries a message key and its values rather
 * than a sentence, so {@code kb check} can say it in the user's language; {@link #message()} is
 * the English text, the one JSON output and logs keep.
 *
 * @param origin the file (or jar resource) it concerns
 * @param line the line in that file, 0 when unknown
 * @param code the lint code, {@code KB001}…
 * @param key the message key in {@code org/alpfaq/messages*.properties}
 * @param args the values for the key's placeholders
 */
public record Problem(String origin, int line, String code, String key, List<String> args) {
    public Problem {
        args = List.copyOf(args);
    }

    public Problem(String origin, int line, String code, String key, Object... args) {
        this(origin, line, code, key, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** What is wrong, in one line of English. */
    public String message() {
        return message(new Messages(Lang.EN));
    }

    /** What is wrong, in one line of {@code messages}' language. */
    public String message(Messages messages) {
        return messages.get(key, args.toArray());
    }

    /** {@code file:line: CODE message}, the form compilers use, in {@code messages}' language. */
    public String describe(Messages messages) {
        return origin + (line > 0 ? ":" + line : "") + ": " + code + " " + message(messages);
    }

    @Override
    public String toString() {
        return describe(new Messages(Lang.EN));
    }
}
