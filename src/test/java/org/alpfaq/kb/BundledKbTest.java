package org.alpfaq.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.alpfaq.lint.KbLint;
import org.alpfaq.match.Diagnoser;
import org.alpfaq.match.Diagnosis;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The bundled base proves itself: every example of every entry runs as its own test, so adding
 * an entry adds its tests with no Java code; and the base passes {@code kb check --strict}.
 */
class BundledKbTest {
    static final KnowledgeBase BASE = KbLoader.load(List.of());
    static final Diagnoser DIAGNOSER = new Diagnoser(BASE);

    @TestFactory
    Stream<DynamicTest> everyExampleOfEveryEntry() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Entry e : BASE.entries()) {
            for (Example ex : e.examples()) {
                String name = e.id() + ".md:" + ex.line() + (ex.match() ? " match" : " no-match");
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    Diagnosis d = DIAGNOSER.diagnose(ex.text());
                    List<String> ids = d.findings().stream().map(f -> f.entry().id()).toList();
                    if (ex.match()) {
                        assertTrue(!ids.isEmpty() && ids.get(0).equals(e.id()), "first finding should be " + e.id() + ", got " + ids);
                    } else {
                        assertTrue(!ids.contains(e.id()), e.id() + " should not be found, got " + ids);
                    }
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void bundledBaseLoadsWithoutProblems() {
        assertEquals(List.of(), BASE.problems());
        assertEquals(KbLoader.bundled().size(), BASE.entries().size());
    }

    @Test
    void bundledBasePassesStrictCheck() {
        List<Problem> problems = KbLint.check(BASE, KbLoader.bundled(), true);
        assertEquals(List.of(), problems, () -> String.join("\n", problems.stream().map(Problem::toString).toList()));
    }

    @Test
    void everyCatalogIdExistsWithItsKindInBothLanguages() throws Exception {
        List<String> missing = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/catalog-ids.txt"))) {
            String[] parts = line.trim().split(" ");
            var e = BASE.byId(parts[0]);
            if (e.isEmpty()) {
                missing.add(parts[0] + " (missing)");
            } else if (!e.get().kind().code().equals(parts[1])) {
                missing.add(parts[0] + " (kind " + e.get().kind().code() + ", want " + parts[1] + ")");
            } else if (e.get().langs().size() != 2) {
                missing.add(parts[0] + " (langs " + e.get().langs() + ")");
            }
        }
        assertEquals(List.of(), missing);
    }
}
