package org.alpfaq.mirror;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An apk repositories file as a list of lines, each kept byte for byte with its own line ending,
 * so that {@code parse(text).print()} always gives back {@code text}. Only the lines a rewrite
 * changes are ever touched. Pure: no I/O.
 */
public final class RepositoriesFile {
    /** One line: its text without the ending, and the ending ("\n", "\r\n" or "" on a last line without one). */
    public record Line(String text, String eol) {
        public Optional<Repo> repo() {
            return Repo.parse(text);
        }
    }

    /**
     * What a repository line says.
     *
     * @param commented the line is commented out
     * @param tag the {@code @tag} or null
     * @param url the URL or local path as written
     * @param base the mirror base URL (up to the branch), or null for a local path or an unknown layout
     * @param branch {@code v3.20}, {@code edge}, {@code latest-stable}, or null
     * @param component {@code main}, {@code community}, … (several in apk-tools 3 syntax), or null
     */
    public record Repo(boolean commented, String tag, String url, String base, String branch, String component,
            int urlStart, int baseEnd) {
        private static final Pattern LINE = Pattern.compile(
                "^(\\s*)(#\\s*)?((?:v2|v3|ndx)\\s+)?(@\\S+\\s+)?((?:https?://|/)\\S*)(\\s.*)?$");
        static final Pattern BRANCH = Pattern.compile("v\\d+\\.\\d+|edge|latest-stable");
        static final Pattern COMPONENT = Pattern.compile("main|community|testing");

        static Optional<Repo> parse(String text) {
            Matcher m = LINE.matcher(text);
            if (!m.matches()) {
                return Optional.empty();
            }
            boolean commented = m.group(2) != null;
            String tag = m.group(4) == null ? null : m.group(4).trim();
            String url = m.group(5);
            String rest = m.group(6) == null ? "" : m.group(6).trim();
            int urlStart = m.start(5);
            if (url.startsWith("/")) {
                if (commented && !url.startsWith("/media/") && !url.startsWith("/mnt/") && !url.contains("apk")) {
                    return Optional.empty();
                }
                return Optional.of(new Repo(commented, tag, url, null, null, null, urlStart, -1));
            }
            // http(s)://host/path…/<branch>/<component>[/]   or, apk-tools 3:   …/<branch> <component>…
            int schemeEnd = url.indexOf("://") + 3;
            int hostEnd = url.indexOf('/', schemeEnd);
            if (hostEnd < 0) {
                return commented ? Optional.empty() : Optional.of(new Repo(false, tag, url, null, null, null, urlStart, -1));
            }
            String path = url.substring(hostEnd);
            String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            String[] segs = trimmed.split("/", -1);
            String branch = null;
            String component = null;
            int branchSeg = -1;
            if (segs.length >= 3 && BRANCH.matcher(segs[segs.length - 2]).matches() && COMPONENT.matcher(segs[segs.length - 1]).matches()) {
                branchSeg = segs.length - 2;
                component = segs[segs.length - 1];
            } else if (segs.length >= 2 && BRANCH.matcher(segs[segs.length - 1]).matches() && !rest.isEmpty()) {
                branchSeg = segs.length - 1;
                component = rest;
            }
            if (branchSeg < 0) {
                // A commented line that is no Alpine repository is just a comment.
                return commented ? Optional.empty() : Optional.of(new Repo(false, tag, url, null, null, null, urlStart, -1));
            }
            branch = segs[branchSeg];
            // The path starts with '/', so segs[0] is empty; each segment before the branch adds itself and a '/'.
            int offset = hostEnd;
            for (int i = 0; i < branchSeg; i++) {
                offset += segs[i].length() + 1;
            }
            String base = url.substring(0, offset);
            return Optional.of(new Repo(commented, tag, url, base, branch, component, urlStart, urlStart + offset));
        }

        /** True for a line served by an http(s) Alpine mirror: the lines {@code --set} rewrites. */
        public boolean isMirror() {
            return base != null;
        }

        public boolean isLocal() {
            return url.startsWith("/");
        }
    }

    private final List<Line> lines;

    private RepositoriesFile(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    public static RepositoriesFile parse(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                lines.add(new Line(text.substring(start), ""));
                break;
            }
            int end = nl > start && text.charAt(nl - 1) == '\r' ? nl - 1 : nl;
            lines.add(new Line(text.substring(start, end), text.substring(end, nl + 1)));
            start = nl + 1;
        }
        return new RepositoriesFile(lines);
    }

    public List<Line> lines() {
        return lines;
    }

    public String print() {
        StringBuilder sb = new StringBuilder();
        for (Line l : lines) {
            sb.append(l.text()).append(l.eol());
        }
        return sb.toString();
    }

    /** True when no line is a repository, enabled or commented, remote or local. */
    public boolean hasNoRepository() {
        return lines.stream().allMatch(l -> l.repo().isEmpty());
    }

    /** The branch of the first enabled main repository, as setup-apkrepos reads it. */
    public Optional<String> branch() {
        return lines.stream().map(Line::repo).flatMap(Optional::stream)
                .filter(r -> !r.commented() && r.branch() != null && r.component() != null && r.component().startsWith("main"))
                .map(Repo::branch).findFirst();
    }

    /**
     * Points every mirror line, enabled or commented, at {@code newBase}, keeping everything else of
     * the line. A line that the rewrite turns into a copy of an earlier line is dropped, so mirrors
     * never pile up. Running it twice changes nothing the second time.
     */
    public RepositoriesFile withMirror(String newBase) {
        String base = newBase.endsWith("/") ? newBase : newBase + "/";
        List<Line> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Line l : lines) {
            Optional<Repo> r = l.repo();
            if (r.isEmpty() || !r.get().isMirror()) {
                out.add(l);
                seen.add(l.text().strip());
                continue;
            }
            Repo repo = r.get();
            String text = l.text().substring(0, repo.urlStart()) + base + l.text().substring(repo.baseEnd());
            if (!text.equals(l.text()) && seen.contains(text.strip())) {
                continue;
            }
            out.add(new Line(text, l.eol()));
            seen.add(text.strip());
        }
        return new RepositoriesFile(out);
    }

    /** Adds {@code main} and {@code community} of {@code branch} at {@code base}, after what is there. */
    public RepositoriesFile withDefaultRepositories(String base, String branch) {
        String b = base.endsWith("/") ? base : base + "/";
        List<Line> out = new ArrayList<>(lines);
        if (!out.isEmpty() && out.get(out.size() - 1).eol().isEmpty()) {
            Line last = out.remove(out.size() - 1);
            out.add(new Line(last.text(), "\n"));
        }
        out.add(new Line(b + branch + "/main", "\n"));
        out.add(new Line(b + branch + "/community", "\n"));
        return new RepositoriesFile(out);
    }
}
