package org.alpfaq.kb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.re2j.PatternSyntaxException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Turns one entry file into an {@link Entry}: YAML front matter, then Markdown with {@code # en},
 * {@code # zh} and {@code # examples} sections. A pure function of its input; the format is in
 * {@code docs/kb-format.md}.
 */
public final class EntryParser {
    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Set<String> KEYS =
            Set.of("kind", "title", "aliases", "tags", "severity", "signatures", "references", "see_also");
    /** Codes after which the entry cannot be used at all. */
    static final Set<String> FATAL = Set.of("KB001", "KB002", "KB003", "KB004", "KB005", "KB011");

    private static final Pattern H1 = Pattern.compile("^# +(.+?)\\s*#*\\s*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})(.*)$");
    private static final Pattern PLACEHOLDER_OPEN = Pattern.compile("\\{\\{([^{}]*)(\\}\\})?");
    static final Pattern PLACEHOLDER_NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Parser MARKDOWN = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();

    /** The outcome: the entry (null when a fatal problem made it unusable) and every problem found. */
    public record Result(Entry entry, List<Problem> problems) {
        public boolean ok() {
            return entry != null;
        }
    }

    private final String id;
    private final String origin;
    private final List<Problem> problems = new ArrayList<>();
    private String[] frontLines = new String[0];

    private EntryParser(String id, String origin) {
        this.id = id;
        this.origin = origin;
    }

    /** Parses the text of {@code <id>.md}; {@code origin} names the file in messages. */
    public static Result parse(String id, String content, String origin) {
        return new EntryParser(id, origin).run(content);
    }

    private void problem(int line, String code, String key, Object... args) {
        problems.add(new Problem(origin, line, code, key, args));
    }

    private Result run(String content) {
        if (!ID.matcher(id).matches()) {
            problem(0, "KB011", "lint.id", id);
        }
        String text = content.replace("\r\n", "\n");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            problem(1, "KB001", "lint.front.missing");
            return done(null);
        }
        int close = -1;
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.equals("---") || l.equals("...")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            problem(1, "KB001", "lint.front.unclosed");
            return done(null);
        }
        frontLines = java.util.Arrays.copyOfRange(lines, 1, close);
        JsonNode front;
        try {
            front = YAML.readTree(String.join("\n", frontLines));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr() + 1;
            // The parser's own words stay English: they quote the YAML and are searchable as they are.
            String why = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
            if (why.isBlank()) {
                problem(line, "KB001", "lint.front.yaml");
            } else {
                problem(line, "KB001", "lint.front.yaml-why", why);
            }
            return done(null);
        }
        if (front == null || !front.isObject()) {
            problem(2, "KB001", "lint.front.map");
            return done(null);
        }
        front.fieldNames().forEachRemaining(k -> {
            if (!KEYS.contains(k)) {
                problem(lineOf(k), "KB010", "lint.key", k, String.join(", ", new java.util.TreeSet<>(KEYS)));
            }
        });

        Kind kind = null;
        JsonNode kindNode = front.get("kind");
        if (kindNode == null || !kindNode.isTextual()) {
            problem(lineOf("kind"), "KB003", "lint.kind.missing");
        } else {
            switch (kindNode.asText().trim().toLowerCase(Locale.ROOT)) {
                case "error" -> kind = Kind.ERROR;
                case "topic" -> kind = Kind.TOPIC;
                default -> problem(lineOf("kind"), "KB003", "lint.kind.bad", kindNode.asText());
            }
        }

        Map<Lang, String> titles = titles(front.get("title"));
        Severity severity = severity(front.get("severity"));
        List<Signature> signatures = signatures(front.get("signatures"));
        if (kind == Kind.ERROR && signatures.isEmpty() && !front.has("signatures")) {
            problem(lineOf("kind"), "KB005", "lint.signatures.missing");
        } else if (kind == Kind.ERROR && signatures.isEmpty() && noProblem("KB004")) {
            problem(lineOf("signatures"), "KB005", "lint.signatures.none");
        }
        List<String> aliases = strings(front.get("aliases"), "aliases");
        List<String> tags = strings(front.get("tags"), "tags");
        List<String> references = strings(front.get("references"), "references");
        for (String ref : references) {
            if (!ref.startsWith("https://") && !ref.startsWith("http://")) {
                problem(lineOf("references"), "KB014", "lint.reference", ref);
            }
        }
        List<String> seeAlso = strings(front.get("see_also"), "see_also");

        Map<Lang, Section> sections = new EnumMap<>(Lang.class);
        List<Example> examples = new ArrayList<>();
        body(lines, close + 1, titles, sections, examples);

        boolean fatal = problems.stream().anyMatch(p -> FATAL.contains(p.code()));
        if (fatal) {
            return done(null);
        }
        return done(new Entry(id, kind, titles, aliases, tags, severity, signatures, references, seeAlso,
                sections, examples, origin));
    }

    private boolean noProblem(String code) {
        return problems.stream().noneMatch(p -> p.code().equals(code));
    }

    private Result done(Entry entry) {
        return new Result(entry, List.copyOf(problems));
    }

    /** The file line of a top-level front-matter key, for messages; 1 when not found. */
    private int lineOf(String key) {
        for (int i = 0; i < frontLines.length; i++) {
            if (frontLines[i].startsWith(key + ":")) {
                return i + 2;
            }
        }
        return 1;
    }

    private Map<Lang, String> titles(JsonNode node) {
        Map<Lang, String> titles = new EnumMap<>(Lang.class);
        if (node != null && node.isTextual() && !node.asText().isBlank()) {
            String t = node.asText().trim();
            titles.put(Lang.hasCjk(t) ? Lang.ZH : Lang.EN, t);
        } else if (node != null && node.isObject()) {
            node.fields().forEachRemaining(f -> {
                Lang lang = Lang.parse(f.getKey());
                if (lang == null || !f.getValue().isTextual()) {
                    problem(lineOf("title"), "KB010", "lint.title.key", f.getKey());
                } else if (!f.getValue().asText().isBlank()) {
                    titles.put(lang, f.getValue().asText().trim());
                }
            });
        }
        if (titles.isEmpty()) {
            problem(lineOf("title"), "KB002", "lint.title.missing");
        }
        return titles;
    }

    private Severity severity(JsonNode node) {
        if (node == null) {
            return Severity.ERROR;
        }
        try {
            return Severity.valueOf(node.asText().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem(lineOf("severity"), "KB019", "lint.severity", node.asText());
            return Severity.ERROR;
        }
    }

    private List<Signature> signatures(JsonNode node) {
        List<Signature> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (!node.isArray()) {
            problem(lineOf("signatures"), "KB004", "lint.signatures.list");
            return out;
        }
        for (JsonNode item : node) {
            String source;
            int weight = Signature.DEFAULT_WEIGHT;
            boolean supporting = false;
            if (item.isTextual()) {
                source = item.asText();
            } else if (item.isObject() && item.path("pattern").isTextual()) {
                source = item.get("pattern").asText();
                supporting = item.path("supporting").asBoolean(false);
                if (item.has("weight")) {
                    if (!item.get("weight").canConvertToInt() || item.get("weight").asInt() < 1 || item.get("weight").asInt() > 100) {
                        problem(lineOf("signatures"), "KB019", "lint.weight", source);
                    } else {
                        weight = item.get("weight").asInt();
                    }
                }
            } else {
                problem(lineOf("signatures"), "KB004", "lint.signature.shape");
                continue;
            }
            Signature sig = new Signature(source, weight, supporting);
            try {
                sig.pattern();
                if (source.isEmpty() || sig.pattern().matches("")) {
                    problem(lineOf("signatures"), "KB004", "lint.signature.empty", source);
                    continue;
                }
            } catch (PatternSyntaxException e) {
                problem(signatureLine(source), "KB004", "lint.signature.re2", source, e.getDescription());
                continue;
            }
            out.add(sig);
        }
        return out;
    }

    private int signatureLine(String source) {
        for (int i = 0; i < frontLines.length; i++) {
            if (frontLines[i].contains(source)) {
                return i + 2;
            }
        }
        return lineOf("signatures");
    }

    private List<String> strings(JsonNode node, String key) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isValueNode()) {
            out.add(node.asText().trim());
            return out;
        }
        if (!node.isArray()) {
            problem(lineOf(key), "KB010", "lint.strings", key);
            return out;
        }
        for (JsonNode item : node) {
            if (item.isValueNode() && !item.asText().isBlank()) {
                out.add(item.asText().trim());
            } else {
                problem(lineOf(key), "KB010", "lint.strings", key);
            }
        }
        return out;
    }

    private enum Part { EN, ZH, EXAMPLES }

    private void body(String[] lines, int first, Map<Lang, String> titles, Map<Lang, Section> sections, List<Example> examples) {
        // Split on the top-level headings, ignoring '#' lines inside code fences.
        Map<Part, int[]> ranges = new LinkedHashMap<>();
        Part current = null;
        int start = first;
        String fence = null;
        for (int i = first; i < lines.length; i++) {
            Matcher f = FENCE.matcher(lines[i]);
            if (fence == null && f.matches()) {
                fence = f.group(1);
                continue;
            }
            if (fence != null) {
                if (closes(lines[i], fence)) {
                    fence = null;
                }
                continue;
            }
            Matcher h = H1.matcher(lines[i]);
            if (h.matches()) {
                Part p = part(h.group(1));
                if (p != null) {
                    if (current != null) {
                        ranges.put(current, new int[] {start, i});
                    }
                    current = p;
                    start = i + 1;
                }
            }
        }
        if (current != null) {
            ranges.put(current, new int[] {start, lines.length});
        } else {
            String all = join(lines, first, lines.length);
            if (!all.isBlank()) {
                Lang lang = titles.size() == 1 ? titles.keySet().iterator().next() : (Lang.hasCjk(all) ? Lang.ZH : Lang.EN);
                sections.put(lang, section(all, lead(lines, first)));
            }
            return;
        }
        ranges.forEach((part, r) -> {
            String text = join(lines, r[0], r[1]);
            int at = lead(lines, r[0]);
            switch (part) {
                case EN -> sections.put(Lang.EN, section(text, at));
                case ZH -> sections.put(Lang.ZH, section(text, at));
                case EXAMPLES -> examples(text, at, examples);
            }
        });
    }

    /** A closing fence: the opening character only, at least as many of them, up to three spaces before. */
    private static boolean closes(String line, String fence) {
        String t = line.strip();
        char c = fence.charAt(0);
        return t.length() >= fence.length() && t.chars().allMatch(x -> x == c) && line.indexOf(c) <= 3;
    }

    private static Part part(String heading) {
        return switch (heading.trim().toLowerCase(Locale.ROOT)) {
            case "en", "english" -> Part.EN;
            case "zh", "中文", "chinese" -> Part.ZH;
            case "examples", "示例" -> Part.EXAMPLES;
            default -> null;
        };
    }

    private static String join(String[] lines, int from, int to) {
        return String.join("\n", java.util.Arrays.copyOfRange(lines, from, Math.max(from, to))).strip();
    }

    /** Index of the first non-blank line from {@code from}: where the text {@link #join} returns starts. */
    private static int lead(String[] lines, int from) {
        int i = from;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        return i;
    }

    /** @param at index in the file's lines of the markdown's first line */
    private Section section(String markdown, int at) {
        Node doc = MARKDOWN.parse(markdown);
        String why = "";
        List<String> steps = new ArrayList<>();
        List<String> snippets = new ArrayList<>();
        String verify = "";
        String[] mdLines = markdown.split("\n", -1);
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (why.isEmpty() && n instanceof Paragraph) {
                why = plain(n);
            }
            if (steps.isEmpty() && n instanceof OrderedList) {
                for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
                    if (item instanceof ListItem) {
                        Node p = item.getFirstChild();
                        steps.add(p instanceof Paragraph ? plain(p) : plain(item));
                    }
                }
            }
            if (n instanceof Heading h && h.getLevel() == 2 && isVerify(plain(h))) {
                int from = endLine(h) + 1;
                int to = mdLines.length;
                for (Node m = n.getNext(); m != null; m = m.getNext()) {
                    if (m instanceof Heading mh && mh.getLevel() <= 2) {
                        to = startLine(m);
                        break;
                    }
                }
                verify = String.join("\n", java.util.Arrays.copyOfRange(mdLines, Math.min(from, mdLines.length), Math.max(Math.min(from, mdLines.length), to))).strip();
            }
        }
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock code) {
                String info = code.getInfo() == null ? "" : code.getInfo().trim();
                String lang = info.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
                if (info.isEmpty()) {
                    problem(at + startLine(code) + 1, "KB018", "lint.code.lang");
                }
                if (lang.equals("sh") || lang.equals("shell")) {
                    snippets.add(stripEnd(code.getLiteral()));
                }
            }
        });
        checkPlaceholders(String.join("\n", steps) + "\n" + String.join("\n", snippets), at + 1);
        return new Section(markdown, why, steps, snippets, verify);
    }

    private void checkPlaceholders(String text, int line) {
        Matcher m = PLACEHOLDER_OPEN.matcher(text);
        while (m.find()) {
            if (m.group(2) == null || !PLACEHOLDER_NAME.matcher(m.group(1)).matches()) {
                problem(line, "KB009", "lint.placeholder", m.group());
            }
        }
    }

    private static boolean isVerify(String heading) {
        String h = heading.trim().toLowerCase(Locale.ROOT);
        return h.equals("verify") || h.equals("verification") || h.equals("验证") || h.equals("检查");
    }

    private void examples(String markdown, int at, List<Example> out) {
        Node doc = MARKDOWN.parse(markdown);
        int base = at;
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock code) {
                String info = code.getInfo() == null ? "" : code.getInfo().trim().toLowerCase(Locale.ROOT);
                int line = base + startLine(code) + 1;
                List<String> words = List.of(info.split("\\s+"));
                if (words.contains("no-match") || words.contains("nomatch")) {
                    out.add(new Example(stripEnd(code.getLiteral()), false, line));
                } else if (words.contains("match")) {
                    out.add(new Example(stripEnd(code.getLiteral()), true, line));
                } else {
                    problem(line, "KB018", "lint.example.mark");
                }
            }
        });
    }

    private static int startLine(Node n) {
        List<SourceSpan> spans = n.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex();
    }

    private static int endLine(Node n) {
        List<SourceSpan> spans = n.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(spans.size() - 1).getLineIndex();
    }

    private static String stripEnd(String s) {
        return s == null ? "" : s.stripTrailing();
    }

    /** Plain text of inline content; inline code keeps its backticks so commands stay recognisable. */
    static String plain(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                sb.append('`').append(code.getLiteral()).append('`');
            }

            @Override
            public void visit(SoftLineBreak b) {
                sb.append(' ');
            }

            @Override
            public void visit(HardLineBreak b) {
                sb.append(' ');
            }

            @Override
            public void visit(FencedCodeBlock code) {
                // Snippets are collected separately; keep them out of step text.
            }
        });
        return sb.toString().replaceAll("\\s+", " ").trim();
    }
}
