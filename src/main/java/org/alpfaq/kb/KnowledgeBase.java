package org.alpfaq.kb;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The loaded entries, by id and alias, and what went wrong loading them. Immutable. */
public final class KnowledgeBase {
    private final List<Entry> entries;
    private final Map<String, Entry> byId;
    private final Map<String, Entry> byName;
    private final List<Problem> problems;

    private KnowledgeBase(Collection<Entry> entries, List<Problem> problems) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Entry::id));
        this.entries = List.copyOf(sorted);
        this.byId = new LinkedHashMap<>();
        this.byName = new HashMap<>();
        for (Entry e : this.entries) {
            byId.put(e.id(), e);
        }
        // Ids win over aliases; among aliases the first entry (by id) wins.
        for (Entry e : this.entries) {
            for (String alias : e.aliases()) {
                byName.putIfAbsent(alias.toLowerCase(Locale.ROOT), e);
            }
        }
        for (Entry e : this.entries) {
            byName.put(e.id(), e);
        }
        this.problems = List.copyOf(problems);
    }

    /** Entries in later positions replace earlier ones with the same id. */
    public static KnowledgeBase of(List<Entry> entries, List<Problem> problems) {
        Map<String, Entry> merged = new LinkedHashMap<>();
        for (Entry e : entries) {
            merged.put(e.id(), e);
        }
        return new KnowledgeBase(merged.values(), problems);
    }

    public List<Entry> entries() {
        return entries;
    }

    public Optional<Entry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Looks up an id or alias, ignoring case and surrounding blanks. */
    public Optional<Entry> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = name.trim().toLowerCase(Locale.ROOT);
        Entry e = byName.get(key);
        if (e == null) {
            e = byName.get(key.replace(' ', '-').replace('_', '-'));
        }
        return Optional.ofNullable(e);
    }

    /** Every id and alias, lower-case, for suggestions and completion. */
    public List<String> names() {
        return List.copyOf(new java.util.TreeSet<>(byName.keySet()));
    }

    /** Problems met while loading: broken user entries that were skipped, unreadable files. */
    public List<Problem> problems() {
        return problems;
    }
}
