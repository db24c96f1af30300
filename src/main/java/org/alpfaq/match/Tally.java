package org.alpfaq.match;

import com.google.re2j.Matcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alpfaq.kb.Entry;
import org.alpfaq.kb.Severity;
import org.alpfaq.kb.Signature;

/**
 * What one entry's signatures matched in an input: the score so far, the first matched lines, how
 * many matched, the captures. Tallies of parts of an input add up in input order.
 */
final class Tally {
    int best;
    final java.util.BitSet matched = new java.util.BitSet();
    final List<Hit> hits = new ArrayList<>();
    long count;
    long lastPosition = -1;
    /** Where the first matched line stands in the whole input. */
    long first = Long.MAX_VALUE;
    final Map<String, String> captures = new LinkedHashMap<>();

    /**
     * @param position the line's number in the whole input (all inputs in order)
     * @param lineNo its number in its own input
     */
    void add(int index, Signature sig, long position, long lineNo, String file, String line, Matcher m) {
        best = Math.max(best, sig.weight());
        matched.set(index);
        // One hit per line: a second signature matching the same line adds to the score, not to the list.
        if (position != lastPosition) {
            lastPosition = position;
            first = Math.min(first, position);
            count++;
            if (hits.size() < Diagnoser.MAX_HITS) {
                hits.add(new Hit(lineNo, line, sig.source(), m.start(), m.end(), file));
            }
        }
        Set<String> names = sig.groupNames();
        for (String name : names) {
            String v = m.group(name);
            if (v != null && !v.isEmpty()) {
                captures.putIfAbsent(name, v);
            }
        }
    }

    /** Adds what a later part of the input found, its line numbers moved on by {@code offset}. */
    void absorb(Tally later, long offset) {
        best = Math.max(best, later.best);
        matched.or(later.matched);
        for (Hit h : later.hits) {
            if (hits.size() >= Diagnoser.MAX_HITS) {
                break;
            }
            hits.add(new Hit(h.line() + offset, h.text(), h.signature(), h.start(), h.end(), h.file()));
        }
        if (later.first != Long.MAX_VALUE) {
            first = Math.min(first, later.first + offset);
        }
        count += later.count;
        for (Map.Entry<String, String> c : later.captures.entrySet()) {
            captures.putIfAbsent(c.getKey(), c.getValue());
        }
    }

    /** Supporting signatures alone are no finding: they need a second signature of the entry. */
    boolean counts(Entry e) {
        for (int i = matched.nextSetBit(0); i >= 0; i = matched.nextSetBit(i + 1)) {
            if (!e.signatures().get(i).supporting()) {
                return true;
            }
        }
        return matched.cardinality() >= 2;
    }

    Finding finding(Entry e) {
        int score = best + Math.min(Diagnoser.MAX_BONUS, matched.cardinality() - 1);
        if (e.severity() == Severity.HARMLESS) {
            score = Math.min(score, 1);
        }
        return new Finding(e, score, List.copyOf(hits), count, Map.copyOf(captures), first);
    }

    /**
     * Highest score first, then the earliest line, then the id. Written out as classes rather than
     * lambdas here and in the scan: the first lambda of a run costs milliseconds of start-up.
     */
    static final Comparator<Finding> RANK = new Comparator<>() {
        @Override
        public int compare(Finding a, Finding b) {
            int c = Integer.compare(b.score(), a.score());
            if (c == 0) {
                c = Long.compare(a.first(), b.first());
            }
            return c != 0 ? c : a.entry().id().compareTo(b.entry().id());
        }
    };

    /** The tallies that make findings, best first. */
    static List<Finding> ranked(Map<Entry, Tally> states) {
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<Entry, Tally> e : states.entrySet()) {
            if (e.getValue().counts(e.getKey())) {
                findings.add(e.getValue().finding(e.getKey()));
            }
        }
        findings.sort(RANK);
        return findings;
    }
}
