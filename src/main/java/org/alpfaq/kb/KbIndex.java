package org.alpfaq.kb;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled base compiled at build time, so that start-up reads entries without a YAML or
 * Markdown parser and without compiling any regular expression. Two parts: {@code kb.idx} holds
 * what every run needs (ids, titles, signatures with their prefilter literals, and the matcher
 * built from them); {@code kb.body/<id>} holds each entry's texts and examples, read only when
 * that entry is shown. Written by the build (see {@code KbCompiler} in the build tools), read by
 * {@link KbLoader}.
 */
public final class KbIndex {
    static final String RESOURCE = "kb.idx";
    static final String BODY_DIR = "kb.body/";
    private static final int MAGIC = 0x414C5046; // "ALPF"
    private static final int VERSION = 8;

    private KbIndex() {}

    /**
     * Writes {@code kb.idx} and the body files into {@code dir}.
     *
     * @param literalsOf the prefilter literals of a signature source (empty when none is usable), so
     *     that start-up need not work them out; null when unknown
     * @param matcher the matcher compiled for exactly these entries (opaque to this class), or null
     * @param treeOf the parsed form of an entry's Markdown (opaque to this class), or null to store none
     */
    public static void write(List<Entry> entries, long revision, java.nio.file.Path dir,
            java.util.function.Function<String, List<List<String>>> literalsOf, byte[] matcher,
            java.util.function.Function<String, byte[]> treeOf) throws IOException {
        java.nio.file.Files.createDirectories(dir.resolve(BODY_DIR));
        try (OutputStream o = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(dir.resolve(RESOURCE)))) {
            writeHead(entries, revision, o, literalsOf, matcher);
        }
        for (Entry e : entries) {
            try (OutputStream o = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(dir.resolve(BODY_DIR + e.id())))) {
                o.write(body(e, treeOf));
            }
        }
    }

    private static void writeHead(List<Entry> entries, long revision, OutputStream out,
            java.util.function.Function<String, List<List<String>>> literalsOf, byte[] matcher) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(MAGIC);
        d.writeInt(VERSION);
        d.writeLong(revision);
        d.writeInt(entries.size());
        for (Entry e : entries) {
            str(d, e.id());
            // Aliases stay outside the head: looking a topic up needs every entry's aliases.
            strs(d, e.aliases());
            // The head is length-prefixed so that start-up can skip it and decode it only for the
            // entries it shows.
            ByteArrayOutputStream headBytes = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(headBytes);
            h.writeByte(e.kind().ordinal());
            h.writeByte(e.severity().ordinal());
            langMap(h, e.titles());
            strs(h, e.tags());
            h.writeInt(e.signatures().size());
            for (Signature s : e.signatures()) {
                str(h, s.source());
                h.writeByte(s.weight());
                h.writeBoolean(s.supporting());
                List<List<String>> lits = literalsOf == null ? null : literalsOf.apply(s.source());
                h.writeInt(lits == null ? -1 : lits.size());
                if (lits != null) {
                    for (List<String> set : lits) {
                        strs(h, set);
                    }
                }
            }
            strs(h, e.references());
            strs(h, e.seeAlso());
            str(h, e.origin());
            h.flush();
            d.writeInt(headBytes.size());
            headBytes.writeTo(d);
        }
        d.writeInt(matcher == null ? -1 : matcher.length);
        if (matcher != null) {
            d.write(matcher);
        }
        d.flush();
    }

    private static byte[] body(Entry e, java.util.function.Function<String, byte[]> treeOf) throws IOException {
        ByteArrayOutputStream bodyBytes = new ByteArrayOutputStream();
        DataOutputStream b = new DataOutputStream(bodyBytes);
        b.writeByte(e.sections().size());
        for (Map.Entry<Lang, Section> s : e.sections().entrySet()) {
            b.writeByte(s.getKey().ordinal());
            Section x = s.getValue();
            str(b, x.markdown());
            str(b, x.why());
            strs(b, x.steps());
            strs(b, x.snippets());
            str(b, x.verify());
        }
        b.writeInt(e.examples().size());
        for (Example x : e.examples()) {
            str(b, x.text());
            b.writeBoolean(x.match());
            b.writeInt(x.line());
        }
        b.writeByte(treeOf == null ? 0 : e.sections().size());
        if (treeOf != null) {
            for (Map.Entry<Lang, Section> s : e.sections().entrySet()) {
                byte[] tree = treeOf.apply(s.getValue().markdown());
                b.writeByte(s.getKey().ordinal());
                b.writeInt(tree.length);
                b.write(tree);
            }
        }
        b.flush();
        return bodyBytes.toByteArray();
    }

    /**
     * The index's entries, the revision of the sources it was built from, and the matcher compiled
     * for exactly these entries (null when the index has none).
     */
    public record Contents(List<Entry> entries, long revision, byte[] matcher) {}

    /** Where the body of the entry with a given id is read from. */
    public interface Bodies {
        InputStream open(String id) throws IOException;
    }

    /** Reads {@code kb.idx}; each entry's body is read from {@code bodies} when first asked for. */
    public static Contents read(InputStream in, Bodies bodies) throws IOException {
        byte[] all = in.readAllBytes();
        try {
            ByteReader d = new ByteReader(all, 0);
            if (d.i32() != MAGIC || d.i32() != VERSION) {
                throw new IOException("not a knowledge-base index of this version");
            }
            long revision = d.i64();
            int n = d.i32();
            List<Entry> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String id = d.str();
                List<String> aliases = d.strs();
                int len = d.i32();
                out.add(new Entry(id, aliases, new HeadRef(all, d.position(), len, aliases), new BodyRef(bodies, id)));
                d.skip(len);
            }
            int m = d.i32();
            byte[] matcher = m < 0 ? null : d.bytes(m);
            return new Contents(out, revision, matcher);
        } catch (RuntimeException e) {
            throw new IOException("damaged knowledge-base index: " + e, e);
        }
    }

    /** A head not decoded yet: a slice of the index, which stays in memory. */
    private static final class HeadRef implements java.util.function.Supplier<Entry.Head> {
        private final byte[] bytes;
        private final int offset;
        private final int length;
        private final List<String> aliases;

        HeadRef(byte[] bytes, int offset, int length, List<String> aliases) {
            this.bytes = bytes;
            this.offset = offset;
            this.length = length;
            this.aliases = aliases;
        }

        @Override
        public Entry.Head get() {
            try {
                ByteReader d = new ByteReader(bytes, offset);
                Kind kind = Kind.values()[d.u8()];
                Severity severity = Severity.values()[d.u8()];
                Map<Lang, String> titles = langMap(d);
                List<String> tags = d.strs();
                int ns = d.i32();
                List<Signature> sigs = new ArrayList<>(ns);
                for (int j = 0; j < ns; j++) {
                    Signature sig = new Signature(d.str(), d.u8(), d.bool());
                    int nl = d.i32();
                    if (nl >= 0) {
                        List<List<String>> lits = new ArrayList<>(nl);
                        for (int k = 0; k < nl; k++) {
                            lits.add(d.strs());
                        }
                        sig.withLiterals(lits);
                    }
                    sigs.add(sig);
                }
                List<String> refs = d.strs();
                List<String> see = d.strs();
                String origin = d.str();
                if (d.position() != offset + length) {
                    throw new IllegalStateException("entry head of the wrong length");
                }
                return new Entry.Head(kind, titles, aliases, tags, severity, sigs, refs, see, origin);
            } catch (RuntimeException e) {
                throw new IllegalStateException("damaged knowledge-base index: " + e.getMessage(), e);
            }
        }
    }

    /** A body not read yet (a class, not a lambda: lambdas cost start-up time on first use). */
    private static final class BodyRef implements java.util.function.Supplier<Entry.Body> {
        private final Bodies bodies;
        private final String id;

        BodyRef(Bodies bodies, String id) {
            this.bodies = bodies;
            this.id = id;
        }

        @Override
        public Entry.Body get() {
            try (InputStream in = bodies.open(id)) {
                if (in == null) {
                    throw new IOException("no body for " + id);
                }
                return body(new ByteReader(in.readAllBytes(), 0));
            } catch (IOException | RuntimeException e) {
                throw new java.io.UncheckedIOException("damaged knowledge-base index: " + e.getMessage(),
                        e instanceof IOException io ? io : new IOException(e));
            }
        }
    }

    private static Entry.Body body(ByteReader d) {
        int nsec = d.u8();
        Map<Lang, Section> sections = new EnumMap<>(Lang.class);
        Lang[] langs = Lang.values();
        for (int j = 0; j < nsec; j++) {
            Lang l = langs[d.u8()];
            sections.put(l, new Section(d.str(), d.str(), d.strs(), d.strs(), d.str()));
        }
        int nx = d.i32();
        List<Example> examples = new ArrayList<>(nx);
        for (int j = 0; j < nx; j++) {
            examples.add(new Example(d.str(), d.bool(), d.i32()));
        }
        int nt = d.u8();
        Map<Lang, byte[]> trees = new EnumMap<>(Lang.class);
        for (int j = 0; j < nt; j++) {
            Lang l = langs[d.u8()];
            trees.put(l, d.bytes(d.i32()));
        }
        return new Entry.Body(sections, examples, trees);
    }

    private static void str(DataOutputStream d, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        d.writeInt(b.length);
        d.write(b);
    }

    private static void strs(DataOutputStream d, List<String> l) throws IOException {
        d.writeInt(l.size());
        for (String s : l) {
            str(d, s);
        }
    }

    private static void langMap(DataOutputStream d, Map<Lang, String> m) throws IOException {
        d.writeByte(m.size());
        for (Map.Entry<Lang, String> e : m.entrySet()) {
            d.writeByte(e.getKey().ordinal());
            str(d, e.getValue());
        }
    }

    private static Map<Lang, String> langMap(ByteReader d) {
        int n = d.u8();
        Map<Lang, String> m = new EnumMap<>(Lang.class);
        Lang[] langs = Lang.values();
        for (int i = 0; i < n; i++) {
            Lang l = langs[d.u8()];
            m.put(l, d.str());
        }
        return m;
    }

    /** A revision number for a set of sources: CRC32 over ids and contents. */
    public static long revision(List<KbLoader.Source> sources) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        for (KbLoader.Source s : sources) {
            crc.update(s.id().getBytes(StandardCharsets.UTF_8));
            crc.update(s.content().getBytes(StandardCharsets.UTF_8));
        }
        return crc.getValue();
    }
}
