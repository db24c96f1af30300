package org.alpfaq.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.alpfaq.match.Diagnoser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real error texts pasted in public threads, each labelled with the entry that must come first,
 * and normal logs that must give no finding at all. The bar is the product's promise: the right
 * entry first for at least 95% of them, and nothing found on normal logs.
 */
class RealPasteEvalTest {
    @ParameterizedTest
    @ValueSource(strings = {"real-dev.jsonl", "real-heldout.jsonl", "real-heldout2.jsonl", "real-dev-kb2.jsonl"})
    void rightEntryFirstAndQuietOnNormalLogs(String file) throws Exception {
        Diagnoser d = BundledKbTest.DIAGNOSER;
        int right = 0;
        int total = 0;
        List<String> misses = new ArrayList<>();
        List<String> noisy = new ArrayList<>();
        for (JsonNode c : SeedEvalTest.cases(file)) {
            var findings = d.diagnose(c.get("text").asText()).findings();
            String got = findings.isEmpty() ? "none" : findings.get(0).entry().id();
            String want = c.get("expect").asText();
            if (want.equals("none")) {
                if (!findings.isEmpty()) {
                    noisy.add(c.path("source").asText() + " -> " + got);
                }
                continue;
            }
            total++;
            if (got.equals(want)) {
                right++;
            } else {
                misses.add(c.path("source").asText() + ": want " + want + ", got " + got);
            }
        }
        assertEquals(List.of(), noisy, "findings on normal logs");
        assertTrue(right >= Math.ceil(total * 0.95), right + "/" + total + " right; misses:\n" + String.join("\n", misses));
    }
}
