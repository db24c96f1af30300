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

    @Test
    void everyDocumentedCodeHasAFixture() throws Exception {
        String doc = Files.readString(Path.of("docs/kb-format.md"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\| (KB\\d{3}) \\|").matcher(doc);
        int n = 0;
        while (m.find()) {
            n++;
            assertTrue(Files.isDirectory(FAILING.resolve(m.group(1))), "no fixture for " + m.group(1));
        }
        assertEquals(19, n);
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
