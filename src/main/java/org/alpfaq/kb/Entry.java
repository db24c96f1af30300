package org.alpfaq.kb;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One knowledge-base entry. Immutable; built by {@link EntryParser} or read from the compiled
 * index. The texts and examples (most of an entry's bytes) are decoded only when first asked for,
 * so that start-up touches just the ids, titles and signatures.
 */
public final class Entry {
    /** The heavy part of an entry. */
    public record Body(Map<Lang, Section> sections, List<Example> examples) {
        public Body {
            sections = sections.isEmpty() ? Map.of() : new EnumMap<>(sections);
            examples = List.copyOf(examples);
        }
    }

    private final String id;
    private final Kind kind;
    private final Map<Lang, String> titles;
    private final List<String> aliases;
    private final List<String> tags;
    private final Severity severity;
    private final List<Signature> signatures;
    private final List<String> references;
    private final List<String> seeAlso;
    private final String origin;
    private Supplier<Body> bodySource;
    private Body body;

    /**
     * @param id the file name without {@code .md}; the public contract scripts key on
     * @param origin where it was read from, for messages
     */
    public Entry(String id, Kind kind, Map<Lang, String> titles, List<String> aliases, List<String> tags,
            Severity severity, List<Signature> signatures, List<String> references, List<String> seeAlso,
            Supplier<Body> body, String origin) {
        this.id = id;
        this.kind = kind;
        this.titles = titles.isEmpty() ? Map.of() : new EnumMap<>(titles);
        this.aliases = List.copyOf(aliases);
        this.tags = List.copyOf(tags);
        this.severity = severity;
        this.signatures = List.copyOf(signatures);
        this.references = List.copyOf(references);
        this.seeAlso = List.copyOf(seeAlso);
        this.bodySource = body;
        this.origin = origin;
    }

    public Entry(String id, Kind kind, Map<Lang, String> titles, List<String> aliases, List<String> tags,
            Severity severity, List<Signature> signatures, List<String> references, List<String> seeAlso,
            Map<Lang, Section> sections, List<Example> examples, String origin) {
        this(id, kind, titles, aliases, tags, severity, signatures, references, seeAlso, null, origin);
        this.body = new Body(sections, examples);
    }

    private Body body() {
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
        return kind;
    }

    public Map<Lang, String> titles() {
        return titles;
    }

    public List<String> aliases() {
        return aliases;
    }

    public List<String> tags() {
        return tags;
    }

    public Severity severity() {
        return severity;
    }

    public List<Signature> signatures() {
        return signatures;
    }

    public List<String> references() {
        return references;
    }

    public List<String> seeAlso() {
        return seeAlso;
    }

    public String origin() {
        return origin;
    }

    public Map<Lang, Section> sections() {
        return body().sections();
    }

    public List<Example> examples() {
        return body().examples();
    }

    /** The title in {@code lang}, else in the other language. */
    public String title(Lang lang) {
        String t = titles.get(lang);
        return t != null ? t : titles.getOrDefault(lang.other(), id);
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
        return java.util.Arrays.stream(Lang.values())
                .filter(l -> sections().containsKey(l) && titles.containsKey(l))
                .toList();
    }

    @Override
    public String toString() {
        return "Entry[" + id + "]";
    }
}
