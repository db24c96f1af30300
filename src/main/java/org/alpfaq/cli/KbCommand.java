package org.alpfaq.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.alpfaq.kb.Entry;
import org.alpfaq.kb.KbLoader;
import org.alpfaq.kb.KnowledgeBase;
import org.alpfaq.kb.Problem;
import org.alpfaq.kb.Signature;
import org.alpfaq.lint.KbLint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "kb", mixinStandardHelpOptions = true, description = "Work on the knowledge base itself.",
        subcommands = {KbCommand.Check.class, KbCommand.Patterns.class})
final class KbCommand implements Runnable {
    @ParentCommand
    AlpfaqCommand root;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(root.out());
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Lint entries and run their examples (codes in docs/kb-format.md).",
                "Without DIR, checks the bundled base; with DIR, checks the entries there against the bundled base plus DIR."})
    static final class Check implements Callable<Integer> {
        @ParentCommand
        KbCommand kb;

        @Parameters(paramLabel = "DIR", arity = "0..*", descriptionKey = "kb.check.dirs", description = "Entry folders (or single .md files) to check.")
        List<Path> dirs = new ArrayList<>();

        @Option(names = "--strict", description = "Also require both languages, steps, a Verify section and three match examples.")
        boolean strict;

        @Override
        public Integer call() {
            AlpfaqCommand root = kb.root;
            List<KbLoader.Source> targets = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            List<KbLoader.Source> all = new ArrayList<>(KbLoader.bundled());
            if (dirs.isEmpty()) {
                targets.addAll(all);
            }
            for (Path d : dirs) {
                List<KbLoader.Source> found;
                if (Files.isRegularFile(d) && d.toString().endsWith(".md")) {
                    String name = d.getFileName().toString();
                    try {
                        found = List.of(new KbLoader.Source(name.substring(0, name.length() - 3), Files.readString(d), d.toString()));
                    } catch (java.io.IOException e) {
                        throw AlpfaqException.usage(root.messages().get("file.unreadable", d, e.getMessage()));
                    }
                } else if (Files.isDirectory(d)) {
                    found = KbLoader.directory(d, problems);
                } else {
                    throw AlpfaqException.usage(root.messages().get("kb.dir.missing", d));
                }
                targets.addAll(found);
                all.addAll(found);
            }
            KnowledgeBase base = KbLoader.build(all, List.of());
            problems.addAll(KbLint.check(base, targets, strict));
            root.out().print(root.json ? root.jsonRenderer().problems(problems, targets.size())
                    : root.text().problems(problems, targets.size()));
            return problems.isEmpty() ? ExitCodes.OK : ExitCodes.NOT_FOUND;
        }
    }

    @Command(name = "patterns", mixinStandardHelpOptions = true,
            description = {"Print every signature, one per line, for rg -f (or grep -P -f).",
                "Group names are dropped, since rg joins the lines into one pattern and names may repeat."})
    static final class Patterns implements Callable<Integer> {
        @ParentCommand
        KbCommand kb;

        @Option(names = "--named", description = "Keep the named groups as written.")
        boolean named;

        @Override
        public Integer call() {
            for (Entry e : kb.root.kb().entries()) {
                for (Signature s : e.signatures()) {
                    kb.root.out().println(named ? s.source() : unnamed(s.source()));
                }
            }
            return ExitCodes.OK;
        }

        /** (?P<name>x) and (?<name>x) become (?:x): the same language, no group names to clash. */
        static String unnamed(String re) {
            return re.replaceAll("\\(\\?P?<[A-Za-z_][A-Za-z0-9_]*>", "(?:");
        }
    }
}
