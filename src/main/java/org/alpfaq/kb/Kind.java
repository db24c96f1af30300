package org.alpfaq.kb;

/** What an entry is for: an error found by {@code diagnose}, or a topic read with {@code explain}. */
public enum Kind {
    ERROR,
    TOPIC;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
