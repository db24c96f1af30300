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
    private List<char[]> addKeys;
    private List<int[]> addTargets;
    private List<int[]> addOutputs;

    // Built: states in breadth-first order.
    private int[] keyOff;
    private char[] keys;
    private int[] targets;
    private int[] fail;
    private int[] outOff;
    private int[] outs;
    private final int[] root = new int[ASCII];
    private final int denseLimit;
    private int denseStates;
    /**
     * Full rows for the shallowest states, each entry encoding where a character leads so that the
     * hot loop needs one load and one test per character: 0 for a row not filled yet, {@code t + 1}
     * for a shallow state {@code t} without outputs, {@link #ABORT} for a character that stops
     * {@link #scanClean}, and {@code -(t + 1)} for any other state {@code t} (it has outputs, or
     * is too deep for a row). Upper-case ASCII letters lead where their lower case does.
     */
    private int[] dense;
    private boolean[] ready;
    private static final int ABORT = Integer.MIN_VALUE;

    AhoCorasick() {
        this(DENSE_STATES);
    }

    /** @param denseLimit how many states get full rows (tests use few, to exercise the deep states) */
    AhoCorasick(int denseLimit) {
        this(denseLimit, false);
        addKeys = new ArrayList<>();
        addTargets = new ArrayList<>();
        addOutputs = new ArrayList<>();
        newState();
    }

    /** An automaton read back ({@code built}), with no building state. */
    private AhoCorasick(int denseLimit, boolean built) {
        this.denseLimit = denseLimit;
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
        denseStates = Math.max(1, Math.min(fail.length, denseLimit));
        dense = new int[denseStates * ASCII];
        ready = new boolean[denseStates];
        for (int c = 0; c < ASCII; c++) {
            boolean stops = c < 0x20 && c != '\t' || c == '^' || c == 0x7F;
            dense[c] = stops ? ABORT : encode(root[c >= 'A' && c <= 'Z' ? c + 32 : c]);
        }
        ready[0] = true;
    }

    private int encode(int t) {
        return t < denseStates && outOff[t] == outOff[t + 1] ? t + 1 : -(t + 1);
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
        AhoCorasick a = new AhoCorasick(DENSE_STATES, true);
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
            char k = keys[j];
            // Literals are lower case: an upper-case key could never be reached, as text is folded.
            if (k < ASCII && (k < 'A' || k > 'Z')) {
                int e = encode(targets[j]);
                dense[s * ASCII + k] = e;
                if (k >= 'a' && k <= 'z') {
                    dense[s * ASCII + k - 32] = e;
                }
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
     * cleaned before its literals can be trusted). This is the hot loop of log scanning: while the
     * automaton is in a shallow state and the text is ASCII, a character costs one table load and
     * one test; everything else (a state with outputs, a deep state, other characters) takes the
     * slower path below it.
     */
    boolean scanClean(char[] text, int n, IntConsumer hit) {
        int s = 0;
        int[] d = dense;
        int shallow = denseStates;
        for (int i = 0; i < n; i++) {
            char c = text[i];
            if (c < ASCII && s < shallow) {
                int t = d[(s << 7) | c];
                if (t > 0) {
                    s = t - 1;
                    continue;
                }
                if (t == 0) {
                    row(s);
                    t = d[(s << 7) | c];
                    if (t > 0) {
                        s = t - 1;
                        continue;
                    }
                }
                if (t == ABORT) {
                    return false;
                }
                s = -t - 1;
            } else if (c < ASCII) {
                if (c < 0x20 && c != '\t' || c == '^' || c == 0x7F) {
                    return false;
                }
                s = step(s, c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
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
            if (c < ASCII && s < denseStates) {
                if (!ready[s]) {
                    row(s);
                }
                int t = dense[(s << 7) | c];
                if (t > 0) {
                    s = t - 1;
                    continue;
                }
                // A character scanClean stops at is an ordinary one here.
                s = t == ABORT ? step(s, c) : -t - 1;
            } else {
                s = step(s, c < ASCII ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c));
            }
            int o = outOff[s];
            int end = outOff[s + 1];
            while (o < end) {
                hit.accept(outs[o++]);
            }
        }
    }
}
