package org.alpfaq.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.alpfaq.kb.Lang;

/**
 * User-facing words in the user's language, from {@code org/alpfaq/messages.properties} (English)
 * and {@code messages_zh.properties} (Chinese, falling back to English key by key). Read as plain
 * UTF-8 properties files rather than through {@link java.util.ResourceBundle}, whose locale lookup
 * costs milliseconds of start-up on every run for no gain with two fixed languages.
 */
public final class Messages {
    private static final Properties[] CACHE = new Properties[Lang.values().length];

    private final Properties bundle;
    private final Lang lang;

    public Messages(Lang lang) {
        this.lang = lang;
        this.bundle = bundle(lang);
    }

    private static synchronized Properties bundle(Lang lang) {
        Properties p = CACHE[lang.ordinal()];
        if (p == null) {
            Properties english = load("messages.properties", null);
            p = lang == Lang.ZH ? load("messages_zh.properties", english) : english;
            CACHE[lang.ordinal()] = p;
        }
        return p;
    }

    private static Properties load(String name, Properties defaults) {
        Properties p = defaults == null ? new Properties() : new Properties(defaults);
        try (InputStream in = Messages.class.getResourceAsStream("/org/alpfaq/" + name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("alpfaq is damaged: " + e.getMessage(), e);
        }
        return p;
    }

    public Lang lang() {
        return lang;
    }

    /** The message for {@code key} with {@code {0}}, {@code {1}}… replaced; '' stands for a quote. */
    public String get(String key, Object... args) {
        String pattern = bundle.getProperty(key, key);
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
