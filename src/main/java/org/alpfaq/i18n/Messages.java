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
        StringBuilder sb = new StringBuilder(pattern.replace("''", "'"));
        for (int i = 0; i < args.length; i++) {
            String token = "{" + i + "}";
            int at;
            while ((at = sb.indexOf(token)) >= 0) {
                sb.replace(at, at + token.length(), String.valueOf(args[i]));
            }
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
