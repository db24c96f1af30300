package org.alpfaq.match;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {{name}}} placeholders with values captured from the input. A value is put into
 * a shell snippet only when it cannot change what the snippet does: no shell metacharacters, no
 * blanks, no control characters, no leading '-' that would turn it into an option.
 */
public final class Placeholders {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z][a-z0-9_]*)\\}\\}");
    private static final Pattern SAFE = Pattern.compile("[\\p{L}\\p{N}._+:@/=,%~-]{1,200}");

    private Placeholders() {}

    /** True when {@code value} may stand in a snippet. */
    public static boolean safe(String value) {
        return value != null && SAFE.matcher(value).matches() && !value.startsWith("-");
    }

    public static String fill(String template, Map<String, String> captures) {
        if (template.indexOf("{{") < 0) {
            return template;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = captures.get(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(safe(v) ? v : m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
