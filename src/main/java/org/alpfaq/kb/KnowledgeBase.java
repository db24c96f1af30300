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
    /** Ids and aliases; built when first asked for, since aliases live in the entries' heads. */
    private Map<String, Entry> byName;
    private final List<Problem> problems;
    private final byte[] matcher;

    /** Entries by id; a class rather than a method reference, which costs start-up time on first use. */
    private static final Comparator<Entry> BY_ID = new Comparator<>() {
        @Override
        public int compare(Entry a, Entry b) {
            return a.id().compareTo(b.id());
        }
    };

    private KnowledgeBase(Collection<Entry> entries, List<Problem> problems, byte[] matcher) {
        this.matcher = matcher;
        List<Entry> sorted = new ArrayList<>(entries);
        if (!sortedById(sorted)) {
            sorted.sort(BY_ID);
        }
        this.entries = List.copyOf(sorted);
        this.byId = new LinkedHashMap<>();
        for (Entry e : this.entries) {
            byId.put(e.id(), e);
        }
        this.problems = List.copyOf(problems);
    }

    private static boolean sortedById(List<Entry> l) {
        for (int i = 1; i < l.size(); i++) {
            if (l.get(i - 1).id().compareTo(l.get(i).id()) > 0) {
                return false;
            }
        }
        return true;
    }

    private synchronized Map<String, Entry> byName() {
        if (byName == null) {
            Map<String, Entry> m = new HashMap<>();
            // Ids win over aliases; among aliases the first entry (by id) wins.
            for (Entry e : entries) {
                for (String alias : e.aliases()) {
                    m.putIfAbsent(alias.toLowerCase(Locale.ROOT), e);
                }
            }
            for (Entry e : entries) {
                m.put(e.id(), e);
            }
            byName = m;
        }
        return byName;
    }

    /** Entries in later positions replace earlier ones with the same id. */
    public static KnowledgeBase of(List<Entry> entries, List<Problem> problems) {
        return of(entries, problems, null);
    }

    /**
     * @param matcher the matcher compiled at build time for exactly {@code entries} (see
     *     {@link #prebuiltMatcher()}), or null
     */
    static KnowledgeBase of(List<Entry> entries, List<Problem> problems, byte[] matcher) {
        Map<String, Entry> merged = new LinkedHashMap<>();
        for (Entry e : entries) {
            merged.put(e.id(), e);
        }
        return new KnowledgeBase(merged.values(), problems, merged.size() == entries.size() ? matcher : null);
    }

    /**
     * The matcher compiled at build time for exactly these entries, in the form
     * {@code org.alpfaq.match.Diagnoser} writes it; null when the base was put together at run time
     * (user entries), in which case the matcher is built at run time.
     */
    public byte[] prebuiltMatcher() {
        return matcher;
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
        // Ids win over aliases, so an id is found without decoding every entry's aliases.
        Entry e = byId.get(key);
        if (e == null) {
            e = byName().get(key);
        }
        if (e == null) {
            e = byName().get(key.replace(' ', '-').replace('_', '-'));
        }
        return Optional.ofNullable(e);
    }

    /** Every id and alias, lower-case, for suggestions and completion. */
    public List<String> names() {
        return List.copyOf(new java.util.TreeSet<>(byName().keySet()));
    }

    /** Problems met while loading: broken user entries that were skipped, unreadable files. */
    public List<Problem> problems() {
        return problems;
    }
}
