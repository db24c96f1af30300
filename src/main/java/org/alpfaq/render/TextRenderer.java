package org.alpfaq.render;

import org.alpfaq.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import org.alpfaq.kb.Entry;
import org.alpfaq.kb.Lang;
import org.alpfaq.kb.Problem;
import org.alpfaq.kb.Section;
import org.alpfaq.kb.Severity;
import org.alpfaq.match.Diagnosis;
import org.alpfaq.match.Finding;
import org.alpfaq.match.Hit;
import org.alpfaq.match.Normalizer;
import org.alpfaq.match.Placeholders;
import org.alpfaq.match.Search;

/** Renders results for people: a doctor's note for findings, a page for an entry, tables for lists. */
public final class TextRenderer {
    private final Theme theme;
    private final Messages msg;
    private final Lang lang;
    private final int width;

    public TextRenderer(Theme theme, Messages msg, int width) {
        this.theme = theme;
        this.msg = msg;
        this.lang = msg.lang();
        this.width = width;
    }

    /** Findings, the best {@code shown} of them in full. */
    public String diagnosis(Diagnosis d, int shown, List<Search.Hit> suggestions) {
        StringBuilder sb = new StringBuilder();
        List<Finding> all = d.findings();
        if (all.isEmpty()) {
            sb.append(msg.get("none", d.lines())).append('\n');
            suggestions(sb, suggestions);
            return sb.toString();
        }
        List<Finding> show = all.subList(0, Math.min(shown, all.size()));
        if (all.size() > 1) {
            sb.append(theme.bold(msg.get("summary", all.size(), d.lines()))).append('\n');
            for (int i = 0; i < all.size(); i++) {
                Finding f = all.get(i);
                sb.append("  ").append(i + 1).append(". ").append(f.entry().title(lang)).append("  ")
                        .append(theme.dim("[" + f.entry().id() + "]")).append(label(f.entry())).append('\n');
            }
            sb.append('\n');
        } else {
            sb.append(theme.bold(msg.get("summary.one", 1, d.lines()))).append("\n\n");
        }
        for (int i = 0; i < show.size(); i++) {
            finding(sb, i + 1, show.get(i));
        }
        if (all.size() > show.size()) {
            sb.append(theme.dim(msg.get("more.findings", all.size() - show.size()))).append('\n');
        }
        return sb.toString();
    }

    private String label(Entry e) {
        if (e.severity() == Severity.HARMLESS) {
            return " " + theme.ok("(" + msg.get("harmless") + ")");
        }
        if (e.severity() == Severity.WARNING) {
            return " " + theme.warn("(" + msg.get("warning") + ")");
        }
        return "";
    }

    private void finding(StringBuilder sb, int n, Finding f) {
        Entry e = f.entry();
        Section s = e.section(lang);
        String head = n + ". " + e.title(lang);
        String id = "(" + e.id() + ")";
        String label = label(e);
        // A title wider than the terminal wraps under itself; the id follows it when it fits.
        String indent = " ".repeat(Math.min(8, (n + ". ").length()));
        List<String> headLines = Wrap.lines(head, width);
        int headWidth = 0;
        for (int i = 0; i < headLines.size(); i++) {
            String l = i == 0 ? headLines.get(i) : indent + headLines.get(i).stripLeading();
            headWidth = Math.max(headWidth, Width.of(l));
            sb.append(theme.title(l));
            if (i == headLines.size() - 1) {
                if (Width.of(l) + 2 + Width.of(id) + Width.of(label) <= width) {
                    sb.append("  ");
                } else {
                    sb.append('\n').append(indent);
                }
                sb.append(theme.dim(id)).append(label);
            }
            sb.append('\n');
        }
        sb.append("-".repeat(Math.min(width, Math.max(3, headWidth)))).append('\n');
        if (s != null && !s.why().isEmpty()) {
            wrapped(sb, theme.bold(msg.get("why") + msg.get("sep")) + Placeholders.fill(s.why(), f.captures()), "");
        }
        if (s != null && !s.steps().isEmpty()) {
            sb.append('\n').append(theme.heading(msg.get("steps"))).append('\n');
            for (int i = 0; i < s.steps().size(); i++) {
                String marker = "  " + (i + 1) + ". ";
                List<String> lines = Wrap.lines(Placeholders.fill(s.steps().get(i), f.captures()), width - marker.length());
                for (int j = 0; j < lines.size(); j++) {
                    sb.append(j == 0 ? marker : " ".repeat(marker.length())).append(lines.get(j)).append('\n');
                }
            }
        }
        if (s != null && !s.snippets().isEmpty()) {
            sb.append('\n').append(theme.heading(msg.get("snippets"))).append('\n');
            // Without colour a snippet is printed as written: no need for the Markdown renderer.
            TerminalMarkdown md = theme.on() ? new TerminalMarkdown(theme, width) : null;
            for (int i = 0; i < s.snippets().size(); i++) {
                if (i > 0) {
                    sb.append('\n');
                }
                for (String l : Placeholders.fill(s.snippets().get(i), f.captures()).split("\n", -1)) {
                    sb.append("    ").append(md != null ? md.shellLine(l) : l).append('\n');
                }
            }
        }
        if (s != null && !s.verify().isEmpty()) {
            sb.append('\n').append(theme.heading(msg.get("verify"))).append('\n');
            for (String l : lightMarkdown(Placeholders.fill(s.verify(), f.captures()), width - 2)) {
                sb.append(l.isEmpty() ? "" : "  " + l).append('\n');
            }
        }
        sb.append('\n').append(theme.heading(msg.get("matched"))).append('\n');
        for (Hit h : f.hits()) {
            hit(sb, h);
        }
        if (f.hitCount() > f.hits().size()) {
            sb.append("  ").append(theme.dim(msg.get("more.lines", f.hitCount() - f.hits().size()))).append('\n');
        }
        if (!e.seeAlso().isEmpty()) {
            sb.append('\n');
            seeAlso(sb, e);
        }
        sb.append('\n');
    }

