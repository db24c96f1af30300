package org.alpfaq.kb;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One knowledge-base entry. Immutable; built by {@link EntryParser}.
 *
 * @param id the file name without {@code .md}; the public contract scripts key on
 * @param origin where it was read from, for messages
 */
public record Entry(
        String id,
        Kind kind,
        Map<Lang, String> titles,
        List<String> aliases,
        List<String> tags,
        Severity severity,
        List<Signature> signatures,
        List<String> references,
        List<String> seeAlso,
        Map<Lang, Section> sections,
        List<Example> examples,
        String origin) {

    public Entry {
        titles = titles.isEmpty() ? Map.of() : new EnumMap<>(titles);
        sections = sections.isEmpty() ? Map.of() : new EnumMap<>(sections);
        aliases = List.copyOf(aliases);
        tags = List.copyOf(tags);
        signatures = List.copyOf(signatures);
        references = List.copyOf(references);
        seeAlso = List.copyOf(seeAlso);
        examples = List.copyOf(examples);
    }

    /** The title in {@code lang}, else in the other language. */
    public String title(Lang lang) {
        String t = titles.get(lang);
        return t != null ? t : titles.getOrDefault(lang.other(), id);
    }

    /** The text in {@code lang}, else in the other language; null only for an entry with no body. */
    public Section section(Lang lang) {
        Section s = sections.get(lang);
        return s != null ? s : sections.get(lang.other());
    }

    /** The language {@link #section(Lang)} actually returns for {@code lang}. */
    public Lang shownLang(Lang lang) {
        return sections.containsKey(lang) || !sections.containsKey(lang.other()) ? lang : lang.other();
    }

    /** Languages that have both a title and a body. */
    public List<Lang> langs() {
        return java.util.Arrays.stream(Lang.values())
                .filter(l -> sections.containsKey(l) && titles.containsKey(l))
                .toList();
    }
}
