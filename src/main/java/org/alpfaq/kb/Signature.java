package org.alpfaq.kb;

import com.google.re2j.Pattern;
import java.util.Set;

/**
 * One regular expression of an entry, in RE2 syntax so that matching stays linear in the input.
 * The pattern is compiled on first use: most signatures never need it on a given input.
 */
public final class Signature {
    public static final int DEFAULT_WEIGHT = 30;

    private final String source;
    private final int weight;
    private final boolean supporting;
    private Pattern compiled;
    /**
     * The prefilter worked out at build time: every match contains one literal of each list; empty
     * when none is usable; null when not known.
     */
    private java.util.List<java.util.List<String>> literals;

    public Signature(String source, int weight) {
        this(source, weight, false);
    }

    /**
     * @param supporting the signature is evidence only together with another signature of the same
     *     entry (a time zone setting is no error; a time zone setting and a clock in UTC are)
     */
    public Signature(String source, int weight, boolean supporting) {
        this.source = source;
        this.weight = weight;
        this.supporting = supporting;
    }

    public boolean supporting() {
        return supporting;
    }

    /** The prefilter literals computed at build time (empty: none usable), or null when not computed. */
    public java.util.List<java.util.List<String>> literals() {
        return literals;
    }

    Signature withLiterals(java.util.List<java.util.List<String>> lits) {
        this.literals = lits;
        return this;
    }

    public String source() {
        return source;
    }

    public int weight() {
        return weight;
    }

    /** The compiled pattern; throws {@link com.google.re2j.PatternSyntaxException} for a bad one. */
    public Pattern pattern() {
        if (compiled == null) {
            compiled = Pattern.compile(source);
        }
        return compiled;
    }

    public Set<String> groupNames() {
        return pattern().namedGroups().keySet();
    }

    @Override
    public String toString() {
        return source;
    }
}
