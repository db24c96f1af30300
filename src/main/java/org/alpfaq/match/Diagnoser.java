package org.alpfaq.match;

import com.google.re2j.Matcher;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alpfaq.kb.Entry;
import org.alpfaq.kb.KnowledgeBase;
import org.alpfaq.kb.Severity;
import org.alpfaq.kb.Signature;

/**
 * Matches text against every signature of a knowledge base, line by line, and ranks the entries
 * that matched. Pure apart from reading the given {@link Reader}; the input is streamed.
 */
public final class Diagnoser {
    /** Matched lines kept per finding; the count goes on. */
    public static final int MAX_HITS = 5;
    /** Extra signatures that add to a score: enough to break ties, too few to beat a heavier cause. */
    static final int MAX_BONUS = 5;

    private final List<Entry> entries;

    public Diagnoser(KnowledgeBase kb) {
        this.entries = kb.entries().stream().filter(e -> !e.signatures().isEmpty()).toList();
    }

    /** Progress callback: lines read so far. */
    public interface Progress {
        void lines(long count);
    }

    public Diagnosis diagnose(String text) {
        try {
            return diagnose(new StringReader(text), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Diagnosis diagnose(Reader in, Progress progress) throws IOException {
        LineReader reader = new LineReader(in);
        Map<Entry, State> states = new LinkedHashMap<>();
        long lineNo = 0;
        long textLines = 0;
        String raw;
        while ((raw = reader.next()) != null) {
            lineNo++;
            if (progress != null && (lineNo & 0xFFFF) == 0) {
                progress.lines(lineNo);
            }
            String line = Normalizer.clean(raw);
            if (line.isEmpty()) {
                continue;
            }
            textLines++;
            for (Entry e : entries) {
                List<Signature> sigs = e.signatures();
                for (int i = 0; i < sigs.size(); i++) {
                    Matcher m = sigs.get(i).pattern().matcher(line);
                    if (m.find()) {
                        states.computeIfAbsent(e, k -> new State()).add(i, sigs.get(i), lineNo, line, m);
                    }
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        states.forEach((e, s) -> findings.add(s.finding(e)));
        findings.sort(Comparator.comparingInt(Finding::score).reversed()
                .thenComparingLong(Finding::firstLine)
                .thenComparing(f -> f.entry().id()));
        return new Diagnosis(List.copyOf(findings), lineNo, textLines);
    }

    private static final class State {
        int best;
        final java.util.BitSet matched = new java.util.BitSet();
        final List<Hit> hits = new ArrayList<>();
        long count;
        final Map<String, String> captures = new LinkedHashMap<>();

        void add(int index, Signature sig, long lineNo, String line, Matcher m) {
            best = Math.max(best, sig.weight());
            matched.set(index);
            count++;
            if (hits.size() < MAX_HITS) {
                hits.add(new Hit(lineNo, line, sig.source(), m.start(), m.end()));
            }
            Set<String> names = sig.groupNames();
            for (String name : names) {
                String v = m.group(name);
                if (v != null && !v.isEmpty()) {
                    captures.putIfAbsent(name, v);
                }
            }
        }

        Finding finding(Entry e) {
            int score = best + Math.min(MAX_BONUS, matched.cardinality() - 1);
            if (e.severity() == Severity.HARMLESS) {
                score = Math.min(score, 1);
            }
            return new Finding(e, score, List.copyOf(hits), count, Map.copyOf(captures));
        }
    }
}
