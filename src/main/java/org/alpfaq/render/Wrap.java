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

    /**
     * Like {@link #lines}, but no line is wider than {@code width}, however narrow: a word longer
     * than the width (a path, a URL) is cut, and a style cut across lines is closed at the end of
     * each line and opened again on the next, so padding after it stays plain. For table cells.
     */
    static List<String> fit(String text, int width) {
        int w = Math.max(1, width);
        List<String> wrapped = new ArrayList<>();
        for (String para : text.split("\n", -1)) {
            wrapOne(para, w, wrapped); // not lines(): its floor of 10 columns would cut words needlessly
        }
        List<String> out = new ArrayList<>();
        for (String line : wrapped) {
            if (Width.of(line) <= w) {
                out.add(line);
            } else {
                cut(line, w, out);
            }
        }
        return closeStyles(out);
    }

    /** The widest piece {@link #lines} can never break: a word, or one CJK character. */
    static int longestWord(String text) {
        int max = 0;
        for (String t : tokens(text.replace('\n', ' '))) {
            max = Math.max(max, Width.of(t));
        }
        return max;
    }

    /** Cuts a line into pieces of at most {@code width} columns; a wide character is never split. */
    private static void cut(String line, int width, List<String> out) {
        StringBuilder piece = new StringBuilder();
        int w = 0;
        for (int i = 0; i < line.length(); ) {
            if (line.charAt(i) == '\u001B') {
                int j = Width.skipEscape(line, i);
                piece.append(line, i, j);
                i = j;
                continue;
            }
            int cp = line.codePointAt(i);
            int cw = Width.of(cp);
            if (w + cw > width && w > 0) {
                out.add(piece.toString().stripTrailing());
                piece.setLength(0);
                w = 0;
            }
            if (!(w == 0 && cp == ' ')) {
                piece.appendCodePoint(cp);
                w += cw;
            }
            i += Character.charCount(cp);
        }
        if (piece.length() > 0) {
            out.add(piece.toString().stripTrailing());
        }
    }

    /** Ends each line that leaves a colour or weight on with a reset, and starts the next with it. */
    static List<String> closeStyles(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        String active = "";
        for (String line : lines) {
            String l = active + line;
            active = activeStyle(l);
            out.add(active.isEmpty() ? l : l + RESET);
        }
        return out;
    }

    static final String RESET = "\u001B[0m";

    /** The SGR sequences still in force at the end of {@code s}: those after its last reset. */
    private static String activeStyle(String s) {
        StringBuilder active = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            if (s.charAt(i) != '\u001B') {
                i++;
                continue;
            }
            int j = Width.skipEscape(s, i);
            String seq = s.substring(i, j);
            if (seq.equals("\u001B[m") || seq.equals("\u001B[0m")) {
                active.setLength(0);
            } else if (seq.endsWith("m")) {
                active.append(seq);
            }
            i = j;
        }
        return active.toString();
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
