package org.alpfaq.match;

import java.util.regex.Pattern;

/**
 * Cleans one pasted line so that what pastes carry around a message does not defeat matching:
 * terminal escapes, control characters, quote markers, prompts, timestamps, syslog and CI prefixes.
 * Pure and idempotent: {@code clean(clean(x)).equals(clean(x))}.
 */
public final class Normalizer {
    private Normalizer() {}

    // Every pattern here is compiled on first use: most lines need none of them, and compiling
    // java.util.regex patterns (with the lambdas they are built from) costs milliseconds of start-up.

    // ESC [ … final, ESC ] … BEL/ST, and two-character ESC sequences.
    private static final Lazy ANSI = new Lazy(
            "\u001B\\[[0-?]*[ -/]*[@-~]|\u001B\\][^\u0007\u001B]*(?:\u0007|\u001B\\\\)?|\u001B[@-Z\\\\-_]?|\u009B[0-?]*[ -/]*[@-~]");
    // Literal caret notation as copied from some terminals: ^[[0m and a trailing ^M.
    private static final Lazy CARET = new Lazy("\\^\\[\\[[0-9;]*[A-Za-z]|\\^M$");
    private static final Lazy CONTROL = new Lazy("[\\x00-\\x08\\x0B-\\x1F\\x7F\\x80-\\x9F]");

    /** A pattern compiled the first time it is needed. */
    private static final class Lazy {
        private final String regex;
        private Pattern pattern;

        Lazy(String regex) {
            this.regex = regex;
        }

        synchronized Pattern get() {
            if (pattern == null) {
                pattern = Pattern.compile(regex);
            }
            return pattern;
        }
    }

    // The cheap tests that say whether a prefix can apply at all.
    private static final int BLANK_OR_QUOTE = 0;
    private static final int DIGIT_OR_BRACKET = 1;
    private static final int SYSLOG = 2;
    private static final int BRACKET = 3;
    private static final int DIGIT = 4;
    private static final int HASH = 5;
    private static final int STEP = 6;
    private static final int PROMPT = 7;
    private static final int PATH = 8;
    private static final int DOLLAR_OR_HASH = 9;

    /** A prefix removed from the start of a line, with a cheap test of whether it can apply at all. */
    private static final class Prefix {
        final int test;
        final Lazy pattern;

        Prefix(int test, String regex) {
            this.test = test;
            this.pattern = new Lazy(regex);
        }

        boolean may(String s) {
            switch (test) {
                case BLANK_OR_QUOTE:
                    return !s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || s.charAt(0) == '>');
                case DIGIT_OR_BRACKET:
                    return startsWithDigit(s) || startsWith(s, '[');
                case SYSLOG:
                    return s.length() > 15 && s.charAt(0) >= 'A' && s.charAt(0) <= 'Z' && s.charAt(3) == ' ';
                case BRACKET:
                    return startsWith(s, '[');
                case DIGIT:
                    return startsWithDigit(s);
                case HASH:
                    return startsWith(s, '#');
                case STEP:
                    return s.startsWith("Step ");
                case PROMPT:
                    return hasPromptMark(s);
                case PATH:
                    return startsWith(s, '/') || startsWith(s, '~');
                default:
                    return startsWith(s, '$') || startsWith(s, '#');
            }
        }
    }

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
    private static final Prefix[] PREFIXES = {
            // leading blanks and Markdown/e-mail quote markers: "> ", "> > "
            new Prefix(BLANK_OR_QUOTE, "^(?:\\s|>(?=\\s|>|$))+"),
            // ISO timestamps as CI systems print them: 2024-05-01T10:00:00.1234567Z, [2024-05-01 10:00:00]
            new Prefix(DIGIT_OR_BRACKET,
                    "^\\[?\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:\\d\\d:\\d\\d(?:[.,]\\d+)?(?:Z|[+-]\\d\\d:?\\d\\d)?\\]?(?:\\s+|$)"),
            // syslog: "Mar 26 04:56:37 host daemon.info " (the program tag such as "init:" stays)
            new Prefix(SYSLOG,
                    "^[A-Z][a-z]{2} +\\d{1,2} \\d\\d:\\d\\d:\\d\\d(?: +[\\w.-]+(?= \\S+:| \\w+\\.\\w+ ))?(?: +\\w+\\.(?:emerg|alert|crit|err|error|warn|warning|notice|info|debug))?(?:\\s+|$)"),
            // kernel log time: "[    3.141592] "
            new Prefix(BRACKET, "^\\[\\s*\\d+\\.\\d+\\]\\s*"),
            // plain clock time: "10:00:00 " or "10:00:00.123 "
            new Prefix(DIGIT, "^\\d\\d:\\d\\d:\\d\\d(?:[.,]\\d+)?\\s+"),
            // BuildKit: "#7 0.532 ", "#7 "
            new Prefix(HASH, "^#\\d+ (?:\\d+\\.\\d+ )?"),
            // classic docker build: "Step 3/7 : "
            new Prefix(STEP, "^Step \\d+/\\d+ : "),
            // shell prompts: "user@host:~$ ", "core@ip-10-0-0-1 ~ $ ", "host:~# ", "/ # ", "$ ", "# "
            new Prefix(PROMPT, "^[\\w.-]+@[\\w.-]+(?::[^\\s$#]*| [^\\s$#]{1,40})? ?[$#] "),
            new Prefix(PROMPT, "^[\\w.-]+:[~/][^\\s$#]*[$#] "),
            new Prefix(PATH, "^(?:/[\\w./-]*|~[\\w./-]*) [$#] "),
            new Prefix(DOLLAR_OR_HASH, "^[$#] "),
    };

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
            s = ANSI.get().matcher(s).replaceAll("");
        }
        if (s.indexOf('^') >= 0) {
            s = CARET.get().matcher(s).replaceAll("");
        }
        if (hasControl(s)) {
            s = CONTROL.get().matcher(s).replaceAll("");
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Prefix p : PREFIXES) {
                if (!p.may(s)) {
                    continue;
                }
                java.util.regex.Matcher m = p.pattern.get().matcher(s);
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
        if (!hasControl(text)) {
            return text; // nearly always: no regex needed
        }
        String s = ANSI.get().matcher(text).replaceAll("");
        return CONTROL.get().matcher(s).replaceAll("");
    }
}
