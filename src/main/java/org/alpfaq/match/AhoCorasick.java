package org.alpfaq.match;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A multi-literal automaton: one pass over a line finds every pattern literal it contains.
 * Characters are lower-cased one by one as they are read, so no lower-cased copy of the line
 * is made. ASCII transitions live in a flat table; others in a map per state.
 */
final class AhoCorasick {
    private static final int ASCII = 128;

    private final List<int[]> ascii = new ArrayList<>();
    private final List<Map<Character, Integer>> other = new ArrayList<>();
    private final List<int[]> outputs = new ArrayList<>();
    private int[] fail;
    private int[][] delta;
    private int[][] out;

    AhoCorasick() {
        newState();
    }

    private int newState() {
        int[] row = new int[ASCII];
        java.util.Arrays.fill(row, -1);
        ascii.add(row);
        other.add(null);
        outputs.add(new int[0]);
        return ascii.size() - 1;
    }

    /** Adds a lower-cased literal; {@code id} is reported when it is found. */
    void add(String literal, int id) {
        int s = 0;
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            int next = get(s, c);
            if (next < 0) {
                next = newState();
                put(s, c, next);
            }
            s = next;
        }
        int[] o = outputs.get(s);
        int[] n = java.util.Arrays.copyOf(o, o.length + 1);
        n[o.length] = id;
        outputs.set(s, n);
    }

    private int get(int s, char c) {
        if (c < ASCII) {
            return ascii.get(s)[c];
        }
        Map<Character, Integer> m = other.get(s);
        Integer v = m == null ? null : m.get(c);
        return v == null ? -1 : v;
    }

    private void put(int s, char c, int next) {
        if (c < ASCII) {
            ascii.get(s)[c] = next;
        } else {
            if (other.get(s) == null) {
                other.set(s, new HashMap<>());
            }
            other.get(s).put(c, next);
        }
    }

    /** Computes failure links and a full ASCII transition table. */
    void build() {
        int n = ascii.size();
        fail = new int[n];
        delta = new int[n][];
        out = new int[n][];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        delta[0] = new int[ASCII];
        for (int c = 0; c < ASCII; c++) {
            int t = ascii.get(0)[c];
            delta[0][c] = t < 0 ? 0 : t;
            if (t > 0) {
                fail[t] = 0;
                queue.add(t);
            }
        }
        if (other.get(0) != null) {
            for (int t : other.get(0).values()) {
                fail[t] = 0;
                queue.add(t);
            }
        }
        out[0] = outputs.get(0);
        while (!queue.isEmpty()) {
            int s = queue.poll();
            int[] merged = outputs.get(s);
            int[] fo = outputs.get(fail[s]);
            if (fo.length > 0) {
                merged = java.util.Arrays.copyOf(merged, merged.length + fo.length);
                System.arraycopy(fo, 0, merged, merged.length - fo.length, fo.length);
                outputs.set(s, merged);
            }
            out[s] = merged;
            delta[s] = new int[ASCII];
            for (int c = 0; c < ASCII; c++) {
                int t = ascii.get(s)[c];
                if (t >= 0) {
                    fail[t] = delta[fail[s]][c];
                    queue.add(t);
                    delta[s][c] = t;
                } else {
                    delta[s][c] = delta[fail[s]][c];
                }
            }
            if (other.get(s) != null) {
                for (Map.Entry<Character, Integer> e : other.get(s).entrySet()) {
                    int t = e.getValue();
                    fail[t] = step(fail[s], e.getKey());
                    queue.add(t);
                }
            }
        }
    }

    private int step(int s, char c) {
        if (c < ASCII) {
            return delta[s][c];
        }
        while (true) {
            int t = get(s, c);
            if (t >= 0) {
                return t;
            }
            if (s == 0) {
                return 0;
            }
            s = fail[s];
        }
    }

    /** Calls {@code hit} with the id of every literal found in {@code text}, lower-casing as it goes. */
    void scan(CharSequence text, java.util.function.IntConsumer hit) {
        int s = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < ASCII) {
                if (c >= 'A' && c <= 'Z') {
                    c = (char) (c + 32);
                }
                s = delta[s][c];
            } else {
                s = step(s, Character.toLowerCase(c));
            }
            int[] o = out[s];
            for (int id : o) {
                hit.accept(id);
            }
        }
    }
}
