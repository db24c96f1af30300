package org.alpfaq.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.alpfaq.match.Diagnoser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The FAQ's own error texts and topics, as given in shared/eval, all find their entry. */
class SeedEvalTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static List<JsonNode> cases(String file) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/eval", file))) {
            if (!line.isBlank()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> seedDiagnose() throws Exception {
        Diagnoser d = BundledKbTest.DIAGNOSER;
        return cases("seed-diagnose.jsonl").stream().map(c -> DynamicTest.dynamicTest(c.get("expect").asText() + ": " + c.get("text").asText(), () -> {
            var findings = d.diagnose(c.get("text").asText()).findings();
            assertEquals(c.get("expect").asText(), findings.isEmpty() ? null : findings.get(0).entry().id());
        }));
    }

    @TestFactory
    Stream<DynamicTest> seedExplain() throws Exception {
        return cases("seed-explain.jsonl").stream().map(c -> DynamicTest.dynamicTest("explain " + c.get("topic").asText(), () -> {
            assertEquals(c.get("expect").asText(), BundledKbTest.BASE.find(c.get("topic").asText()).map(Entry::id).orElse(null));
        }));
    }
}
