package org.alpfaq.match;

import java.util.List;
import java.util.Map;
import org.alpfaq.kb.Entry;

/**
 * An entry that matched the input.
 *
 * @param score the rank: the best matched signature's weight plus one per further signature
 * @param hits the first matched lines (at most {@link Diagnoser#MAX_HITS})
 * @param hitCount how many lines matched in all
 * @param captures the first value each named group took
 * @param first where the first matched line stands in the whole input (all files in order), for
 *     ranking
 */
public record Finding(Entry entry, int score, List<Hit> hits, long hitCount, Map<String, String> captures, long first) {}
