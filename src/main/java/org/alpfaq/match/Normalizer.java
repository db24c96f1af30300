package org.alpfaq.match;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Cleans one pasted line so that what pastes carry around a message does not defeat matching:
 * terminal escapes, control characters, quote markers, prompts, timestamps, syslog and CI prefixes.
 * Pure and idempotent: {@code clean(clean(x)).equals(clean(x))}.
 */
public final class Normalizer {
    private Normalizer() {}

    // ESC [ … final, ESC ] … BEL/ST, and two-character ESC sequences.
    private static final Pattern ANSI = Pattern.compile(
            "\u001B\\[[0-?]*[ -/]*[@-~]|\u001B\\][^\u0007\u001B]*(?:\u0007|\u001B\\\\)?|\u001B[@-Z\\\\-_]?|\u009B[0-?]*[ -/]*[@-~]");
    // Literal caret notation as copied from some terminals: ^[[0m and a trailing ^M.
    private static final Pattern CARET = Pattern.compile("\\^\\[\\[[0-9;]*[A-Za-z]|\\^M$");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F\\x80-\\x9F]");

    /** A prefix removed from the start of a line, with a cheap test of whether it can apply at all. */
    private record Prefix(java.util.function.Predicate<String> may, Pattern pattern) {}

    private static boolean startsWithDigit(String s) {
        return !s.isEmpty() && s.charAt(0) >= '0' && s.charAt(0) <= '9';
    }

    private static boolean startsWith(String s, char c) {
        return !s.isEmpty() && s.charAt(0) == c;
    }

    private static boolean hasPromptMark(String s) {
        int end = Math.min(s.length(), 160);
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if ((c == '$' || c == '#') && i + 1 < s.length() && s.charAt(i + 1) == ' ') {
                return true;
            }
        }
        return false;
    }

    /** Prefixes removed from the start of a line, tried in turn until none applies. */
    private static final List<Prefix> PREFIXES = List.of(
            // leading blanks and Markdown/e-mail quote markers: "> ", "> > "
            new Prefix(s -> !s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || s.charAt(0) == '>'),
                    Pattern.compile("^(?:\\s|>(?=\\s|>|$))+")),
            // ISO timestamps as CI systems print them: 2024-05-01T10:00:00.1234567Z, [2024-05-01 10:00:00]
            new Prefix(s -> startsWithDigit(s) || startsWith(s, '['),
                    Pattern.compile("^\\[?\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:\\d\\d:\\d\\d(?:[.,]\\d+)?(?:Z|[+-]\\d\\d:?\\d\\d)?\\]?(?:\\s+|$)")),
            // syslog: "Mar 26 04:56:37 host daemon.info " (the program tag such as "init:" stays)
            new Prefix(s -> s.length() > 15 && s.charAt(0) >= 'A' && s.charAt(0) <= 'Z' && s.charAt(3) == ' ',
                    Pattern.compile("^[A-Z][a-z]{2} +\\d{1,2} \\d\\d:\\d\\d:\\d\\d(?: +[\\w.-]+(?= \\S+:| \\w+\\.\\w+ ))?(?: +\\w+\\.(?:emerg|alert|crit|err|error|warn|warning|notice|info|debug))?(?:\\s+|$)")),
            // kernel log time: "[    3.141592] "
            new Prefix(s -> startsWith(s, '['), Pattern.compile("^\\[\\s*\\d+\\.\\d+\\]\\s*")),
            // plain clock time: "10:00:00 " or "10:00:00.123 "
            new Prefix(Normalizer::startsWithDigit, Pattern.compile("^\\d\\d:\\d\\d:\\d\\d(?:[.,]\\d+)?\\s+")),
            // BuildKit: "#7 0.532 ", "#7 "
            new Prefix(s -> startsWith(s, '#'), Pattern.compile("^#\\d+ (?:\\d+\\.\\d+ )?")),
            // classic docker build: "Step 3/7 : "
            new Prefix(s -> s.startsWith("Step "), Pattern.compile("^Step \\d+/\\d+ : ")),
            // shell prompts: "user@host:~$ ", "core@ip-10-0-0-1 ~ $ ", "host:~# ", "/ # ", "$ ", "# "
            new Prefix(Normalizer::hasPromptMark, Pattern.compile("^[\\w.-]+@[\\w.-]+(?::[^\\s$#]*| [^\\s$#]{1,40})? ?[$#] ")),
            new Prefix(Normalizer::hasPromptMark, Pattern.compile("^[\\w.-]+:[~/][^\\s$#]*[$#] ")),
            new Prefix(s -> startsWith(s, '/') || startsWith(s, '~'), Pattern.compile("^(?:/[\\w./-]*|~[\\w./-]*) [$#] ")),
            new Prefix(s -> startsWith(s, '$') || startsWith(s, '#'), Pattern.compile("^[$#] ")));

    /** Lines longer than this are cut into pieces of this size by the line reader. */
    public static final int MAX_LINE = 16 * 1024;

    public static String clean(String line) {
        String s = line;
        // CRLF line ends go; a carriage return inside a line is evidence (a CRLF script) and stays visible.
        if (s.indexOf('\r') >= 0) {
            s = s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
            s = s.replace("\r", "^M");
        }
        if (s.indexOf('\u001B') >= 0 || s.indexOf('\u009B') >= 0) {
            s = ANSI.matcher(s).replaceAll("");
        }
        if (s.indexOf('^') >= 0) {
            s = CARET.matcher(s).replaceAll("");
        }
        if (hasControl(s)) {
            s = CONTROL.matcher(s).replaceAll("");
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Prefix p : PREFIXES) {
                if (!p.may().test(s)) {
                    continue;
                }
                java.util.regex.Matcher m = p.pattern().matcher(s);
                if (m.lookingAt() && m.end() > 0) {
                    s = s.substring(m.end());
                    changed = true;
                }
            }
        }
        return s.stripTrailing();
    }

    private static boolean hasControl(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F)) {
                return true;
            }
        }
        return false;
    }

    /** Removes control characters from text that will be echoed to a terminal; tabs stay. */
    public static String safeForTerminal(String text) {
        String s = ANSI.matcher(text).replaceAll("");
        return CONTROL.matcher(s).replaceAll("");
    }
}
