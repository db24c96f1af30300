package org.alpfaq.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.alpfaq.kb.Entry;
import org.alpfaq.kb.Lang;
import org.alpfaq.kb.Problem;
import org.alpfaq.kb.Section;
import org.alpfaq.kb.Signature;
import org.alpfaq.match.Diagnosis;
import org.alpfaq.match.Finding;
import org.alpfaq.match.Hit;
import org.alpfaq.match.Placeholders;
import org.alpfaq.match.Search;

/** Renders the same results for scripts; the shapes are the contract in {@code docs/json.md}. */
public final class JsonRenderer {
    private final Lang lang;

    public JsonRenderer(Lang lang) {
        this.lang = lang;
    }

    private static String write(ObjectNode node) {
        return Json.write(node);
    }

    public String diagnosis(Diagnosis d, int shown, List<Search.Hit> suggestions) {
        ObjectNode root = Json.object();
        ArrayNode findings = root.putArray("findings");
        List<Finding> all = d.findings();
        for (Finding f : all.subList(0, Math.min(shown, all.size()))) {
            Entry e = f.entry();
            Section s = e.section(lang);
            ObjectNode o = findings.addObject();
            o.put("id", e.id());
            o.put("kind", e.kind().code());
            o.put("title", e.title(lang));
            o.put("severity", e.severity().code());
            o.put("score", f.score());
            o.put("why", s == null ? "" : Placeholders.fill(s.why(), f.captures()));
            ArrayNode matches = o.putArray("matches");
            for (Hit h : f.hits()) {
                ObjectNode m = matches.addObject();
                if (h.file() != null) {
                    m.put("file", h.file());
                }
                m.put("line", h.line());
                m.put("text", h.text());
                m.put("signature", h.signature());
                m.put("start", h.start());
                m.put("end", h.end());
            }
            o.put("match_count", f.hitCount());
            ObjectNode captures = o.putObject("captures");
            f.captures().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(c -> captures.put(c.getKey(), c.getValue()));
            ArrayNode steps = o.putArray("steps");
            ArrayNode snippets = o.putArray("snippets");
            if (s != null) {
                s.steps().forEach(x -> steps.add(Placeholders.fill(x, f.captures())));
                s.snippets().forEach(x -> snippets.add(Placeholders.fill(x, f.captures())));
                o.put("verify", Placeholders.fill(s.verify(), f.captures()));
            }
            ArrayNode see = o.putArray("see_also");
            e.seeAlso().forEach(see::add);
        }
        root.put("total", all.size());
        root.put("lines", d.lines());
        ArrayNode sug = root.putArray("suggestions");
        for (Search.Hit h : suggestions) {
            sug.addObject().put("id", h.entry().id()).put("title", h.entry().title(lang));
        }
        return write(root);
    }

    public String entry(Entry e) {
        ObjectNode o = Json.object();
        o.put("id", e.id());
        o.put("kind", e.kind().code());
        o.put("title", e.title(lang));
        o.put("lang", e.shownLang(lang).code());
        o.put("severity", e.severity().code());
        ArrayNode langs = o.putArray("langs");
        e.langs().forEach(l -> langs.add(l.code()));
        ArrayNode aliases = o.putArray("aliases");
        e.aliases().forEach(aliases::add);
        ArrayNode tags = o.putArray("tags");
        e.tags().forEach(tags::add);
        Section s = e.section(lang);
        o.put("body", s == null ? "" : s.markdown());
        o.put("why", s == null ? "" : s.why());
        ArrayNode steps = o.putArray("steps");
        ArrayNode snippets = o.putArray("snippets");
        if (s != null) {
            s.steps().forEach(steps::add);
            s.snippets().forEach(snippets::add);
            o.put("verify", s.verify());
        }
        ArrayNode sigs = o.putArray("signatures");
        for (Signature sig : e.signatures()) {
            sigs.addObject().put("pattern", sig.source()).put("weight", sig.weight());
        }
        ArrayNode refs = o.putArray("references");
        e.references().forEach(refs::add);
        ArrayNode see = o.putArray("see_also");
        e.seeAlso().forEach(see::add);
        return write(o);
    }

    public String list(List<Entry> entries) {
        ObjectNode root = Json.object();
        ArrayNode arr = root.putArray("entries");
        for (Entry e : entries) {
            ObjectNode o = arr.addObject();
            o.put("id", e.id());
            o.put("kind", e.kind().code());
            o.put("title", e.title(lang));
            ArrayNode langs = o.putArray("langs");
            e.langs().forEach(l -> langs.add(l.code()));
            ArrayNode tags = o.putArray("tags");
            e.tags().forEach(tags::add);
        }
        return write(root);
    }

    public String search(List<Search.Hit> hits) {
        ObjectNode root = Json.object();
        ArrayNode arr = root.putArray("results");
        for (Search.Hit h : hits) {
            arr.addObject().put("id", h.entry().id()).put("kind", h.entry().kind().code())
                    .put("title", h.entry().title(lang)).put("score", Math.round(h.score() * 1000) / 1000.0);
        }
        return write(root);
    }

    public String problems(List<Problem> problems, int checked) {
        ObjectNode root = Json.object();
        root.put("checked", checked);
        ArrayNode arr = root.putArray("problems");
        for (Problem p : problems) {
            // English whatever --lang says: scripts compare and grep it; the code is the stable id.
            arr.addObject().put("file", p.origin()).put("line", p.line()).put("code", p.code()).put("message", p.message());
        }
        return write(root);
    }

    public String error(String message, int exitCode) {
        ObjectNode root = Json.object();
        root.put("error", message);
        root.put("exit_code", exitCode);
        return write(root);
    }
}
