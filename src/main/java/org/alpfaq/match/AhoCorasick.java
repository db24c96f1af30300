package org.alpfaq.match;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A multi-literal automaton: one pass over a line finds every pattern literal it contains.
 * Characters are lower-cased one by one as they are read, so no lower-cased copy of the line is
 * made. The root has a full ASCII table (most characters of a log line stop there); other states
 * keep their few transitions sorted and fall back along failure links, which keeps building it
 * cheap at start-up.
 */
final class AhoCorasick {
    private static final int ASCII = 128;

    private final List<char[]> keys = new ArrayList<>();
    private final List<int[]> targets = new ArrayList<>();
    private final List<int[]> outputs = new ArrayList<>();
    private int[] fail;
    private int[][] out;
    private char[][] keyArr;
    private int[][] targetArr;
    private final int[] root = new int[ASCII];
    /** Full ASCII transitions, row by row, each filled the first time its state is reached. */
    private int[] dense;
    private boolean[] ready;

    AhoCorasick() {
        newState();
    }

    private int newState() {
        keys.add(new char[0]);
        targets.add(new int[0]);
        outputs.add(new int[0]);
        return keys.size() - 1;
    }

    private static int find(char[] k, char c) {
        return Arrays.binarySearch(k, c);
    }

    /** Adds a lower-cased literal; {@code id} is reported when it is found. */
    void add(String literal, int id) {
        int s = 0;
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            char[] k = keys.get(s);
            int at = find(k, c);
            if (at >= 0) {
                s = targets.get(s)[at];
                continue;
            }
            int next = newState();
            int ins = -at - 1;
            char[] nk = new char[k.length + 1];
            int[] nt = new int[k.length + 1];
            int[] t = targets.get(s);
            System.arraycopy(k, 0, nk, 0, ins);
            System.arraycopy(t, 0, nt, 0, ins);
            nk[ins] = c;
            nt[ins] = next;
            System.arraycopy(k, ins, nk, ins + 1, k.length - ins);
            System.arraycopy(t, ins, nt, ins + 1, k.length - ins);
            keys.set(s, nk);
            targets.set(s, nt);
            s = next;
        }
        int[] o = outputs.get(s);
        int[] n = Arrays.copyOf(o, o.length + 1);
        n[o.length] = id;
        outputs.set(s, n);
    }

    /** Computes failure links and merged outputs, breadth first. */
    void build() {
        int n = keys.size();
        fail = new int[n];
        out = new int[n][];
        keyArr = keys.toArray(new char[0][]);
        targetArr = targets.toArray(new int[0][]);
        Arrays.fill(root, 0);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        out[0] = outputs.get(0);
        for (int i = 0; i < keyArr[0].length; i++) {
            int t = targetArr[0][i];
            if (keyArr[0][i] < ASCII) {
                root[keyArr[0][i]] = t;
            }
            fail[t] = 0;
            queue.add(t);
        }
        dense = new int[n * ASCII];
        ready = new boolean[n];
        System.arraycopy(root, 0, dense, 0, ASCII);
        ready[0] = true;
        while (!queue.isEmpty()) {
            int s = queue.poll();
            // The failure state is shallower, so its outputs are complete already.
            int[] merged = outputs.get(s);
            int[] fo = out[fail[s]];
            if (fo.length > 0) {
                merged = Arrays.copyOf(merged, merged.length + fo.length);
                System.arraycopy(fo, 0, merged, merged.length - fo.length, fo.length);
            }
            out[s] = merged;
            for (int i = 0; i < keyArr[s].length; i++) {
                int t = targetArr[s][i];
                fail[t] = step(fail[s], keyArr[s][i]);
                queue.add(t);
            }
        }
    }

    /** A state's row is its failure state's row with its own transitions on top. */
    private void row(int s) {
        if (!ready[fail[s]]) {
            row(fail[s]);
        }
        System.arraycopy(dense, fail[s] * ASCII, dense, s * ASCII, ASCII);
        for (int i = 0; i < keyArr[s].length; i++) {
            if (keyArr[s][i] < ASCII) {
                dense[s * ASCII + keyArr[s][i]] = targetArr[s][i];
            }
        }
        ready[s] = true;
    }

    private int step(int s, char c) {
        while (true) {
            if (s == 0) {
                if (c < ASCII) {
                    return root[c];
                }
                int at = find(keyArr[0], c);
                return at >= 0 ? targetArr[0][at] : 0;
            }
            int at = find(keyArr[s], c);
            if (at >= 0) {
                return targetArr[s][at];
            }
            s = fail[s];
        }
    }

    /**
     * Scans {@code n} characters of {@code text} like {@link #scan(CharSequence, java.util.function.IntConsumer)};
     * returns false, having stopped early, when it meets a control character or '^' (the line must be
     * cleaned before its literals can be trusted). This is the hot loop of log scanning; it repeats
     * the transition code of {@link #scan} on purpose (sharing it through helper methods measured
     * 16% slower on a 100 MB log).
     */
    boolean scanClean(char[] text, int n, java.util.function.IntConsumer hit) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            char c = text[i];
            if (c < ASCII) {
                if (c < 0x20 && c != '\t' || c == '^' || c == 0x7F) {
                    return false;
                }
                if (c >= 'A' && c <= 'Z') {
                    c = (char) (c + 32);
                }
                if (!ready[s]) {
                    row(s);
                }
                s = dense[s * ASCII + c];
            } else {
                if (c <= 0x9F) {
                    return false;
                }
                s = step(s, Character.toLowerCase(c));
            }
            int[] o = out[s];
            if (o.length > 0) {
                for (int id : o) {
                    hit.accept(id);
                }
            }
        }
        return true;
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
                if (!ready[s]) {
                    row(s);
                }
                s = dense[s * ASCII + c];
            } else {
                s = step(s, Character.toLowerCase(c));
            }
            int[] o = out[s];
            if (o.length > 0) {
                for (int id : o) {
                    hit.accept(id);
                }
            }
        }
    }
}
