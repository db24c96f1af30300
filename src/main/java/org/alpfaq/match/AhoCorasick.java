package org.alpfaq.match;

import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import org.alpfaq.kb.ByteReader;

/**
 * A multi-literal automaton: one pass over a line finds every pattern literal it contains.
 * Characters are lower-cased one by one as they are read, so no lower-cased copy of the line is
 * made.
 *
 * <p>States are numbered breadth first and stored as flat arrays (each state's transitions sorted,
 * in one shared array), so the built automaton is a handful of int arrays: the build writes them
 * into the index and start-up reads them back instead of building again. The shallowest states,
 * where a scan spends nearly all its time, get full ASCII rows, filled the first time each is
 * reached; deeper states search their few transitions and fall back along failure links. Keeping
 * rows for every state would cost 512 bytes a state, 6 MB for the bundled base and ten times that
 * for a base ten times bigger.
 */
final class AhoCorasick {
    private static final int ASCII = 128;
    /** How many states get full rows: about 2 MB, enough for the first two or three levels. */
    static final int DENSE_STATES = 4096;

    // While adding: one list element per state, in creation order. Null once built.
    private List<char[]> addKeys = new ArrayList<>();
    private List<int[]> addTargets = new ArrayList<>();
    private List<int[]> addOutputs = new ArrayList<>();

    // Built: states in breadth-first order.
    private int[] keyOff;
    private char[] keys;
    private int[] targets;
    private int[] fail;
    private int[] outOff;
    private int[] outs;
    private final int[] root = new int[ASCII];
    private int denseStates;
    private int[] dense;
    private boolean[] ready;

    AhoCorasick() {
        newState();
    }

    private int newState() {
        addKeys.add(new char[0]);
        addTargets.add(new int[0]);
        addOutputs.add(new int[0]);
        return addKeys.size() - 1;
    }

