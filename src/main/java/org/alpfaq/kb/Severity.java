package org.alpfaq.kb;

/** How bad a finding is; a harmless finding never outranks another one. */
public enum Severity {
    ERROR,
    WARNING,
    HARMLESS;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
