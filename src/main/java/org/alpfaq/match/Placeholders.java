package org.alpfaq.match;

import java.util.Map;

/**
 * Fills {@code {{name}}} placeholders with values captured from the input. A value is put into
 * a shell snippet only when it cannot change what the snippet does: no shell metacharacters, no
 * blanks, no control characters, no leading '-' that would turn it into an option.
 *
 * <p>Written without regular expressions: every diagnosis runs it, and java.util.regex costs
 * milliseconds of start-up on first use.
 */
public final class Placeholders {
    private static final int MAX = 200;

    private Placeholders() {}

    /** True when {@code value} may stand in a snippet: 1 to 200 letters, digits and {@code ._+:@/=,%~-}, no leading '-'. */
    public static boolean safe(String value) {
        if (value == null || value.isEmpty() || value.startsWith("-")) {
            return false;
        }
        int count = 0;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            if (++count > MAX || !(Character.isLetter(cp) || isNumber(cp) || "._+:@/=,%~-".indexOf(cp) >= 0)) {
                return false;
            }
        }
        return true;
    }

    /** Unicode category N (Nd, Nl, No), as {@code \p{N}}. */
    private static boolean isNumber(int cp) {
        int t = Character.getType(cp);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    public static String fill(String template, Map<String, String> captures) {
        int open = template.indexOf("{{");
        if (open < 0) {
            return template;
        }
        StringBuilder sb = new StringBuilder(template.length() + 32);
        int copied = 0;
        while (open >= 0) {
            int end = nameEnd(template, open + 2);
            if (end > 0 && template.startsWith("}}", end)) {
                String v = captures.get(template.substring(open + 2, end));
                if (safe(v)) {
                    sb.append(template, copied, open).append(v);
                    copied = end + 2;
                }
                open = template.indexOf("{{", end + 2);
            } else {
                open = template.indexOf("{{", open + 1);
            }
        }
        return sb.append(template, copied, template.length()).toString();
    }

    /** The end of a name {@code [a-z][a-z0-9_]*} starting at {@code i}, or -1 when none starts there. */
    private static int nameEnd(String s, int i) {
        if (i >= s.length() || s.charAt(i) < 'a' || s.charAt(i) > 'z') {
            return -1;
        }
        int j = i + 1;
        while (j < s.length()) {
            char c = s.charAt(j);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_')) {
                break;
            }
            j++;
        }
        return j;
    }
}
