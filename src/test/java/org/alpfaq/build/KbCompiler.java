package org.alpfaq.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.alpfaq.kb.EntryParser;
import org.alpfaq.kb.Entry;
import org.alpfaq.kb.KbIndex;
import org.alpfaq.kb.KbLoader;
import org.alpfaq.kb.Problem;

/**
 * Build tool, run by Maven after the classes are compiled: parses {@code kb/*.md} once and writes
 * the compact index the jar loads at start-up. A bundled entry that cannot be parsed fails the build.
 * Lives with the test sources because it is never shipped.
 */
public final class KbCompiler {
    private KbCompiler() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path out = Path.of(args[1]); // the directory that gets kb.idx and kb.body/
        List<Problem> problems = new ArrayList<>();
        List<KbLoader.Source> sources = Files.isDirectory(dir) ? KbLoader.directory(dir, problems) : List.of();
        List<Entry> entries = new ArrayList<>();
        for (KbLoader.Source s : sources) {
            EntryParser.Result r = EntryParser.parse(s.id(), s.content(), "kb/" + s.id() + ".md");
            if (r.ok()) {
                entries.add(r.entry());
            } else {
                problems.addAll(r.problems());
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> System.err.println(p));
            throw new IllegalStateException(problems.size() + " problems in the bundled knowledge base");
        }
        // Literals are worked out here for the index and again inside compile(), by the same
        // function, so the matcher's numbering of literal sets is the one start-up reads back.
        KbIndex.write(entries, KbIndex.revision(sources), out, org.alpfaq.match.Diagnoser::requiredLiterals,
                org.alpfaq.match.Diagnoser.compile(entries));
        System.out.println("[alpfaq] compiled " + entries.size() + " knowledge-base entries into " + out.resolve("kb.idx"));
    }
}
