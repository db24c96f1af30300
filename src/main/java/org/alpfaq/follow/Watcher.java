package org.alpfaq.follow;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.alpfaq.kb.Entry;
import org.alpfaq.match.Diagnoser;

/**
 * Turns a stream of log lines into findings as they appear, each distinct problem once:
 * the same entry with the same captured values (the same service, the same tty) is not
 * reported again, so a respawning getty does not flood the output.
 */
public final class Watcher {
    /** A problem seen for the first time. */
    public record Event(String source, long line, Entry entry, String text, Map<String, String> captures) {}

    private final Diagnoser.Session session;
    private final Consumer<Event> out;
    private final Set<String> seen = new HashSet<>();

    public Watcher(Diagnoser diagnoser, Consumer<Event> out) {
        this.session = diagnoser.session();
        this.out = out;
    }

    public void line(String source, long lineNo, String raw) {
        session.feed(raw, lineNo, (entry, index, sig, n, line, m) -> {
            if (sig.supporting()) {
                return; // needs a second signature of its entry, which one line cannot show
            }
            Map<String, String> captures = new TreeMap<>();
            for (String name : sig.groupNames()) {
                String v = m.group(name);
                if (v != null) {
                    captures.put(name, v);
                }
            }
            if (seen.add(entry.id() + "\u0000" + captures)) {
                out.accept(new Event(source, n, entry, line, captures));
            }
        }, false);
    }

    /** Problems reported so far. */
    public int count() {
        return seen.size();
    }
}
