package org.alpfaq.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Word wrapping by display width. Breaks at blanks, and between CJK characters, which have no
 * blanks between words; escape sequences ride along with the text they style.
 */
final class Wrap {
    private Wrap() {}

    static List<String> lines(String text, int width) {
        List<String> out = new ArrayList<>();
        for (String para : text.split("\n", -1)) {
            wrapOne(para, Math.max(10, width), out);
        }
        return out;
    }

    private static void wrapOne(String text, int width, List<String> out) {
        List<String> tokens = tokens(text);
        StringBuilder line = new StringBuilder();
        int w = 0;
        for (String t : tokens) {
            boolean space = t.equals(" ");
            int tw = Width.of(t);
            if (space) {
                if (w == 0) {
                    continue;
                }
                if (w + 1 > width) {
                    out.add(line.toString().stripTrailing());
                    line.setLength(0);
                    w = 0;
                    continue;
                }
            } else if (w + tw > width && w > 0) {
                out.add(line.toString().stripTrailing());
                line.setLength(0);
                w = 0;
            }
            line.append(t);
            w += tw;
        }
        out.add(line.toString().stripTrailing());
    }

    /** Words, single blanks, and single CJK characters (each a place to break). */
    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c == '\u001B') {
                int j = Width.skipEscape(s, i);
                cur.append(s, i, j);
                i = j;
                continue;
            }
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            if (cp == ' ') {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
                out.add(" ");
            } else if (Width.wide(cp)) {
                cur.appendCodePoint(cp);
                // Keep closing punctuation with the character before it.
                if (i + n >= s.length() || !isClosingPunct(s.codePointAt(i + n))) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
            } else {
                cur.appendCodePoint(cp);
            }
            i += n;
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }

    private static boolean isClosingPunct(int cp) {
        return "，。、；：？！）」』》〉】".indexOf(cp) >= 0 || cp == ',' || cp == '.' || cp == ')' || cp == ':';
    }

    static String pad(String s, int width) {
        int w = Width.of(s);
        return w >= width ? s : s + " ".repeat(width - w);
    }
}
