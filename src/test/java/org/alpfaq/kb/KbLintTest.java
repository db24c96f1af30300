package org.alpfaq.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.alpfaq.lint.KbLint;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every lint code fires on its own failing fixture, and the passing fixture is clean (tldr-lint style). */
class KbLintTest {
    static final Path FAILING = Path.of("src/test/resources/kblint/failing");

    static List<Problem> lint(Path dir, boolean strict) {
        List<Problem> problems = new ArrayList<>();
        List<KbLoader.Source> targets = KbLoader.directory(dir, problems);
        List<KbLoader.Source> all = new ArrayList<>(KbLoader.bundled());
        all.addAll(targets);
        problems.addAll(KbLint.check(KbLoader.build(all, List.of()), targets, strict));
        return problems;
    }

    @TestFactory
    Stream<DynamicTest> eachCodeHasAFailingFixture() throws Exception {
        try (Stream<Path> dirs = Files.list(FAILING)) {
            return dirs.sorted().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
                String code = dir.getFileName().toString();
                List<Problem> problems = lint(dir, true);
                assertTrue(problems.stream().anyMatch(p -> p.code().equals(code)), code + " not reported; got " + problems);
                assertTrue(problems.stream().allMatch(p -> p.message() != null && !p.message().isBlank()));
            })).toList().stream();
        }
    }

    /** kb check says every problem in Chinese too: no key left unrendered, no English sentence. */
    @TestFactory
    Stream<DynamicTest> eachProblemHasAChineseMessage() throws Exception {
        org.alpfaq.i18n.Messages zh = new org.alpfaq.i18n.Messages(Lang.ZH);
        try (Stream<Path> dirs = Files.list(FAILING)) {
            return dirs.sorted().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
                for (Problem p : lint(dir, true)) {
                    String text = p.message(zh);
                    assertTrue(Lang.hasCjk(text) && !text.equals(p.key()) && !text.equals(p.message()), p.key() + ": " + text);
                }
            })).toList().stream();
        }
    }

    /** The English wording kept when messages moved to the bundles, as JSON output and scripts see it. */
    @Test
    void englishMessageIsTheDocumentedSentence() {
        List<Problem> problems = lint(FAILING.resolve("KB006"), false);
        Problem p = problems.stream().filter(x -> x.code().equals("KB006")).findFirst().orElseThrow();
        assertTrue(p.message().startsWith("match example gives "), p.message());
        assertTrue(p.toString().startsWith(p.origin() + ":" + p.line() + ": KB006 match example gives "), p.toString());
    }

    @Test
    void everyDocumentedCodeHasAFixture() throws Exception {
        String doc = Files.readString(Path.of("docs/kb-format.md"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\| (KB\\d{3}) \\|").matcher(doc);
        int n = 0;
        while (m.find()) {
            n++;
            assertTrue(Files.isDirectory(FAILING.resolve(m.group(1))), "no fixture for " + m.group(1));
        }
        assertEquals(20, n);
    }

    @Test
    void passingFixtureIsClean() {
        assertEquals(List.of(), lint(Path.of("src/test/resources/kblint/passing"), true));
    }

    @Test
    void fixtureKbIsCleanWithoutStrict() {
        assertEquals(List.of(), lint(Path.of("src/test/resources/fixture-kb"), false));
    }
}
