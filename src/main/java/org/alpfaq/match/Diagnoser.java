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
    /** Every signature, numbered: owner entry and index within it. */
    private final Entry[] owner;
    private final Signature[] sigs;
    private final int[] sigIndex;
    /** Signatures with no usable literal: tried on every line. */
    private final int[] always;
    private final AhoCorasick literals;

    public Diagnoser(KnowledgeBase kb) {
        this.entries = kb.entries().stream().filter(e -> !e.signatures().isEmpty()).toList();
        int n = entries.stream().mapToInt(e -> e.signatures().size()).sum();
        owner = new Entry[n];
        sigs = new Signature[n];
        sigIndex = new int[n];
        literals = new AhoCorasick();
        List<Integer> alwaysList = new ArrayList<>();
        int k = 0;
        for (Entry e : entries) {
            for (int i = 0; i < e.signatures().size(); i++, k++) {
                owner[k] = e;
                sigs[k] = e.signatures().get(i);
                sigIndex[k] = i;
                Set<String> req = Literals.required(sigs[k].source());
                if (req == null) {
                    alwaysList.add(k);
                } else {
                    for (String lit : req) {
                        literals.add(lit, k);
                    }
                }
            }
        }
        literals.build();
        always = alwaysList.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Signatures that run on every line because no literal could be drawn from them. */
    public List<String> unfiltered() {
        return java.util.Arrays.stream(always).mapToObj(i -> sigs[i].source()).toList();
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
        Session session = session();
        HitSink sink = (e, index, sig, lineNo, line, m) -> states.computeIfAbsent(e, x -> new State()).add(index, sig, lineNo, line, m);
        long lineNo = 0;
        boolean anyText = false;
        String raw;
        while ((raw = reader.next()) != null) {
            lineNo++;
            if (progress != null && (lineNo & 0xFFFF) == 0) {
                progress.lines(lineNo);
            }
            anyText |= session.feed(raw, lineNo, sink, !anyText);
        }
        List<Finding> findings = new ArrayList<>();
        states.forEach((e, st) -> {
            if (st.counts(e)) {
                findings.add(st.finding(e));
            }
        });
        findings.sort(Comparator.comparingInt(Finding::score).reversed()
                .thenComparingLong(Finding::firstLine)
                .thenComparing(f -> f.entry().id()));
        return new Diagnosis(List.copyOf(findings), lineNo, anyText);
    }

    /** Receives each signature match of a line. */
    public interface HitSink {
        void hit(Entry entry, int signatureIndex, Signature signature, long lineNo, String line, Matcher m);
    }

    /** Line-at-a-time matching with its own scratch space; for following logs (watch, run). */
    public Session session() {
        return new Session();
    }

    /** Matches lines one at a time; not thread-safe, one per reader. */
    public final class Session {
        private final int[] stamp = new int[sigs.length];
        private final int[] cand = new int[sigs.length];
        private int generation;
        private int count;

        /**
         * Matches one raw line.
         *
         * @param needText also report whether the line holds any text once cleaned (costs a clean-up)
         * @return true when the line held text (only reliable when {@code needText} or when it matched)
         */
        public boolean feed(String raw, long lineNo, HitSink sink, boolean needText) {
            if (++generation == 0) {
                java.util.Arrays.fill(stamp, 0);
                generation = 1;
            }
            // A line with escapes or control characters is cleaned before the literal scan, since
            // they can sit inside a message; otherwise the clean line is a part of the raw one,
            // so scanning the raw line finds every literal the clean line has.
            boolean dirty = needsCleaningFirst(raw);
            String line = dirty ? Normalizer.clean(raw) : null;
            count = 0;
            literals.scan(dirty ? line : raw, this::candidate);
            int n = count;
            boolean text = false;
            if (needText || n > 0 || always.length > 0) {
                if (line == null) {
                    line = Normalizer.clean(raw);
                }
                if (line.isEmpty()) {
                    return false;
                }
                text = true;
            }
            if (n == 0 && always.length == 0) {
                return text;
            }
            for (int id : always) {
                cand[n++] = id;
            }
            java.util.Arrays.sort(cand, 0, n);
            for (int c = 0; c < n; c++) {
                int id = cand[c];
                Matcher m = sigs[id].pattern().matcher(line);
                if (m.find()) {
                    sink.hit(owner[id], sigIndex[id], sigs[id], lineNo, line, m);
                }
            }
            return text;
        }

        private void candidate(int id) {
            if (stamp[id] != generation) {
                stamp[id] = generation;
                cand[count++] = id;
            }
        }
    }

    static boolean needsCleaningFirst(String raw) {
        for (int i = 0, n = raw.length(); i < n; i++) {
            char c = raw.charAt(i);
            if ((c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F) || c == '^') {
                return true;
            }
        }
        return false;
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

        /** Supporting signatures alone are no finding: they need a second signature of the entry. */
        boolean counts(Entry e) {
            boolean standalone = matched.stream().anyMatch(i -> !e.signatures().get(i).supporting());
            return standalone || matched.cardinality() >= 2;
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
