package org.alpfaq.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Renders Markdown for a terminal from the commonmark syntax tree: prose wrapped to the width,
 * code never wrapped or reflowed, shell snippets highlighted, tables aligned by display width.
 * Without colour the output is plain ASCII layout that still reads well.
 */
public final class TerminalMarkdown {
    /** Built on first use: highlighting a shell line must not load the Markdown parser. */
    private static final class Holder {
        static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    }
    /** Compiled only when a shell line is highlighted (with colour): regexes cost start-up. */
    private static final class Placeholder {
        static final Pattern PATTERN = Pattern.compile("\\{\\{[a-z][a-z0-9_]*\\}\\}");
    }

    private final Theme theme;
    private final int width;

    public TerminalMarkdown(Theme theme, int width) {
        this.theme = theme;
        this.width = Math.max(20, width);
    }

    /** The same renderer for a block drawn after {@code used} columns (a list marker, a quote bar). */
    private TerminalMarkdown narrower(int used) {
        return new TerminalMarkdown(theme, width - used);
    }

    /** Markdown parsed with the extensions the knowledge base uses (tables). */
    static Node parse(String markdown) {
        return Holder.PARSER.parse(markdown);
    }

    public String render(String markdown) {
        return render(parse(markdown));
    }

    /** A parsed document, such as {@link MarkdownTree#read} gives back. */
    public String render(Node document) {
        List<String> out = new ArrayList<>();
        blocks(document, "", out);
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return String.join("\n", out) + "\n";
    }

