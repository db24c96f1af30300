package org.alpfaq.i18n;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.alpfaq.kb.Lang;

/** User-facing words in the user's language, from {@code org/alpfaq/messages*.properties}. */
public final class Messages {
    private final ResourceBundle bundle;
    private final Lang lang;

    public Messages(Lang lang) {
        this.lang = lang;
        Locale locale = lang == Lang.ZH ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
        this.bundle = ResourceBundle.getBundle("org.alpfaq.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Lang lang() {
        return lang;
    }

    /** The message for {@code key} with {@code {0}}, {@code {1}}… replaced; '' stands for a quote. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return format(pattern, args);
    }

    /**
     * One pass over the pattern, so a value that itself holds "{1}" or "''" (a regular expression,
     * a file name) is inserted as it is and never read as a placeholder.
     */
    static String format(String pattern, Object... args) {
        StringBuilder sb = new StringBuilder(pattern.length() + 16);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                sb.append('\'');
                i++;
                continue;
            }
            if (c == '{') {
                int j = i + 1;
                while (j < pattern.length() && j - i <= 2 && Character.isDigit(pattern.charAt(j))) {
                    j++;
                }
                if (j > i + 1 && j < pattern.length() && pattern.charAt(j) == '}') {
                    int n = Integer.parseInt(pattern.substring(i + 1, j));
                    if (n < args.length) {
                        sb.append(args[n]);
                        i = j;
                        continue;
                    }
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** The name of a language in the user's language. */
    public String langName(Lang l) {
        if (lang == Lang.ZH) {
            return l == Lang.ZH ? "中文" : "英文";
        }
        return l == Lang.ZH ? "Chinese" : "English";
    }
}
