package org.alpfaq.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.alpfaq.kb.Entry;
import org.alpfaq.kb.KnowledgeBase;
import org.alpfaq.kb.Lang;
import org.alpfaq.kb.Section;

/**
 * Ranked full-text search over both languages of every entry. Latin text is split into words,
 * Chinese into overlapping character pairs, so a Chinese query needs no word segmenter.
 */
public final class Search {
    private static final Set<String> STOP = Set.of("a", "an", "the", "to", "of", "and", "or", "in", "on", "is", "for",
            "with", "no", "not", "be", "it", "this", "that", "from", "by", "as", "at", "are", "was", "if", "you", "your",
            "how", "what", "why", "do", "does", "can", "my", "me", "i", "de", "的", "了", "是");
    private static final int HEAD = 4;

    /** A search result. */
    public record Hit(Entry entry, double score) {}

    private final List<Entry> entries;
    private final List<Map<String, Integer>> head = new ArrayList<>();
    private final List<Map<String, Integer>> body = new ArrayList<>();
    private final Map<String, Integer> df = new HashMap<>();

    public Search(KnowledgeBase kb) {
        this.entries = kb.entries();
        for (Entry e : entries) {
            StringBuilder h = new StringBuilder(e.id().replace('-', ' '));
            for (Lang l : Lang.values()) {
                h.append(' ').append(e.titles().getOrDefault(l, ""));
            }
            e.aliases().forEach(a -> h.append(' ').append(a.replace('-', ' ')));
            e.tags().forEach(t -> h.append(' ').append(t));
            StringBuilder b = new StringBuilder();
            for (Section s : e.sections().values()) {
                b.append(s.markdown()).append('\n');
            }
            Map<String, Integer> hm = counts(tokens(h.toString()));
            Map<String, Integer> bm = counts(tokens(b.toString()));
            head.add(hm);
            body.add(bm);
            Set<String> seen = new HashSet<>(hm.keySet());
            seen.addAll(bm.keySet());
            seen.forEach(t -> df.merge(t, 1, Integer::sum));
        }
    }

    /** Entries ranked for {@code query}, best first, at most {@code limit}. */
    public List<Hit> search(String query, int limit) {
        List<String> q = tokens(query);
        Set<String> terms = new HashSet<>(q.subList(0, Math.min(q.size(), 400)));
        List<Hit> hits = new ArrayList<>();
        int n = entries.size();
        for (int i = 0; i < n; i++) {
            double score = 0;
            int matched = 0;
            for (String t : terms) {
                Integer d = df.get(t);
                if (d == null) {
                    continue;
                }
                double idf = Math.log(1 + (double) n / d);
                int hc = head.get(i).getOrDefault(t, 0);
                int bc = body.get(i).getOrDefault(t, 0);
                if (hc + bc > 0) {
                    matched++;
                    score += idf * (HEAD * Math.min(hc, 2) + Math.sqrt(Math.min(bc, 16)));
                }
            }
            if (matched > 0) {
                // Reward covering more of the query over repeating one word.
                score *= (double) matched / Math.max(1, Math.min(terms.size(), 8));
                hits.add(new Hit(entries.get(i), score));
            }
        }
        hits.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparing(h -> h.entry().id()));
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : List.copyOf(hits);
    }

    static Map<String, Integer> counts(List<String> tokens) {
        Map<String, Integer> m = new HashMap<>();
        tokens.forEach(t -> m.merge(t, 1, Integer::sum));
        return m;
    }

    /** Lower-case words of two or more letters or digits, and pairs of adjacent Han characters. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        StringBuilder han = new StringBuilder();
        String s = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            boolean isHan = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
            if (!isHan && han.length() > 0) {
                flushHan(han, out);
            }
            if (Character.isLetterOrDigit(c) && !isHan) {
                word.append(c);
                continue;
            }
            if (word.length() > 0) {
                String w = word.toString();
                if (w.length() > 1 && !STOP.contains(w)) {
                    out.add(w);
                }
                word.setLength(0);
            }
            if (isHan) {
                han.append(c);
            }
        }
        return out;
    }

    private static void flushHan(StringBuilder han, List<String> out) {
        if (han.length() == 1) {
            if (!STOP.contains(han.toString())) {
                out.add(han.toString());
            }
        } else {
            for (int j = 0; j + 1 < han.length(); j++) {
                out.add(han.substring(j, j + 2));
            }
        }
        han.setLength(0);
    }

    /** Ids and aliases close to {@code name} by edit distance, closest first. */
    public static List<String> closest(String name, List<String> candidates, int limit) {
        String n = name.toLowerCase(Locale.ROOT);
        int max = Math.max(2, n.length() / 3);
        List<String> out = new ArrayList<>();
        candidates.stream()
                .map(c -> Map.entry(c, distance(n, c)))
                .filter(e -> e.getValue() <= max || e.getKey().contains(n) || (n.length() > 3 && n.contains(e.getKey())))
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .forEach(e -> out.add(e.getKey()));
        return out;
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