    private void blocks(Node parent, String indent, List<String> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            block(n, indent, out);
            if (n.getNext() != null) {
                out.add("");
            }
        }
    }

    private void block(Node n, String indent, List<String> out) {
        if (n instanceof Heading h) {
            String text = inline(h);
            int w = Math.min(width - indent.length(), Width.of(text));
            if (h.getLevel() <= 2) {
                out.add(indent + theme.heading(text));
                out.add(indent + (h.getLevel() == 1 ? "=" : "-").repeat(Math.max(3, w)));
            } else {
                out.add(indent + theme.bold(text));
            }
        } else if (n instanceof Paragraph) {
            for (String l : Wrap.lines(inline(n), width - indent.length())) {
                out.add(indent + l);
            }
        } else if (n instanceof BulletList || n instanceof OrderedList) {
            list(n, indent, out);
        } else if (n instanceof FencedCodeBlock f) {
            code(f.getLiteral(), f.getInfo(), indent, out);
        } else if (n instanceof IndentedCodeBlock c) {
            code(c.getLiteral(), "", indent, out);
        } else if (n instanceof BlockQuote) {
            List<String> inner = new ArrayList<>();
            narrower(Width.of(indent) + 2).blocks(n, "", inner);
            for (String l : inner) {
                out.add(indent + theme.dim("| ") + l);
            }
        } else if (n instanceof ThematicBreak) {
            out.add(indent + "-".repeat(Math.min(40, width - indent.length())));
        } else if (n instanceof TableBlock) {
            table(n, indent, out);
        } else if (n instanceof HtmlBlock html) {
            for (String l : html.getLiteral().stripTrailing().split("\n")) {
                out.add(indent + l);
            }
        } else {
            blocks(n, indent, out);
        }
    }

    private void list(Node list, String indent, List<String> out) {
        int number = list instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
        boolean tight = list instanceof BulletList b ? b.isTight() : ((OrderedList) list).isTight();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            String marker = list instanceof OrderedList ? (number++) + ". " : "- ";
            String hang = " ".repeat(marker.length());
            List<String> inner = new ArrayList<>();
            for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                List<String> part = new ArrayList<>();
                if (c instanceof Paragraph) {
                    part.addAll(Wrap.lines(inline(c), width - indent.length() - marker.length()));
                } else {
                    narrower(Width.of(indent) + marker.length()).block(c, "", part);
                }
                if (!inner.isEmpty() && !(tight && c instanceof Paragraph == false && isList(c))) {
                    inner.add("");
                }
                inner.addAll(part);
            }
            for (int i = 0; i < inner.size(); i++) {
                String l = inner.get(i);
                out.add(l.isEmpty() ? "" : indent + (i == 0 ? theme.bold(marker) : hang) + l);
            }
            if (!tight && item.getNext() != null) {
                out.add("");
            }
        }
    }

    private static boolean isList(Node n) {
        return n instanceof BulletList || n instanceof OrderedList;
    }

    private void code(String literal, String info, String indent, List<String> out) {
        String lang = info == null ? "" : firstWord(info.trim());
        boolean shell = lang.equals("sh") || lang.equals("shell") || lang.equals("bash");
        for (String l : literal.stripTrailing().split("\n", -1)) {
            out.add(indent + "    " + (shell ? shellLine(l) : theme.code(l)));
        }
    }

    private static String firstWord(String s) {
        int i = 0;
        while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return s.substring(0, i);
    }

    /** Comments dimmed, placeholders stand out, commands in the code colour. */
    String shellLine(String line) {
        if (!theme.on()) {
            return line;
        }
        String trimmed = line.stripLeading();
        if (trimmed.startsWith("#")) {
            return theme.comment(line);
        }
        StringBuilder sb = new StringBuilder();
        Matcher m = Placeholder.PATTERN.matcher(line);
        int last = 0;
        while (m.find()) {
            sb.append(theme.code(line.substring(last, m.start()))).append(theme.placeholder(m.group()));
            last = m.end();
        }
        sb.append(theme.code(line.substring(last)));
        return sb.toString();
    }

    /** The narrowest a wrapped column is made, unless all it holds is narrower. */
    static final int MIN_COLUMN = 10;
    private static final String GAP = "  ";

    private void table(Node table, String indent, List<String> out) {
        List<List<String>> rows = new ArrayList<>();
        int header = -1;
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (row instanceof TableRow) {
                    List<String> cells = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (cell instanceof TableCell) {
                            cells.add(inline(cell));
                        }
                    }
                    rows.add(cells);
                    if (section instanceof TableHead) {
                        header = rows.size() - 1;
                    }
                }
            }
        }
        int cols = 0;
        for (List<String> r : rows) {
            cols = Math.max(cols, r.size());
        }
        if (cols == 0) {
            return;
        }
        int[] w = new int[cols];
        int[] word = new int[cols];
        for (List<String> r : rows) {
            for (int i = 0; i < r.size(); i++) {
                w[i] = Math.max(w[i], Width.of(r.get(i)));
                word[i] = Math.max(word[i], Wrap.longestWord(r.get(i)));
            }
        }
        int room = width - Width.of(indent);
        int[] fit = columns(w, word, room - GAP.length() * (cols - 1));
        if (fit == null) {
            rowByRow(rows, header, indent, room, out);
            return;
        }
        // Rows that take several lines each are told apart by a blank line between them.
        boolean wrapped = false;
        List<List<List<String>>> laid = new ArrayList<>();
        for (List<String> cells : rows) {
            List<List<String>> row = new ArrayList<>();
            for (int i = 0; i < cols; i++) {
                String c = i < cells.size() ? cells.get(i) : "";
                List<String> lines = c.isEmpty() ? List.of("") : Wrap.fit(c, fit[i]);
                wrapped |= lines.size() > 1;
                row.add(lines);
            }
            laid.add(row);
        }
        for (int r = 0; r < laid.size(); r++) {
            List<List<String>> row = laid.get(r);
            int height = 1;
            for (List<String> cell : row) {
                height = Math.max(height, cell.size());
            }
            if (wrapped && r > 0 && r - 1 != header) {
                out.add("");
            }
            for (int k = 0; k < height; k++) {
                StringBuilder sb = new StringBuilder(indent);
                for (int i = 0; i < cols; i++) {
                    String c = k < row.get(i).size() ? row.get(i).get(k) : "";
                    String cell = r == header ? theme.bold(c) : c;
                    sb.append(i + 1 < cols ? Wrap.pad(cell, fit[i]) + GAP : cell);
                }
                out.add(sb.toString().stripTrailing());
            }
            if (r == header) {
                StringBuilder rule = new StringBuilder(indent);
                for (int i = 0; i < cols; i++) {
                    rule.append("-".repeat(Math.max(1, fit[i]))).append(i + 1 < cols ? GAP : "");
                }
                out.add(rule.toString());
            }
        }
    }

    /**
     * Column widths that fit {@code room}: the natural ones when they fit; else each column gets at
     * least its longest word (and {@link #MIN_COLUMN}, unless all it holds is narrower), and the
     * room left is shared out evenly, narrow columns keeping their natural width. Null when the
     * words alone do not fit: cutting ids and commands mid-word would make them unreadable and
     * uncopyable, so such a table is shown row by row instead.
     */
    static int[] columns(int[] natural, int[] longestWord, int room) {
        int n = natural.length;
        if (sum(natural) <= room) {
            return natural.clone();
        }
        int[] floor = new int[n];
        for (int i = 0; i < n; i++) {
            floor[i] = Math.min(natural[i], Math.max(longestWord[i], MIN_COLUMN));
        }
        if (sum(floor) > room) {
            return null;
        }
        // The highest even level that fits: each column at min(natural, max(floor, level)).
        int[] out = floor.clone();
        int max = java.util.Arrays.stream(natural).max().orElse(0);
        for (int level = 1; level <= max; level++) {
            int[] at = new int[n];
            for (int i = 0; i < n; i++) {
                at[i] = Math.min(natural[i], Math.max(floor[i], level));
            }
            if (sum(at) > room) {
                break;
            }
            out = at;
        }
        // What the last level could not give evenly goes one column each, left to right.
        int left = room - sum(out);
        for (int i = 0; i < n && left > 0; i++) {
            if (out[i] < natural[i]) {
                out[i]++;
                left--;
            }
        }
        return out;
    }

    private static int sum(int[] a) {
        int s = 0;
        for (int x : a) {
            s += x;
        }
        return s;
    }

    /**
     * A table too wide to wrap, one row after another: each cell under its column's heading,
     * indented, so nothing runs past the width and every value keeps its name.
     */
    private void rowByRow(List<List<String>> rows, int header, String indent, int room, List<String> out) {
        List<String> names = header >= 0 ? rows.get(header) : List.of();
        boolean first = true;
        for (int r = 0; r < rows.size(); r++) {
            if (r == header) {
                continue;
            }
            if (!first) {
                out.add("");
            }
            first = false;
            List<String> cells = rows.get(r);
            for (int i = 0; i < cells.size(); i++) {
                String name = i < names.size() ? names.get(i).strip() : "";
                if (!name.isEmpty()) {
                    for (String l : Wrap.fit(name, room)) {
                        out.add(indent + theme.bold(l));
                    }
                }
                String pad = name.isEmpty() ? "" : "  ";
                for (String l : Wrap.fit(cells.get(i), room - pad.length())) {
                    out.add((indent + pad + l).stripTrailing());
                }
            }
        }
    }

    private String inline(Node parent) {
        StringBuilder sb = new StringBuilder();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (n instanceof Code c) {
                sb.append(theme.on() ? theme.code(c.getLiteral()) : "`" + c.getLiteral() + "`");
            } else if (n instanceof Emphasis) {
                sb.append(theme.on() ? theme.bold(inline(n)) : inline(n));
            } else if (n instanceof StrongEmphasis) {
                sb.append(theme.bold(inline(n)));
            } else if (n instanceof Link l) {
                String text = inline(n);
                String url = l.getDestination();
                sb.append(text.equals(url) || text.isEmpty() ? theme.link(url) : text + " <" + theme.link(url) + ">");
            } else if (n instanceof Image i) {
                sb.append('[').append(inline(n)).append(']');
            } else if (n instanceof SoftLineBreak) {
                sb.append(' ');
            } else if (n instanceof HardLineBreak) {
                sb.append('\n');
            } else if (n instanceof HtmlInline h) {
                sb.append(h.getLiteral());
            } else {
                sb.append(inline(n));
            }
        }
        return sb.toString();
    }
}
