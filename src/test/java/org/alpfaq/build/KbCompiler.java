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
                org.alpfaq.match.Diagnoser.compile(entries), org.alpfaq.render.MarkdownTree::compile);
        compileMessages(out.resolve("org/alpfaq"));
        System.out.println("[alpfaq] compiled " + entries.size() + " knowledge-base entries into " + out.resolve("kb.idx"));
    }

    /** Each messages*.properties beside the classes gets its compiled .bin twin (see Messages). */
    static void compileMessages(Path dir) throws java.io.IOException {
        try (java.nio.file.DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "messages*.properties")) {
            for (Path p : ds) {
                java.util.Properties props = new java.util.Properties();
                try (java.io.Reader r = Files.newBufferedReader(p, java.nio.charset.StandardCharsets.UTF_8)) {
                    props.load(r);
                }
                String name = p.getFileName().toString();
                Files.write(dir.resolve(name.substring(0, name.length() - ".properties".length()) + ".bin"),
                        org.alpfaq.i18n.Messages.encode(props));
            }
        }
    }
}
