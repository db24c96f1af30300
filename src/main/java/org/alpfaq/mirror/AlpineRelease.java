package org.alpfaq.mirror;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps the text of /etc/alpine-release to a repository branch, as setup-apkrepos does. */
public final class AlpineRelease {
    private static final Pattern STABLE = Pattern.compile("(\\d+)\\.(\\d+)\\.\\d+");
    private static final Pattern BRANCH = Pattern.compile("v\\d+\\.\\d+|edge|latest-stable");

    private AlpineRelease() {}

    /** {@code 3.20.3} gives {@code v3.20}; development versions ({@code 3.21_alpha20240807}, {@code _git}) give edge. */
    public static String branch(String release) {
        String r = release.trim();
        Matcher m = STABLE.matcher(r);
        if (m.matches()) {
            return "v" + m.group(1) + "." + m.group(2);
        }
        if (BRANCH.matcher(r).matches()) {
            return r;
        }
        return "edge";
    }

    /** A --release value checked: vX.Y, edge or latest-stable. */
    public static Optional<String> parseOption(String value) {
        String v = value.trim();
        if (v.matches("\\d+\\.\\d+")) {
            v = "v" + v;
        }
        return BRANCH.matcher(v).matches() ? Optional.of(v) : Optional.empty();
    }
}
