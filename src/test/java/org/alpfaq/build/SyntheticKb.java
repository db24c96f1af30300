package org.alpfaq.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.alpfaq.kb.Entry;
import org.alpfaq.kb.KbIndex;
import org.alpfaq.kb.KbLoader;
import org.alpfaq.kb.Signature;

/**
 * Benchmark tool: writes a compiled index with N times the bundled signatures, for the scale
 * benchmark (src/bench/bench.sh). Each copy's signatures get a distinct literal prefix, so the
 * automaton grows as it would with genuinely new entries and the copies never match real logs.
 */
public final class SyntheticKb {
    private SyntheticKb() {}

    public static void main(String[] args) throws Exception {
        int times = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]); // a directory: kb.idx and kb.body/
        List<Entry> base = KbLoader.bundledEntries();
        List<Entry> all = new ArrayList<>(base);
        for (int i = 1; i < times; i++) {
            for (Entry e : base) {
                List<Signature> sigs = new ArrayList<>();
                for (Signature s : e.signatures()) {
                    sigs.add(new Signature("zq" + i + "x" + e.id().hashCode() + " " + s.source(), s.weight()));
                }
                all.add(new Entry(e.id() + "-copy" + i, e.kind(), e.titles(), List.of(), e.tags(), e.severity(), sigs,
                        e.references(), List.of(), e.sections(), List.of(), e.origin()));
            }
        }
        // The matcher is compiled too, as the build does for the bundled base: the scale benchmark
        // measures what a bigger bundled base would cost.
        KbIndex.write(all, times, out, org.alpfaq.match.Diagnoser::requiredLiterals, org.alpfaq.match.Diagnoser.compile(all), org.alpfaq.render.MarkdownTree::compile);
        System.out.println(all.size() + " entries, " + all.stream().mapToInt(e -> e.signatures().size()).sum() + " signatures -> " + out);
    }
}
