package org.alpfaq.kb;

import java.util.Locale;
import java.util.Map;

/** The languages the knowledge base and the messages are written in. */
public enum Lang {
    EN("en"),
    ZH("zh");

    private final String code;

    Lang(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Lang other() {
        return this == EN ? ZH : EN;
    }

    /** Parses {@code en}, {@code zh}, {@code zh_CN.UTF-8} and the like; null when not one of ours. */
    public static Lang parse(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.startsWith("zh")) {
            return ZH;
        }
        if (v.startsWith("en")) {
            return EN;
        }
        return null;
    }

    /**
     * Picks the language the way gettext does: {@code LANGUAGE}, then {@code LC_ALL}, then
     * {@code LANG}; the first one set decides, zh* gives Chinese and anything else English.
     */
    public static Lang fromEnvironment(Map<String, String> env) {
        for (String name : new String[] {"LANGUAGE", "LC_ALL", "LANG"}) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                // LANGUAGE may hold a list such as "zh_CN:en"; the first item wins.
                String first = value.split(":", 2)[0];
                return first.toLowerCase(Locale.ROOT).startsWith("zh") ? ZH : EN;
            }
        }
        return EN;
    }

    /** True when the text holds CJK ideographs, used to tell the language of a one-language body. */
    public static boolean hasCjk(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(text.charAt(i));
            if (s == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }
}
