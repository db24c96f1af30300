package org.alpfaq.kb;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
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
 * The bundled base compiled at build time into one compact binary resource, so that start-up
 * reads entries without a YAML or Markdown parser and without compiling any regular expression.
 * Written by the build (see {@code KbCompiler} in the build tools), read by {@link KbLoader}.
 */
public final class KbIndex {
    static final String RESOURCE = "kb.idx";
    private static final int MAGIC = 0x414C5046; // "ALPF"
    private static final int VERSION = 5;

    private KbIndex() {}

    public static void write(List<Entry> entries, long revision, OutputStream out) throws IOException {
        write(entries, revision, out, s -> null);
    }

    /**
     * @param literalsOf the prefilter literals of a signature source (empty when none is usable), so
     *     that start-up need not work them out; null when unknown
     */
    public static void write(List<Entry> entries, long revision, OutputStream out,
            java.util.function.Function<String, List<List<String>>> literalsOf) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(MAGIC);
        d.writeInt(VERSION);
        d.writeLong(revision);
        d.writeInt(entries.size());
        for (Entry e : entries) {
            str(d, e.id());
            d.writeByte(e.kind().ordinal());
            d.writeByte(e.severity().ordinal());
            langMap(d, e.titles());
            strs(d, e.aliases());
            strs(d, e.tags());
            d.writeInt(e.signatures().size());
            for (Signature s : e.signatures()) {
                str(d, s.source());
                d.writeByte(s.weight());
                d.writeBoolean(s.supporting());
                List<List<String>> lits = literalsOf.apply(s.source());
                d.writeInt(lits == null ? -1 : lits.size());
                if (lits != null) {
                    for (List<String> set : lits) {
                        strs(d, set);
                    }
                }
            }
            strs(d, e.references());
            strs(d, e.seeAlso());
            str(d, e.origin());
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
            b.flush();
            d.writeInt(bodyBytes.size());
            bodyBytes.writeTo(d);
        }
        d.flush();
    }

    /** The index's entries and the revision of the sources it was built from. */
    public record Contents(List<Entry> entries, long revision) {}

    public static Contents read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new java.io.BufferedInputStream(in, 1 << 16));
        if (d.readInt() != MAGIC || d.readInt() != VERSION) {
            throw new IOException("not a knowledge-base index of this version");
        }
        long revision = d.readLong();
        int n = d.readInt();
        List<Entry> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = str(d);
            Kind kind = Kind.values()[d.readByte()];
            Severity severity = Severity.values()[d.readByte()];
            Map<Lang, String> titles = langMap(d);
            List<String> aliases = strs(d);
            List<String> tags = strs(d);
            int ns = d.readInt();
            List<Signature> sigs = new ArrayList<>(ns);
            for (int j = 0; j < ns; j++) {
                Signature sig = new Signature(str(d), d.readByte(), d.readBoolean());
                int nl = d.readInt();
                if (nl >= 0) {
                    List<List<String>> lits = new ArrayList<>(nl);
                    for (int k = 0; k < nl; k++) {
                        lits.add(strs(d));
                    }
                    sig.withLiterals(lits);
                }
                sigs.add(sig);
            }
            List<String> refs = strs(d);
            List<String> see = strs(d);
            String origin = str(d);
            byte[] body = new byte[d.readInt()];
            d.readFully(body);
            out.add(new Entry(id, kind, titles, aliases, tags, severity, sigs, refs, see, () -> body(body), origin));
        }
        return new Contents(out, revision);
    }

    private static Entry.Body body(byte[] bytes) {
        try {
            DataInputStream d = new DataInputStream(new java.io.ByteArrayInputStream(bytes));
            int nsec = d.readByte();
            Map<Lang, Section> sections = new EnumMap<>(Lang.class);
            for (int j = 0; j < nsec; j++) {
                Lang l = Lang.values()[d.readByte()];
                sections.put(l, new Section(str(d), str(d), strs(d), strs(d), str(d)));
            }
            int nx = d.readInt();
            List<Example> examples = new ArrayList<>(nx);
            for (int j = 0; j < nx; j++) {
                examples.add(new Example(str(d), d.readBoolean(), d.readInt()));
            }
            return new Entry.Body(sections, examples);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("damaged knowledge-base index", e);
        }
    }

    private static void str(DataOutputStream d, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        d.writeInt(b.length);
        d.write(b);
    }

    private static String str(DataInputStream d) throws IOException {
        byte[] b = new byte[d.readInt()];
        d.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static void strs(DataOutputStream d, List<String> l) throws IOException {
        d.writeInt(l.size());
        for (String s : l) {
            str(d, s);
        }
    }

    private static List<String> strs(DataInputStream d) throws IOException {
        int n = d.readInt();
        List<String> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            l.add(str(d));
        }
        return l;
    }

    private static void langMap(DataOutputStream d, Map<Lang, String> m) throws IOException {
        d.writeByte(m.size());
        for (Map.Entry<Lang, String> e : m.entrySet()) {
            d.writeByte(e.getKey().ordinal());
            str(d, e.getValue());
        }
    }

    private static Map<Lang, String> langMap(DataInputStream d) throws IOException {
        int n = d.readByte();
        Map<Lang, String> m = new EnumMap<>(Lang.class);
        for (int i = 0; i < n; i++) {
            Lang l = Lang.values()[d.readByte()];
            m.put(l, str(d));
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

    static byte[] toBytes(List<Entry> entries, long revision) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        write(entries, revision, bos);
        return bos.toByteArray();
    }
}
