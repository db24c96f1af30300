package org.alpfaq.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alpfaq.kb.Entry;
import org.alpfaq.kb.EntryParser;
import org.alpfaq.kb.Example;
import org.alpfaq.kb.KbLoader;
import org.alpfaq.kb.Kind;
import org.alpfaq.kb.KnowledgeBase;
import org.alpfaq.kb.Lang;
import org.alpfaq.kb.Problem;
import org.alpfaq.kb.Section;
import org.alpfaq.match.Diagnoser;
import org.alpfaq.match.Diagnosis;
import org.alpfaq.match.Finding;

/**
 * {@code kb check}: every problem of the given entry files, and every example run against the
 * whole base they belong to. Codes and meanings are listed in {@code docs/kb-format.md}.
 */
public final class KbLint {
    private KbLint() {}

    /**
     * @param base the base the entries live in (bundled plus user directories), used to run examples
     * @param targets the entry files to check
     * @param strict also apply the rules for the bundled base (both languages, steps, verify, three examples)
     */
    public static List<Problem> check(KnowledgeBase base, List<KbLoader.Source> targets, boolean strict) {
        List<Problem> out = new ArrayList<>();
        Diagnoser diagnoser = new Diagnoser(base);
        for (KbLoader.Source src : targets) {
            EntryParser.Result r = EntryParser.parse(src.id(), src.content(), src.origin());
            out.addAll(r.problems());
            if (!r.ok()) {
                continue;
            }
            Entry e = r.entry();
            aliases(e, base, out);
            for (String s : e.seeAlso()) {
                if (base.byId(s).isEmpty()) {
                    out.add(new Problem(e.origin(), 0, "KB013", "lint.see-also", s));
                }
            }
            for (org.alpfaq.kb.Signature sig : e.signatures()) {
                // Without a literal the prefilter cannot skip a line for it: its regex would run on
                // every line of every log (one such signature made a 100 MB scan 8x slower).
                if (Diagnoser.requiredLiterals(sig.source()).isEmpty()) {
                    out.add(new Problem(e.origin(), 0, "KB020", "lint.no-literal", sig.source()));
                }
            }
            examples(e, diagnoser, out);
            if (strict) {
                strict(e, out);
            }
        }
        out.sort(Comparator.comparing(Problem::origin).thenComparingInt(Problem::line).thenComparing(Problem::code));
        return out;
    }

    private static void aliases(Entry e, KnowledgeBase base, List<Problem> out) {
        for (String alias : e.aliases()) {
            String a = alias.toLowerCase(Locale.ROOT);
            for (Entry other : base.entries()) {
                if (other.id().equals(e.id())) {
                    continue;
                }
                boolean clash = other.id().equals(a)
                        || other.aliases().stream().anyMatch(o -> o.toLowerCase(Locale.ROOT).equals(a));
                if (clash) {
                    out.add(new Problem(e.origin(), 0, "KB012", "lint.alias", alias, other.id()));
                }
            }
        }
    }

    private static void examples(Entry e, Diagnoser diagnoser, List<Problem> out) {
        long matches = e.examples().stream().filter(Example::match).count();
        long misses = e.examples().size() - matches;
        if (e.kind() == Kind.ERROR && (matches == 0 || misses == 0)) {
            out.add(new Problem(e.origin(), 0, "KB008", "lint.examples.both"));
        }
        for (Example ex : e.examples()) {
            Diagnosis d = diagnoser.diagnose(ex.text());
            List<Finding> f = d.findings();
            if (ex.match()) {
                if (f.isEmpty()) {
                    out.add(new Problem(e.origin(), ex.line(), "KB006", "lint.match.none"));
                } else if (!f.get(0).entry().id().equals(e.id())) {
                    Finding first = f.get(0);
                    Problem p = f.stream().filter(x -> x.entry().id().equals(e.id())).findFirst()
                            .map(own -> new Problem(e.origin(), ex.line(), "KB006", "lint.match.other", first.entry().id(), first.score(), own.score()))
                            .orElse(new Problem(e.origin(), ex.line(), "KB006", "lint.match.other-only", first.entry().id(), first.score()));
                    out.add(p);
                }
            } else if (f.stream().anyMatch(x -> x.entry().id().equals(e.id()))) {
                out.add(new Problem(e.origin(), ex.line(), "KB007", "lint.no-match"));
            }
        }
    }

    private static void strict(Entry e, List<Problem> out) {
        for (Lang l : Lang.values()) {
            if (!e.titles().containsKey(l) || !e.sections().containsKey(l)) {
                out.add(new Problem(e.origin(), 0, "KB015", "lint.lang", l.code()));
            }
        }
        if (e.kind() != Kind.ERROR) {
            return;
        }
        for (Map.Entry<Lang, Section> s : e.sections().entrySet()) {
            if (s.getValue().steps().isEmpty()) {
                out.add(new Problem(e.origin(), 0, "KB016", "lint.steps", s.getKey().code()));
            }
            if (s.getValue().verify().isEmpty()) {
                out.add(new Problem(e.origin(), 0, "KB016", "lint.verify", s.getKey().code()));
            }
        }
        if (e.examples().stream().filter(Example::match).count() < 3) {
            out.add(new Problem(e.origin(), 0, "KB017", "lint.three"));
        }
    }
}
