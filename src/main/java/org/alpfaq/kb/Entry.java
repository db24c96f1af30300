package org.alpfaq.kb;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One knowledge-base entry. Immutable; built by {@link EntryParser} or read from the compiled
 * index. Read from the index, an entry is decoded in two steps when first asked for: its head
 * (titles, signatures, links) and its body (texts and examples, most of its bytes). Start-up then
 * touches only the ids, and the heads and bodies of the entries it shows.
 */
public final class Entry {
    /**
     * The heavy part of an entry.
     *
     * @param trees each section's Markdown parsed at build time (see {@code render.MarkdownTree});
     *     empty for entries parsed at run time
     */
    public record Body(Map<Lang, Section> sections, List<Example> examples, Map<Lang, byte[]> trees) {
        public Body {
            sections = sections.isEmpty() ? Map.of() : new EnumMap<>(sections);
            examples = List.copyOf(examples);
            trees = trees.isEmpty() ? Map.of() : new EnumMap<>(trees);
        }

        public Body(Map<Lang, Section> sections, List<Example> examples) {
            this(sections, examples, Map.of());
        }
    }

    /** Everything but the id and the body. */
    public record Head(Kind kind, Map<Lang, String> titles, List<String> aliases, List<String> tags, Severity severity,
            List<Signature> signatures, List<String> references, List<String> seeAlso, String origin) {
        public Head {
            titles = titles.isEmpty() ? Map.of() : new EnumMap<>(titles);
            aliases = List.copyOf(aliases);
            tags = List.copyOf(tags);
            signatures = List.copyOf(signatures);
            references = List.copyOf(references);
            seeAlso = List.copyOf(seeAlso);
        }
    }

    private final String id;
    /** Known without the head when read from the index: looking names up needs them all. */
    private final List<String> aliases;
    private Supplier<Head> headSource;
    private Head head;
    private Supplier<Body> bodySource;
    private Body body;

    /**
     * An entry whose head and body are decoded when first needed.
     *
     * @param id the file name without {@code .md}; the public contract scripts key on
     */
    public Entry(String id, List<String> aliases, Supplier<Head> head, Supplier<Body> body) {
        this.id = id;
        this.aliases = List.copyOf(aliases);
        this.headSource = head;
        this.bodySource = body;
    }

    /**
     * @param id the file name without {@code .md}; the public contract scripts key on
     * @param origin where it was read from, for messages
     */
    public Entry(String id, Kind kind, Map<Lang, String> titles, List<String> aliases, List<String> tags,
            Severity severity, List<Signature> signatures, List<String> references, List<String> seeAlso,
            Supplier<Body> body, String origin) {
        this.id = id;
        this.head = new Head(kind, titles, aliases, tags, severity, signatures, references, seeAlso, origin);
        this.aliases = head.aliases();
        this.bodySource = body;
    }

    public Entry(String id, Kind kind, Map<Lang, String> titles, List<String> aliases, List<String> tags,
            Severity severity, List<Signature> signatures, List<String> references, List<String> seeAlso,
            Map<Lang, Section> sections, List<Example> examples, String origin) {
        this(id, kind, titles, aliases, tags, severity, signatures, references, seeAlso, null, origin);
        this.body = new Body(sections, examples);
    }

    private synchronized Head head() {
        if (head == null) {
            head = headSource.get();
            headSource = null;
        }
        return head;
    }

    private synchronized Body body() {
        if (body == null) {
            body = bodySource.get();
            bodySource = null;
        }
        return body;
    }

    public String id() {
        return id;
    }

    public Kind kind() {
        return head().kind();
    }

    public Map<Lang, String> titles() {
        return head().titles();
    }

    public List<String> aliases() {
        return aliases;
    }

    public List<String> tags() {
        return head().tags();
    }

    public Severity severity() {
        return head().severity();
    }

    public List<Signature> signatures() {
        return head().signatures();
    }

    public List<String> references() {
        return head().references();
    }

    public List<String> seeAlso() {
        return head().seeAlso();
    }

    public String origin() {
        return head().origin();
    }

    public Map<Lang, Section> sections() {
        return body().sections();
    }

    public List<Example> examples() {
        return body().examples();
    }

    /** The title in {@code lang}, else in the other language. */
    public String title(Lang lang) {
        Map<Lang, String> titles = head().titles();
        String t = titles.get(lang);
        return t != null ? t : titles.getOrDefault(lang.other(), id);
    }

    /**
     * The Markdown of {@link #section(Lang)}, parsed at build time, or null when it was not (user
     * entries): then the text is parsed when shown.
     */
    public byte[] markdownTree(Lang lang) {
        return body().trees().get(shownLang(lang));
    }

    /** The text in {@code lang}, else in the other language; null only for an entry with no body. */
    public Section section(Lang lang) {
        Section s = sections().get(lang);
        return s != null ? s : sections().get(lang.other());
    }

    /** The language {@link #section(Lang)} actually returns for {@code lang}. */
    public Lang shownLang(Lang lang) {
        return sections().containsKey(lang) || !sections().containsKey(lang.other()) ? lang : lang.other();
    }

    /** Languages that have both a title and a body. */
    public List<Lang> langs() {
        List<Lang> out = new java.util.ArrayList<>();
        for (Lang l : Lang.values()) {
            if (sections().containsKey(l) && titles().containsKey(l)) {
                out.add(l);
            }
        }
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return "Entry[" + id + "]";
    }
}
