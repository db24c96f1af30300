package org.alpfaq.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alpfaq.kb.KbLoader;
import org.alpfaq.kb.KnowledgeBase;
import org.alpfaq.kb.Problem;
import org.junit.jupiter.api.Test;

class DiagnoserTest {
    static KnowledgeBase fixtures() {
        List<Problem> problems = new ArrayList<>();
        return KbLoader.build(KbLoader.directory(Path.of("src/test/resources/fixture-kb"), problems), problems);
    }

    final Diagnoser diagnoser = new Diagnoser(fixtures());

    static List<String> ids(Diagnosis d) {
        return d.findings().stream().map(f -> f.entry().id()).toList();
    }

    @Test
    void causeOutranksConsequenceWhateverTheOrder() {
        assertEquals(List.of("demo-cause", "demo-consequence"), ids(diagnoser.diagnose("ZZDEMO 2 errors in total\nZZDEMO fetch x failed")));
        assertEquals(List.of("demo-cause", "demo-consequence"), ids(diagnoser.diagnose("ZZDEMO fetch x failed\nZZDEMO 2 errors in total")));
    }

    @Test
    void harmlessNeverOutranksAnError() {
        assertEquals(List.of("demo-consequence", "demo-harmless"), ids(diagnoser.diagnose("ZZDEMO notice: skipping\nZZDEMO 1 errors in total")));
    }

    @Test
    void capturesAndLineNumbersAreKept() {
        Diagnosis d = diagnoser.diagnose("hello\n\u001B[1mZZDEMO fetch py3-foo failed\u001B[0m\nZZDEMO mirror m.example.org down");
        Finding f = d.findings().get(0);
        assertEquals("py3-foo", f.captures().get("package"));
        assertEquals("m.example.org", f.captures().get("host"));
        assertEquals(2, f.hits().get(0).line());
        assertEquals("ZZDEMO fetch py3-foo failed", f.hits().get(0).text());
        assertEquals(41, f.score(), "40 for the best signature, 1 for the second");
        assertEquals(3, d.lines());
    }

    @Test
    void hitsAreCappedButCounted() {
        String text = "ZZDEMO 1 errors in total\n".repeat(20);
        Finding f = diagnoser.diagnose(text).findings().get(0);
        assertEquals(Diagnoser.MAX_HITS, f.hits().size());
        assertEquals(20, f.hitCount());
    }

    @Test
    void overlongLineIsCutNotHeld() throws Exception {
        String text = "x".repeat(Normalizer.MAX_LINE * 3 + 5) + "\nZZDEMO fetch y failed\n";
        Diagnosis d = diagnoser.diagnose(new StringReader(text), null);
        assertEquals(5, d.lines(), "three full pieces, the rest, and the real line");
        assertEquals("demo-cause", d.findings().get(0).entry().id());
    }

    @Test
    void placeholdersTakeOnlySafeValues() {
        assertEquals("apk add py3-foo", Placeholders.fill("apk add {{package}}", Map.of("package", "py3-foo")));
        for (String bad : new String[] {"a;rm -rf /", "$(reboot)", "`id`", "a|b", "a b", "-rf", "x\ny", "a&b", "a>b"}) {
            assertEquals("apk add {{package}}", Placeholders.fill("apk add {{package}}", Map.of("package", bad)), bad);
        }
        assertEquals("rc-update add {{service}}", Placeholders.fill("rc-update add {{service}}", Map.of()));
    }

    @Test
    void emptyInputHasNoTextLines() {
        Diagnosis d = diagnoser.diagnose("\n  \n\u001B[0m\n");
        assertFalse(d.anyText());
        assertTrue(d.findings().isEmpty());
    }

    /** A TZ setting on its own is normal; it made a finding on a clean log until signatures could be supporting. */
    @Test
    void tzSettingAloneIsNoFinding() {
        String entry = "---\nkind: error\ntitle: TZ\nsignatures:\n"
                + "  - {pattern: 'TZ=\\w+/\\w+', supporting: true}\n"
                + "  - {pattern: ' UTC \\d{4}$', supporting: true}\n---\nBody.\n";
        org.alpfaq.kb.Entry e = org.alpfaq.kb.EntryParser.parse("tz", entry, "tz.md").entry();
        Diagnoser d = new Diagnoser(org.alpfaq.kb.KnowledgeBase.of(List.of(e), List.of()));
        assertTrue(d.diagnose("docker run -e TZ=Asia/Tokyo alpine date\nWed Feb 12 03:14:07 JST 2025").findings().isEmpty());
        assertEquals(1, d.diagnose("docker run -e TZ=Asia/Tokyo alpine date\nWed Feb 12 03:14:07 UTC 2025").findings().size());
    }

    /**
     * A big file is read in parts at the same time; whatever the cuts, the result must be the one
     * reading it in one go gives: line numbers, first hits, counts, captures, scores, sample.
     */
    @Test
    void filesReadInPartsGiveTheSameDiagnosisAsOneReading(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Diagnoser bundled = new Diagnoser(KbLoader.bundledBase());
        StringBuilder log = new StringBuilder();
        java.util.Random random = new java.util.Random(42);
        String[] errors = {
            "ERROR: unable to select packages:\n  py3-foo (no such package):\n    required by: world[py3-foo]",
            "rc-update: failed to add service `loadkmap' to runlevel `boot': No such file or directory",
            "sh: can't access tty; job control turned off",
            "\u001B[31mWARNING: Ignoring https://dl-cdn.alpinelinux.org/alpine/v3.19/main: temporary error (try again later)\u001B[0m",
            "Mar 26 04:56:37 host kernel: x\u00e9\u4e2d\u6587 caf\u00e9",
        };
        for (int i = 0; i < 4000; i++) {
            log.append(random.nextInt(40) == 0 ? errors[random.nextInt(errors.length)] : "Mar 26 04:56:37 host daemon.info sshd[" + i + "]: ok")
                    .append(random.nextInt(50) == 0 ? "\r\n" : "\n");
        }
        log.append("a last line without a newline ERROR: unable to select packages: zz (no such package)");
        Path file = dir.resolve("log");
        java.nio.file.Files.writeString(file, log);
        Diagnosis one = bundled.diagnose(List.of(new Diagnoser.Input(file.toString(), new StringReader(log.toString()))), null);
        assertFalse(one.findings().isEmpty());
        for (int threads : new int[] {2, 3, 7}) {
            Diagnosis parts = bundled.diagnoseFile(file, threads, 1024, null);
            assertEquals(one.lines(), parts.lines(), "lines, " + threads + " parts");
            assertEquals(one.anyText(), parts.anyText());
            assertEquals(one.sample(), parts.sample());
            assertEquals(one.findings().size(), parts.findings().size());
            for (int i = 0; i < one.findings().size(); i++) {
                Finding a = one.findings().get(i);
                Finding b = parts.findings().get(i);
                assertEquals(a.entry().id(), b.entry().id());
                assertEquals(a.score(), b.score());
                assertEquals(a.hits(), b.hits(), a.entry().id());
                assertEquals(a.hitCount(), b.hitCount());
                assertEquals(a.captures(), b.captures());
                assertEquals(a.first(), b.first());
            }
        }
    }
}
