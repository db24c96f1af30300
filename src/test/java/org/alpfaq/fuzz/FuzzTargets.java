package org.alpfaq.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.alpfaq.kb.EntryParser;
import org.alpfaq.kb.KbLoader;
import org.alpfaq.kb.KnowledgeBase;
import org.alpfaq.match.Diagnoser;
import org.alpfaq.match.Diagnosis;
import org.alpfaq.mirror.RepositoriesFile;

/**
 * Coverage-guided fuzz targets (Jazzer). In a normal test run each replays its seeds and any
 * crash files under src/test/resources/org/alpfaq/fuzz/FuzzTargetsInputs/; with JAZZER_FUZZ=1 it
 * fuzzes (see docs/security.md for the commands). Every crash found becomes a seed here.
 */
class FuzzTargets {
    static final KnowledgeBase BASE = KbLoader.load(List.of());
    static final Diagnoser DIAGNOSER = new Diagnoser(BASE);

    @FuzzTest(maxDuration = "20s")
    void entryParser(FuzzedDataProvider data) {
        String id = data.consumeString(20);
        String text = data.consumeRemainingAsString();
        EntryParser.Result r = EntryParser.parse(id.isEmpty() ? "x" : id, text, "fuzz.md");
        // Never throws; a usable entry or at least one problem, never neither.
        assertTrue(r.ok() || !r.problems().isEmpty());
        if (r.ok()) {
            r.entry().sections();
            r.entry().examples();
        }
    }

    @FuzzTest(maxDuration = "20s")
    void repositoriesFile(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        RepositoriesFile f = RepositoriesFile.parse(text);
        assertEquals(text, f.print());
        String once = f.withMirror("https://mirrors.tuna.tsinghua.edu.cn/alpine/").print();
        assertEquals(once, RepositoriesFile.parse(once).withMirror("https://mirrors.tuna.tsinghua.edu.cn/alpine/").print());
    }

    @FuzzTest(maxDuration = "20s")
    void diagnose(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        Diagnosis d = DIAGNOSER.diagnose(text);
        assertTrue(d.lines() >= 0);
        d.findings().forEach(f -> assertTrue(f.score() >= 0 && !f.hits().isEmpty()));
    }
}