    /** Whether a line starts a numbered item: digits, a dot and a blank. */
    private static boolean numbered(String t) {
        int i = 0;
        while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
            i++;
        }
        return i > 0 && t.startsWith(". ", i);
    }

    /** `code` spans in the code colour (by hand: a regex here would cost start-up on every diagnosis). */
    private String inlineCode(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        int from = 0;
        while (true) {
            int open = text.indexOf('`', from);
            int close = open < 0 ? -1 : text.indexOf('`', open + 1);
            while (close == open + 1) { // "``" holds no code span: the second backtick may open one
                open = close;
                close = text.indexOf('`', open + 1);
            }
            if (close < 0) {
                return sb.append(text, from, text.length()).toString();
            }
            sb.append(text, from, open).append(theme.code(text.substring(open + 1, close)));
            from = close + 1;
        }
    }

    /**
     * The short Verify text of a finding, rendered without a Markdown parser (which would cost
     * start-up on every diagnosis): paragraphs wrapped, '-' items kept, fenced code indented as is.
     * {@code explain} renders whole entries with {@link TerminalMarkdown}.
     */
    List<String> lightMarkdown(String markdown, int w) {
        List<String> out = new ArrayList<>();
        StringBuilder para = new StringBuilder();
        boolean fence = false;
        for (String line : markdown.split("\n", -1)) {
            String t = line.strip();
            if (t.startsWith("```") || t.startsWith("~~~")) {
                flush(para, out, w);
                fence = !fence;
                continue;
            }
            if (fence) {
                out.add("    " + (theme.on() ? new TerminalMarkdown(theme, w).shellLine(line) : line));
            } else if (t.isEmpty()) {
                flush(para, out, w);
                if (!out.isEmpty() && !out.get(out.size() - 1).isEmpty()) {
                    out.add("");
                }
            } else if (t.startsWith("- ") || t.startsWith("* ") || numbered(t)) {
                flush(para, out, w);
                para.append(t);
            } else {
                para.append(para.length() > 0 ? " " : "").append(t);
            }
        }
        flush(para, out, w);
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private void flush(StringBuilder para, List<String> out, int w) {
        if (para.length() == 0) {
            return;
        }
        String text = para.toString();
        if (theme.on()) {
            text = inlineCode(text);
        }
        boolean item = text.startsWith("- ") || text.startsWith("* ");
        List<String> lines = Wrap.lines(item ? text.substring(2) : text, w - (item ? 2 : 0));
        for (int i = 0; i < lines.size(); i++) {
            out.add(item ? (i == 0 ? "- " : "  ") + lines.get(i) : lines.get(i));
        }
        para.setLength(0);
    }

    /** The matched line with the match highlighted, or underlined with carets when there is no colour. */
    private void hit(StringBuilder sb, Hit h) {
        String text = h.text();
        int start = Math.min(h.start(), text.length());
        int end = Math.min(Math.max(h.end(), start), text.length());
        String before = Normalizer.safeForTerminal(text.substring(0, start));
        String match = Normalizer.safeForTerminal(text.substring(start, end));
        String after = Normalizer.safeForTerminal(text.substring(end));
        // Lines from a file are named like compiler messages, file:line, so editors can jump there.
        String prefix = "  " + (h.file() != null ? Normalizer.safeForTerminal(h.file()) + ":" + h.line() : msg.get("line", h.line())) + ": ";
        // Very long lines are cut around the match so the note stays readable.
        if (Width.of(before) > 60) {
            before = "..." + before.substring(before.length() - 57);
        }
        if (Width.of(after) > 60) {
            after = after.substring(0, 57) + "...";
        }
        if (theme.on()) {
            sb.append(theme.dim(prefix)).append(before).append(theme.match(match)).append(after).append('\n');
        } else {
            sb.append(prefix).append(before).append(match).append(after).append('\n');
            sb.append(" ".repeat(Width.of(prefix) + Width.of(before))).append("^".repeat(Math.max(1, Width.of(match)))).append('\n');
        }
    }

    private void wrapped(StringBuilder sb, String text, String indent) {
        for (String l : Wrap.lines(text, width - indent.length())) {
            sb.append(indent).append(l).append('\n');
        }
    }

    private void suggestions(StringBuilder sb, List<Search.Hit> suggestions) {
        if (suggestions.isEmpty()) {
            return;
        }
        sb.append('\n').append(msg.get("closest")).append('\n');
        for (Search.Hit h : suggestions) {
            sb.append("  ").append(Wrap.pad(h.entry().id(), 30)).append("  ").append(h.entry().title(lang)).append('\n');
        }
        sb.append(theme.dim(msg.get("explain.hint"))).append('\n');
    }

    /** An entry as a page: title, names, body, references. */
    public String entry(Entry e) {
        StringBuilder sb = new StringBuilder();
        int titleWidth = 0;
        for (String l : Wrap.lines(e.title(lang), width)) {
            sb.append(theme.title(l)).append('\n');
            titleWidth = Math.max(titleWidth, Width.of(l));
        }
        sb.append("=".repeat(Math.min(width, Math.max(3, titleWidth)))).append('\n');
        List<String> names = new ArrayList<>();
        names.add(e.id());
        names.addAll(e.aliases());
        List<String> nameLines = Wrap.lines(msg.get("kind." + e.kind().code()) + " · " + String.join(", ", names), width);
        for (int i = 0; i < nameLines.size(); i++) {
            sb.append(theme.dim(nameLines.get(i))).append(i == nameLines.size() - 1 ? label(e) : "").append('\n');
        }
        sb.append('\n');
        Lang shown = e.shownLang(lang);
        if (shown != lang) {
            sb.append(theme.dim(msg.get("lang.shown", msg.langName(lang), msg.langName(shown)))).append("\n\n");
        }
        Section s = e.section(lang);
        if (s != null) {
            byte[] tree = e.markdownTree(lang);
            TerminalMarkdown md = new TerminalMarkdown(theme, width);
            sb.append(tree != null ? md.render(MarkdownTree.read(tree)) : md.render(s.markdown()));
        }
        if (!e.references().isEmpty()) {
            sb.append('\n').append(theme.heading(msg.get("references"))).append('\n');
            for (String r : e.references()) {
                sb.append("  - ").append(theme.link(r)).append('\n');
            }
        }
        if (!e.seeAlso().isEmpty()) {
            sb.append('\n');
            seeAlso(sb, e);
        }
        return sb.toString();
    }

    /** "See also: a, b, c", wrapped at the blanks between the ids, the label in bold. */
    private void seeAlso(StringBuilder sb, Entry e) {
        String label = msg.get("see.also") + msg.get("sep");
        List<String> lines = Wrap.lines(label + String.join(", ", e.seeAlso()), width);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            sb.append(i == 0 && l.startsWith(label) ? theme.bold(label) + l.substring(label.length()) : l).append('\n');
        }
    }

    public String list(List<Entry> entries) {
        StringBuilder sb = new StringBuilder();
        int idw = entries.stream().mapToInt(e -> e.id().length()).max().orElse(2);
        for (Entry e : entries) {
            sb.append(Wrap.pad(theme.bold(e.id()), idw + (theme.on() ? Width.of(theme.bold(e.id())) - e.id().length() : 0)))
                    .append("  ").append(Wrap.pad(msg.get("kind." + e.kind().code()), 6))
                    .append("  ").append(e.title(lang)).append('\n');
        }
        return sb.toString();
    }

    public String search(String query, List<Search.Hit> hits) {
        if (hits.isEmpty()) {
            return msg.get("search.none", query) + "\n";
        }
        StringBuilder sb = new StringBuilder();
        int idw = hits.stream().mapToInt(h -> h.entry().id().length()).max().orElse(2);
        for (Search.Hit h : hits) {
            sb.append(Wrap.pad(h.entry().id(), idw)).append("  ").append(h.entry().title(lang)).append('\n');
        }
        return sb.toString();
    }

    public String problems(List<Problem> problems, int checked) {
        StringBuilder sb = new StringBuilder();
        for (Problem p : problems) {
            sb.append(p.origin()).append(p.line() > 0 ? ":" + p.line() : "").append(": ")
                    .append(theme.error(p.code())).append(' ').append(p.message(msg)).append('\n');
        }
        sb.append(problems.isEmpty() ? theme.ok(msg.get("kb.ok", checked)) : msg.get("kb.bad", checked, problems.size())).append('\n');
        return sb.toString();
    }
}
