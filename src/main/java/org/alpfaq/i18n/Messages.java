package org.alpfaq.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.alpfaq.kb.ByteReader;
import org.alpfaq.kb.Lang;

/**
 * User-facing words in the user's language, from {@code org/alpfaq/messages.properties} (English)
 * and {@code messages_zh.properties} (Chinese, falling back to English key by key). The build
 * compiles each file into a {@code .bin} twin that is read at start-up: parsing properties text
 * costs milliseconds of every run before the JIT has warmed up. Without the twin (run from
 * sources), the properties file is read.
 */
public final class Messages {
    private static final Map<String, String>[] CACHE = newCache();

    @SuppressWarnings("unchecked")
    private static Map<String, String>[] newCache() {
        return new Map[Lang.values().length];
    }

    private final Map<String, String> own;
    private final Map<String, String> english;
    private final Lang lang;

    public Messages(Lang lang) {
        this.lang = lang;
        this.english = bundle(Lang.EN);
        this.own = bundle(lang);
    }

    private static synchronized Map<String, String> bundle(Lang lang) {
        Map<String, String> m = CACHE[lang.ordinal()];
        if (m == null) {
            m = load(lang == Lang.ZH ? "messages_zh" : "messages");
            CACHE[lang.ordinal()] = m;
        }
        return m;
    }

    private static Map<String, String> load(String base) {
        try (InputStream bin = org.alpfaq.kb.Resources.open("org/alpfaq/" + base + ".bin")) {
            if (bin != null) {
                return decode(bin.readAllBytes());
            }
            try (InputStream in = org.alpfaq.kb.Resources.open("org/alpfaq/" + base + ".properties")) {
                if (in == null) {
                    throw new IOException("missing resource " + base + ".properties");
                }
                Properties p = new Properties();
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                Map<String, String> m = new HashMap<>();
                for (String k : p.stringPropertyNames()) {
                    m.put(k, p.getProperty(k));
                }
                return m;
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("alpfaq is damaged: " + e.getMessage(), e);
        }
    }

    /** The compiled form of a properties file: a count, then each key and value. */
    public static byte[] encode(Properties p) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.DataOutputStream out = new java.io.DataOutputStream(bytes);
        java.util.Set<String> keys = new java.util.TreeSet<>(p.stringPropertyNames());
        out.writeInt(keys.size());
        for (String k : keys) {
            for (String s : new String[] {k, p.getProperty(k)}) {
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                out.writeInt(b.length);
                out.write(b);
            }
        }
        out.flush();
        return bytes.toByteArray();
    }

    private static Map<String, String> decode(byte[] bytes) {
        ByteReader r = new ByteReader(bytes, 0);
        int n = r.i32();
        Map<String, String> m = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            m.put(r.str(), r.str());
        }
        return m;
    }

    public Lang lang() {
        return lang;
    }

    /** The message for {@code key} with {@code {0}}, {@code {1}}… replaced; '' stands for a quote. */
    public String get(String key, Object... args) {
        String pattern = own.get(key);
        if (pattern == null) {
            pattern = english.getOrDefault(key, key);
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