    /** Adds a lower-cased literal; {@code id} is reported when it is found. */
    void add(String literal, int id) {
        int s = 0;
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            char[] k = addKeys.get(s);
            int at = Arrays.binarySearch(k, c);
            if (at >= 0) {
                s = addTargets.get(s)[at];
                continue;
            }
            int next = newState();
            int ins = -at - 1;
            char[] nk = new char[k.length + 1];
            int[] nt = new int[k.length + 1];
            int[] t = addTargets.get(s);
            System.arraycopy(k, 0, nk, 0, ins);
            System.arraycopy(t, 0, nt, 0, ins);
            nk[ins] = c;
            nt[ins] = next;
            System.arraycopy(k, ins, nk, ins + 1, k.length - ins);
            System.arraycopy(t, ins, nt, ins + 1, k.length - ins);
            addKeys.set(s, nk);
            addTargets.set(s, nt);
            s = next;
        }
        int[] o = addOutputs.get(s);
        int[] n = Arrays.copyOf(o, o.length + 1);
        n[o.length] = id;
        addOutputs.set(s, n);
    }

    /** Numbers the states breadth first, then computes failure links and merged outputs. */
    void build() {
        int n = addKeys.size();
        int[] order = new int[n]; // breadth-first position -> state as added
        int[] newId = new int[n];
        int head = 0;
        int tail = 1;
        while (head < tail) {
            int s = order[head++];
            for (int t : addTargets.get(s)) {
                newId[t] = tail;
                order[tail++] = t;
            }
        }
        keyOff = new int[n + 1];
        int total = 0;
        for (int i = 0; i < n; i++) {
            keyOff[i] = total;
            total += addKeys.get(order[i]).length;
        }
        keyOff[n] = total;
        keys = new char[total];
        targets = new int[total];
        for (int i = 0; i < n; i++) {
            char[] k = addKeys.get(order[i]);
            int[] t = addTargets.get(order[i]);
            System.arraycopy(k, 0, keys, keyOff[i], k.length);
            for (int j = 0; j < t.length; j++) {
                targets[keyOff[i] + j] = newId[t[j]];
            }
        }
        fail = new int[n];
        fillRoot();
        // Breadth-first order: a state's failure state is shallower, so it is complete before its children need it.
        for (int s = 0; s < n; s++) {
            for (int j = keyOff[s]; j < keyOff[s + 1]; j++) {
                fail[targets[j]] = s == 0 ? 0 : step(fail[s], keys[j]);
            }
        }
        int[][] merged = new int[n][];
        int outTotal = 0;
        for (int s = 0; s < n; s++) {
            int[] own = addOutputs.get(order[s]);
            int[] fo = s == 0 ? new int[0] : merged[fail[s]];
            int[] m = Arrays.copyOf(own, own.length + fo.length);
            System.arraycopy(fo, 0, m, own.length, fo.length);
            merged[s] = m;
            outTotal += m.length;
        }
        outOff = new int[n + 1];
        outs = new int[outTotal];
        int at = 0;
        for (int s = 0; s < n; s++) {
            outOff[s] = at;
            System.arraycopy(merged[s], 0, outs, at, merged[s].length);
            at += merged[s].length;
        }
        outOff[n] = at;
        addKeys = null;
        addTargets = null;
        addOutputs = null;
        prepareRows();
    }

    private void fillRoot() {
        Arrays.fill(root, 0);
        for (int j = keyOff[0]; j < keyOff[1]; j++) {
            if (keys[j] < ASCII) {
                root[keys[j]] = targets[j];
            }
        }
    }

    private void prepareRows() {
        denseStates = Math.min(fail.length, DENSE_STATES);
        dense = new int[denseStates * ASCII];
        ready = new boolean[denseStates];
        System.arraycopy(root, 0, dense, 0, ASCII);
        ready[0] = true;
    }

    /** Writes the built automaton, for {@link #read}. */
    void write(DataOutputStream d) throws IOException {
        ints(d, keyOff);
        d.writeInt(keys.length);
        for (char c : keys) {
            d.writeChar(c);
        }
        ints(d, targets);
        ints(d, fail);
        ints(d, outOff);
        ints(d, outs);
    }

    static void ints(DataOutputStream d, int[] a) throws IOException {
        d.writeInt(a.length);
        for (int v : a) {
            d.writeInt(v);
        }
    }

    /** An automaton as {@link #write} wrote it. */
    static AhoCorasick read(ByteReader r) {
        AhoCorasick a = new AhoCorasick();
        a.addKeys = null;
        a.addTargets = null;
        a.addOutputs = null;
        a.keyOff = r.ints();
        a.keys = r.chars();
        a.targets = r.ints();
        a.fail = r.ints();
        a.outOff = r.ints();
        a.outs = r.ints();
        if (a.keyOff.length != a.fail.length + 1 || a.outOff.length != a.fail.length + 1 || a.fail.length == 0) {
            throw new IllegalStateException("damaged automaton");
        }
        a.fillRoot();
        a.prepareRows();
        return a;
    }

    /**
     * Fills every full row now. Rows are otherwise filled lazily, which is a write: after this,
     * scans only read the automaton and several threads may share it.
     */
    void fillRows() {
        for (int s = 0; s < denseStates; s++) {
            if (!ready[s]) {
                row(s);
            }
        }
    }

    int states() {
        return fail.length;
    }

    /** A state's row is its failure state's row with its own transitions on top. */
    private void row(int s) {
        int f = fail[s];
        if (!ready[f]) {
            row(f);
        }
        System.arraycopy(dense, f * ASCII, dense, s * ASCII, ASCII);
        for (int j = keyOff[s]; j < keyOff[s + 1]; j++) {
            if (keys[j] < ASCII) {
                dense[s * ASCII + keys[j]] = targets[j];
            }
        }
        ready[s] = true;
    }

    /** The transition index for {@code c} out of state {@code s}, or -1. */
    private int find(int s, char c) {
        int lo = keyOff[s];
        int hi = keyOff[s + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            char k = keys[mid];
            if (k < c) {
                lo = mid + 1;
            } else if (k > c) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private int step(int s, char c) {
        while (true) {
            if (s == 0) {
                if (c < ASCII) {
                    return root[c];
                }
                int at = find(0, c);
                return at >= 0 ? targets[at] : 0;
            }
            int at = find(s, c);
            if (at >= 0) {
                return targets[at];
            }
            s = fail[s];
        }
    }

    /**
     * Scans {@code n} characters of {@code text} like {@link #scan(CharSequence, IntConsumer)};
     * returns false, having stopped early, when it meets a control character or '^' (the line must be
     * cleaned before its literals can be trusted). This is the hot loop of log scanning; it repeats
     * the transition code of {@link #scan} on purpose (sharing it through helper methods measured
     * 16% slower on a 100 MB log).
     */
    boolean scanClean(char[] text, int n, IntConsumer hit) {
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
                if (s < denseStates) {
                    if (!ready[s]) {
                        row(s);
                    }
                    s = dense[s * ASCII + c];
                } else {
                    s = step(s, c);
                }
            } else {
                if (c <= 0x9F) {
                    return false;
                }
                s = step(s, Character.toLowerCase(c));
            }
            int o = outOff[s];
            int end = outOff[s + 1];
            while (o < end) {
                hit.accept(outs[o++]);
            }
        }
        return true;
    }

    /** Calls {@code hit} with the id of every literal found in {@code text}, lower-casing as it goes. */
    void scan(CharSequence text, IntConsumer hit) {
        int s = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < ASCII) {
                if (c >= 'A' && c <= 'Z') {
                    c = (char) (c + 32);
                }
                if (s < denseStates) {
                    if (!ready[s]) {
                        row(s);
                    }
                    s = dense[s * ASCII + c];
                } else {
                    s = step(s, c);
                }
            } else {
                s = step(s, Character.toLowerCase(c));
            }
            int o = outOff[s];
            int end = outOff[s + 1];
            while (o < end) {
                hit.accept(outs[o++]);
            }
        }
    }
}
