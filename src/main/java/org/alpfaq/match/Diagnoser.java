package org.alpfaq.match;

import com.google.re2j.Matcher;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alpfaq.kb.ByteReader;
import org.alpfaq.kb.Entry;
import org.alpfaq.kb.KnowledgeBase;
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
    /** How much of the input is kept for suggestions when nothing matches. */
    static final int SAMPLE = 4096;

    /** Every signature, numbered: owner entry and index within it. */
    private final Entry[] owner;
    private final Signature[] sigs;
    private final int[] sigIndex;
    /** Signatures with no usable literal: tried on every line. */
    private final int[] always;
    /** For each literal set (the automaton's ids): the signature it belongs to. */
    private final int[] setOwner;
    /** For each signature: how many of its literal sets must occur in a line. */
    private final int[] setsNeeded;
    private final AhoCorasick literals;

    public Diagnoser(KnowledgeBase kb) {
        byte[] image = kb.prebuiltMatcher();
        if (image != null) {
            // Compiled at build time for exactly these entries: reading arrays back is much cheaper
            // at start-up than building the automaton, and no entry's head is decoded until one of
            // its signatures is a candidate.
            ByteReader r = new ByteReader(image, 0);
            List<Entry> all = kb.entries();
            if (r.i32() != all.size()) {
                throw new IllegalStateException("the compiled matcher does not fit the knowledge base");
            }
            int[] sigEntry = r.ints();
            sigIndex = r.ints();
            int n = sigEntry.length;
            owner = new Entry[n];
            for (int k = 0; k < n; k++) {
                owner[k] = all.get(sigEntry[k]);
            }
            sigs = new Signature[n];
            setsNeeded = r.ints();
            always = r.ints();
            setOwner = r.ints();
            literals = AhoCorasick.read(r);
            return;
        }
        int n = 0;
        for (Entry e : kb.entries()) {
            n += e.signatures().size();
        }
        owner = new Entry[n];
        sigs = new Signature[n];
        sigIndex = new int[n];
        int k = 0;
        for (Entry e : kb.entries()) {
            for (int i = 0; i < e.signatures().size(); i++, k++) {
                owner[k] = e;
                sigs[k] = e.signatures().get(i);
                sigIndex[k] = i;
            }
        }
        setsNeeded = new int[n];
        literals = new AhoCorasick();
        int[] alwaysList = new int[n];
        int alwaysCount = 0;
        List<Integer> setOwners = new ArrayList<>();
        for (k = 0; k < n; k++) {
            List<List<String>> req = sigs[k].literals() != null ? sigs[k].literals() : requiredLiterals(sigs[k].source());
            if (req.isEmpty()) {
                alwaysList[alwaysCount++] = k;
                continue;
            }
            setsNeeded[k] = req.size();
            for (List<String> set : req) {
                int setId = setOwners.size();
                setOwners.add(k);
                for (String lit : set) {
                    literals.add(lit, setId);
                }
            }
        }
        literals.build();
        always = java.util.Arrays.copyOf(alwaysList, alwaysCount);
        setOwner = new int[setOwners.size()];
        for (int i = 0; i < setOwner.length; i++) {
            setOwner[i] = setOwners.get(i);
        }
    }

    /**
     * The matcher for {@code entries}, compiled for {@link KnowledgeBase#prebuiltMatcher()}: the
     * build stores it in the index so that start-up does not build the automaton.
     */
    public static byte[] compile(List<Entry> entries) {
        KnowledgeBase kb = KnowledgeBase.of(entries, List.of());
        Diagnoser d = new Diagnoser(kb);
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            java.io.DataOutputStream out = new java.io.DataOutputStream(bytes);
            out.writeInt(kb.entries().size());
            int[] sigEntry = new int[d.owner.length];
            for (int k = 0; k < sigEntry.length; k++) {
                sigEntry[k] = kb.entries().indexOf(d.owner[k]);
            }
            AhoCorasick.ints(out, sigEntry);
            AhoCorasick.ints(out, d.sigIndex);
            AhoCorasick.ints(out, d.setsNeeded);
            AhoCorasick.ints(out, d.always);
            AhoCorasick.ints(out, d.setOwner);
            d.literals.write(out);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The prefilter of a signature source: every match contains one literal of each list (lower-case);
     * empty when no literal is usable. Worked out at build time for the bundled base.
     */
    public static List<List<String>> requiredLiterals(String source) {
        List<Set<String>> req = Literals.requiredAll(source);
        if (req == null) {
            return List.of();
        }
        List<List<String>> out = new ArrayList<>();
        for (Set<String> set : req) {
            out.add(List.copyOf(new java.util.TreeSet<>(set)));
        }
        return List.copyOf(out);
    }

    /** Signature {@code k}, taken from its entry's head the first time it is a candidate. */
    private Signature sig(int k) {
        Signature s = sigs[k];
        if (s == null) {
            s = owner[k].signatures().get(sigIndex[k]);
            sigs[k] = s;
        }
        return s;
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
        return diagnose(List.of(new Input(null, in)), progress);
    }

    /**
     * One text to read: a file (its name as the user gave it, shown with its line numbers) or
     * arguments or standard input (no name).
     */
    public record Input(String file, Reader reader) {}

    /** Diagnoses several inputs as one text, each numbering its own lines. */
    public Diagnosis diagnose(List<Input> inputs, Progress progress) throws IOException {
        Scan scan = new Scan();
        for (Input in : inputs) {
            scan.read(in.reader(), in.file(), progress, null);
        }
        return scan.diagnosis();
    }

    /** Below this size a file is read by one thread: starting more costs more than it saves. */
    public static final long PARALLEL_MIN_BYTES = 8L << 20;

    /**
     * Diagnoses a file, cut at line ends into {@code threads} parts read at the same time; prints
     * the same as {@link #diagnose(Reader, Progress)} over the whole file (line numbers, first hits,
     * captures), since the parts' results are merged in file order.
     */
    public Diagnosis diagnoseFile(java.nio.file.Path file, int threads, Progress progress) throws IOException {
        return diagnoseFile(file, threads, PARALLEL_MIN_BYTES, progress);
    }

    /** As above, with parts of at least {@code minPart} bytes (tests use small ones). */
    Diagnosis diagnoseFile(java.nio.file.Path file, int threads, long minPart, Progress progress) throws IOException {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.READ)) {
            long size = ch.size();
            int parts = (int) Math.max(1, Math.min(threads, size / minPart));
            long[] cuts = new long[parts + 1];
            cuts[parts] = size;
            for (int k = 1; k < parts; k++) {
                cuts[k] = Math.max(cuts[k - 1], FileParts.lineStartAfter(ch, size * k / parts, size));
            }
            // Every full row filled now: from here on the threads only read the automaton.
            literals.fillRows();
            Scan[] scans = new Scan[parts];
            java.util.concurrent.atomic.AtomicLong read = new java.util.concurrent.atomic.AtomicLong();
            Thread[] workers = new Thread[parts];
            String name = file.toString();
            Throwable[] failure = new Throwable[parts];
            for (int k = 0; k < parts; k++) {
                Scan scan = new Scan();
                scans[k] = scan;
                java.io.InputStream range = new FileParts.RangeStream(ch, cuts[k], cuts[k + 1]);
                int part = k;
                workers[k] = new Thread(new Runnable() {
                    @Override
                    public void run() {
                        try {
                            scan.read(utf8(range), name, null, read);
                        } catch (IOException | RuntimeException | Error e) {
                            failure[part] = e; // rethrown by the caller's thread, never half a result
                        }
                    }
                }, "alpfaq-scan-" + k);
                workers[k].start();
            }
            for (Thread w : workers) {
                while (w.isAlive()) {
                    try {
                        w.join(200);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new java.io.InterruptedIOException("interrupted");
                    }
                    if (progress != null) {
                        progress.lines(read.get());
                    }
                }
            }
            for (Throwable e : failure) {
                if (e instanceof IOException io) {
                    throw io;
                } else if (e instanceof RuntimeException r) {
                    throw r;
                } else if (e != null) {
                    throw (Error) e;
                }
            }
            return merge(scans);
        }
    }

    /** Reads UTF-8, invalid bytes becoming U+FFFD so that matching carries on around them. */
    public static Reader utf8(java.io.InputStream in) {
        return new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE));
    }

    /** The parts' results as one scan of the whole input would have given them. */
    private Diagnosis merge(Scan[] scans) {
        Map<Entry, Tally> states = new LinkedHashMap<>();
        long offset = 0;
        for (Scan scan : scans) {
            for (Map.Entry<Entry, Tally> e : scan.states.entrySet()) {
                Tally into = states.get(e.getKey());
                if (into == null) {
                    into = new Tally();
                    states.put(e.getKey(), into);
                }
                into.absorb(e.getValue(), offset);
            }
            offset += scan.lines;
        }
        Scan first = scans[0];
        boolean anyText = false;
        for (Scan scan : scans) {
            anyText |= scan.anyText;
        }
        StringBuilder sample = new StringBuilder(first.sample);
        for (int k = 1; k < scans.length && sample.length() < SAMPLE; k++) {
            sample.append(scans[k].sample, 0, Math.min(scans[k].sample.length(), SAMPLE - sample.length()));
        }
        return new Diagnosis(List.copyOf(Tally.ranked(states)), offset, anyText, sample.toString());
    }

    /** One reading of an input (or of a part of one): its matches per entry, line count and sample. */
    private final class Scan {
        final Map<Entry, Tally> states = new LinkedHashMap<>();
        long lines;
        boolean anyText;
        final StringBuilder sample = new StringBuilder();

        /** Reads one input; its lines are numbered from 1, and counted on from the inputs before it. */
        void read(Reader in, String file, Progress progress, java.util.concurrent.atomic.AtomicLong shared) throws IOException {
            LineReader reader = new LineReader(in);
            Session session = session();
            HitSink sink = new Collect(states, file, lines);
            while (reader.next()) {
                lines++;
                if (sample.length() < SAMPLE) {
                    sample.append(reader.chars(), 0, Math.min(reader.length(), SAMPLE - sample.length())).append('\n');
                }
                if ((lines & 0xFFFF) == 0) {
                    if (progress != null) {
                        progress.lines(lines);
                    }
                    if (shared != null) {
                        shared.addAndGet(0x10000);
                    }
                }
                anyText |= session.feed(reader.chars(), reader.length(), lines, sink, !anyText);
            }
        }

        Diagnosis diagnosis() {
            return new Diagnosis(List.copyOf(Tally.ranked(states)), lines, anyText, sample.toString());
        }
    }

    /** Gathers the matches of a whole input, per entry. */
    private static final class Collect implements HitSink {
        private final Map<Entry, Tally> states;
        private final String file;
        /** Lines read before this input: line numbers in the hits start again at 1. */
        private final long before;

        Collect(Map<Entry, Tally> states, String file, long before) {
            this.states = states;
            this.file = file;
            this.before = before;
        }

        @Override
        public void hit(Entry e, int index, Signature sig, long lineNo, String line, Matcher m) {
            Tally st = states.get(e);
            if (st == null) {
                st = new Tally();
                states.put(e, st);
            }
            st.add(index, sig, lineNo, lineNo - before, file, line, m);
        }
    }

    /** Receives each signature match of a line. */
    public interface HitSink {
        void hit(Entry entry, int signatureIndex, Signature signature, long lineNo, String line, Matcher m);
    }

    /**
     * Line-at-a-time matching with its own scratch space; for following logs (watch, run). All
     * sessions of one Diagnoser must be used from one thread at a time: the automaton fills its
     * rows as they are first needed ({@link #diagnoseFile} fills them all before it starts threads).
     */
    public Session session() {
        return new Session();
    }

    /** Matches lines one at a time; not thread-safe, one per reader. */
    public final class Session {
        private final int[] setStamp = new int[setOwner.length];
        private final int[] sigStamp = new int[sigs.length];
        private final int[] sigCount = new int[sigs.length];
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
            return feed(raw.toCharArray(), raw.length(), lineNo, sink, needText);
        }

        /**
         * Matches one raw line held in the first {@code n} characters of {@code raw}; a String is
         * made only when the line is a candidate (or when {@code needText} asks for its text).
         */
        public boolean feed(char[] raw, int n, long lineNo, HitSink sink, boolean needText) {
            if (++generation == 0) {
                java.util.Arrays.fill(setStamp, 0);
                java.util.Arrays.fill(sigStamp, 0);
                generation = 1;
            }
            count = 0;
            String line = null;
            // Without escapes or control characters the clean line is a part of the raw one, so
            // scanning the raw characters finds every literal the clean line has. A line with them
            // is cleaned first, since they can sit inside a message.
            if (!literals.scanClean(raw, n, found)) {
                line = Normalizer.clean(new String(raw, 0, n));
                generation++;
                count = 0;
                literals.scan(line, found);
            }
            int c0 = count;
            boolean text = false;
            if (needText || c0 > 0 || always.length > 0) {
                if (line == null) {
                    line = Normalizer.clean(new String(raw, 0, n));
                }
                if (line.isEmpty()) {
                    return false;
                }
                text = true;
            }
            if (c0 == 0 && always.length == 0) {
                return text;
            }
            int k = c0;
            for (int id : always) {
                cand[k++] = id;
            }
            java.util.Arrays.sort(cand, 0, k);
            for (int c = 0; c < k; c++) {
                int id = cand[c];
                Signature sig = sig(id);
                Matcher m = sig.pattern().matcher(line);
                if (m.find()) {
                    sink.hit(owner[id], sigIndex[id], sig, lineNo, line, m);
                }
            }
            return text;
        }

        private final java.util.function.IntConsumer found = new java.util.function.IntConsumer() {
            @Override
            public void accept(int setId) {
                setFound(setId);
            }
        };

        /** One literal set of a signature occurred; the signature is a candidate once all its sets have. */
        private void setFound(int setId) {
            if (setStamp[setId] == generation) {
                return;
            }
            setStamp[setId] = generation;
            int sig = setOwner[setId];
            if (sigStamp[sig] != generation) {
                sigStamp[sig] = generation;
                sigCount[sig] = 0;
            }
            if (++sigCount[sig] == setsNeeded[sig]) {
                cand[count++] = sig;
            }
        }
    }


}
