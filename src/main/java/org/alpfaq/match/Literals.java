package org.alpfaq.match;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds strings that every match of a regular expression must contain: a set of alternatives,
 * one of which occurs in any matching text. Matching then runs a regex only on lines where one
 * of its literals occurs. All literals are lower-cased character by character, and so is the
 * text they are looked for in, which keeps the test necessary for case-insensitive patterns too.
 *
 * <p>Anything this small parser does not understand yields "no requirement", which only costs
 * speed: the regex then runs on every line.
 */
final class Literals {
    /** Alternatives shorter than this hit too many lines to be worth it. */
    static final int MIN_LENGTH = 3;

    private final String re;
    private int pos;

    private Literals(String re) {
        this.re = re;
    }

    /** The literals one of which every match contains, lower-cased; null when none could be found. */
    static Set<String> required(String regex) {
        try {
            Literals p = new Literals(regex);
            Node n = p.alternation();
            if (p.pos != regex.length()) {
                return null;
            }
            Set<String> best = n.required;
            if (best == null || best.isEmpty() || best.stream().anyMatch(s -> s.length() < MIN_LENGTH) || best.size() > 64) {
                return null;
            }
            return best;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * What is known of a piece of pattern.
     *
     * @param exact the whole set of strings it matches, when small and known (else null)
     * @param required a set one of which every match contains (else null)
     */
    private record Node(Set<String> exact, Set<String> required, List<Set<String>> all) {
        static final Node ANY = new Node(null, null, List.of());
        static final Node EMPTY = new Node(Set.of(""), null, List.of());

        Node(Set<String> exact, Set<String> required) {
            this(exact, required, required == null ? List.of() : List.of(required));
        }

        /** Every set this piece requires: its own exact strings when known, else its conjunction. */
        List<Set<String>> conjunction() {
            Set<String> e = exact != null ? nonEmpty(exact) : null;
            if (e != null) {
                return List.of(e);
            }
            return all;
        }
    }

    /**
     * Sets of literals that every match contains, one from each set (a conjunction of
     * alternatives), longest first, at most four; null when none is usable.
     */
    static List<Set<String>> requiredAll(String regex) {
        try {
            Literals p = new Literals(regex);
            Node n = p.alternation();
            if (p.pos != regex.length()) {
                return null;
            }
            List<Set<String>> out = new ArrayList<>();
            for (Set<String> set : n.conjunction()) {
                if (!set.isEmpty() && set.size() <= 64 && set.stream().allMatch(x -> x.length() >= MIN_LENGTH) && !out.contains(set)) {
                    out.add(set);
                }
            }
            if (out.isEmpty()) {
                return null;
            }
            out.sort(java.util.Comparator.comparingInt(Literals::minLen).reversed());
            return List.copyOf(out.subList(0, Math.min(4, out.size())));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Node alternation() {
        List<Node> alts = new ArrayList<>();
        alts.add(concat());
        while (pos < re.length() && re.charAt(pos) == '|') {
            pos++;
            alts.add(concat());
        }
        if (alts.size() == 1) {
            return alts.get(0);
        }
        Set<String> exact = new LinkedHashSet<>();
        Set<String> req = new LinkedHashSet<>();
        for (Node a : alts) {
            if (exact != null) {
                if (a.exact == null) {
                    exact = null;
                } else {
                    exact.addAll(a.exact);
                }
            }
            Set<String> r = a.exact != null && a.exact.stream().allMatch(s -> !s.isEmpty()) ? a.exact : a.required;
            if (req != null) {
                if (r == null) {
                    req = null;
                } else {
                    req.addAll(r);
                }
            }
        }
        if (exact != null && exact.size() > 64) {
            exact = null;
        }
        return new Node(exact, req, req == null ? List.of() : List.of(req));
    }

    private Node concat() {
        // Runs of exactly-known pieces are joined; the best required set of the pieces wins, and
        // every piece's requirements together form the conjunction.
        Set<String> run = Set.of("");
        Set<String> best = null;
        List<Set<String>> all = new ArrayList<>();
        boolean allExact = true;
        while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
            Node atom = quantified(atom());
            if (atom.exact != null) {
                Set<String> joined = cross(run, atom.exact);
                if (joined == null) {
                    // Too many combinations: keep what the run required so far, start again at this atom.
                    allExact = false;
                    best = better(best, nonEmpty(run));
                    addTo(all, nonEmpty(run));
                    joined = atom.exact.size() <= 16 ? atom.exact : Set.of("");
                }
                run = joined;
            } else {
                allExact = false;
                best = better(best, nonEmpty(run));
                addTo(all, nonEmpty(run));
                best = better(best, atom.required);
                all.addAll(atom.all);
                run = Set.of("");
            }
        }
        best = better(best, nonEmpty(run));
        if (!allExact) {
            addTo(all, nonEmpty(run));
        }
        return new Node(allExact ? run : null, best, all);
    }

    private static void addTo(List<Set<String>> all, Set<String> set) {
        if (set != null) {
            all.add(set);
        }
    }

    private static Set<String> nonEmpty(Set<String> s) {
        return s.stream().allMatch(String::isEmpty) || s.stream().anyMatch(String::isEmpty) ? null : s;
    }

    private static Set<String> cross(Set<String> a, Set<String> b) {
        if ((long) a.size() * b.size() > 16) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String x : a) {
            for (String y : b) {
                out.add(x + y);
            }
        }
        return out;
    }

    /** The set whose shortest member is longest: it filters best. */
    private static Set<String> better(Set<String> a, Set<String> b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return minLen(b) > minLen(a) ? b : a;
    }

    private static int minLen(Set<String> s) {
        return s.stream().mapToInt(String::length).min().orElse(0);
    }

    private Node quantified(Node atom) {
        if (pos >= re.length()) {
            return atom;
        }
        char c = re.charAt(pos);
        Node out = atom;
        if (c == '?' && atom.exact != null && atom.exact.size() <= 8) {
            // x? is x or nothing: still exactly known, so "time ?zone" gives "timezone" and "time zone".
            pos++;
            java.util.Set<String> e = new java.util.LinkedHashSet<>(atom.exact);
            e.add("");
            out = new Node(e, null, List.of());
        } else if (c == '*' || c == '?') {
            pos++;
            out = Node.ANY;
        } else if (c == '+') {
            pos++;
            out = new Node(null, atom.exact != null ? nonEmpty(atom.exact) : atom.required, atom.conjunction());
        } else if (c == '{') {
            int close = re.indexOf('}', pos);
            String body = close < 0 ? "" : re.substring(pos + 1, close);
            if (close > 0 && body.matches("\\d+(,\\d*)?")) {
                pos = close + 1;
                int min = Integer.parseInt(body.split(",", -1)[0]);
                out = min == 0 ? Node.ANY : new Node(null, atom.exact != null ? nonEmpty(atom.exact) : atom.required, atom.conjunction());
            } else {
                return atom;
            }
        } else {
            return atom;
        }
        if (pos < re.length() && re.charAt(pos) == '?') {
            pos++; // lazy
        }
        return out;
    }

    private Node atom() {
        char c = re.charAt(pos);
        switch (c) {
            case '(' -> {
                pos++;
                if (re.startsWith("?", pos)) {
                    // (?:…) (?P<n>…) (?<n>…) (?i) (?i:…)
                    int close;
                    if (re.startsWith("?P<", pos) || re.startsWith("?<", pos)) {
                        close = re.indexOf('>', pos);
                        pos = close + 1;
                    } else {
                        int colon = pos + 1;
                        while (colon < re.length() && Character.isLetter(re.charAt(colon)) || (colon < re.length() && re.charAt(colon) == '-')) {
                            colon++;
                        }
                        if (colon < re.length() && re.charAt(colon) == ')') {
                            pos = colon + 1;
                            return Node.EMPTY; // flags only
                        }
                        if (colon >= re.length() || re.charAt(colon) != ':') {
                            throw new IllegalArgumentException("group");
                        }
                        pos = colon + 1;
                    }
                }
                Node inner = alternation();
                if (pos >= re.length() || re.charAt(pos) != ')') {
                    throw new IllegalArgumentException("unclosed group");
                }
                pos++;
                return inner;
            }
            case '[' -> {
                skipClass();
                return Node.ANY;
            }
            case '.' -> {
                pos++;
                return Node.ANY;
            }
            case '^', '$' -> {
                pos++;
                return Node.EMPTY;
            }
            case '\\' -> {
                return escape();
            }
            default -> {
                pos++;
                return literal(c);
            }
        }
    }

    private Node literal(char c) {
        return new Node(Set.of(String.valueOf(Character.toLowerCase(c))), null);
    }

    private Node escape() {
        char c = re.charAt(pos + 1);
        pos += 2;
        if (c == 'b' || c == 'B' || c == 'A' || c == 'z') {
            return Node.EMPTY;
        }
        if (Character.isLetterOrDigit(c)) {
            if (c == 'n') {
                return literal('\n');
            }
            if (c == 't') {
                return literal('\t');
            }
            if (c == 'x' || c == 'p' || c == 'P') {
                // \x41, \x{263a}, \pL, \p{Han}: skip the argument, treat as any character
                if (pos < re.length() && re.charAt(pos) == '{') {
                    pos = re.indexOf('}', pos) + 1;
                } else {
                    pos += c == 'x' ? 2 : 1;
                }
            }
            if (c == 'Q') {
                int end = re.indexOf("\\E", pos);
                String lit = end < 0 ? re.substring(pos) : re.substring(pos, end);
                pos = end < 0 ? re.length() : end + 2;
                StringBuilder sb = new StringBuilder();
                for (char x : lit.toCharArray()) {
                    sb.append(Character.toLowerCase(x));
                }
                return new Node(Set.of(sb.toString()), null);
            }
            return Node.ANY; // \d \s \w and the like
        }
        return literal(c);
    }

    private void skipClass() {
        pos++;
        if (pos < re.length() && re.charAt(pos) == '^') {
            pos++;
        }
        if (pos < re.length() && re.charAt(pos) == ']') {
            pos++;
        }
        while (pos < re.length() && re.charAt(pos) != ']') {
            if (re.charAt(pos) == '\\') {
                pos++;
            } else if (re.startsWith("[:", pos)) {
                pos = re.indexOf(":]", pos) + 1;
            }
            pos++;
        }
        if (pos >= re.length()) {
            throw new IllegalArgumentException("unclosed class");
        }
        pos++;
    }
}
