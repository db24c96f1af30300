package org.alpfaq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String KB = Run.FIXTURES;

    @Test
    void diagnoseFindsAndExitsZero() {
        Run r = Run.of("--kb", KB, "diagnose", "ZZDEMO fetch py3-foo failed");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Demo widget cannot be fetched"), r.out());
        assertTrue(r.out().contains("apk add py3-foo"), "snippet filled from the capture: " + r.out());
        assertTrue(r.out().contains("line 1: ZZDEMO fetch py3-foo failed"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void diagnoseJoinsUnquotedWords() {
        Run r = Run.of("--kb", KB, "diagnose", "ZZDEMO", "fetch", "x", "failed");
        assertEquals(0, r.code());
    }

    @Test
    void diagnoseNothingFoundExitsOneAndSuggests() {
        Run r = Run.of("--kb", KB, "diagnose", "my widget gadget is strange");
        assertEquals(1, r.code());
        assertTrue(r.out().contains("No known problem found in 1 lines."), r.out());
        assertTrue(r.out().contains("demo-cause"), "closest entries suggested: " + r.out());
    }

    /** Suggestions came only from text given as arguments, never from a pipe or a file, until the input was sampled. */
    @Test
    void nothingFoundOnStdinStillSuggests() {
        Run r = Run.withStdin("my widget gadget is strange\n", "--kb", KB, "diagnose", "-");
        assertEquals(1, r.code());
        assertTrue(r.out().contains("demo-cause"), "closest entries suggested: " + r.out());
    }

    @Test
    void diagnoseReadsStdinWithDashOrWhenPiped() {
        assertEquals(0, Run.withStdin("noise\nZZDEMO fetch a failed\n", "--kb", KB, "diagnose", "-").code());
        assertEquals(0, Run.withStdin("ZZDEMO fetch a failed\n", "--kb", KB, "diagnose").code());
    }

    @Test
    void diagnoseWithNoInputOnATerminalIsUsageError() {
        Run r = Run.with(Map.of(), "", true, "--kb", KB, "diagnose");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("alpfaq: no text to diagnose"), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line, no stack trace: " + r.err());
    }

    @Test
    void diagnoseEmptyTextIsUsageError() {
        assertEquals(2, Run.of("diagnose", "   ").code());
        assertEquals(2, Run.withStdin("\n\n", "diagnose", "-").code());
    }

    @Test
    void diagnoseReadsFiles(@TempDir Path tmp) throws Exception {
        Path log = tmp.resolve("log.txt");
        Files.writeString(log, "boot\nZZDEMO 4 errors in total\n");
        Path log2 = tmp.resolve("log2.txt");
        Files.writeString(log2, "ZZDEMO fetch z failed");
        Run r = Run.of("--kb", KB, "diagnose", "--json", "--file", log.toString(), "--file", log2.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("demo-cause", first(r.out()));
    }

    /**
     * Titles, alias lines and "See also" ran past a narrow terminal; only code (indented four
     * spaces, never wrapped), the echoed input lines and reference URLs (kept whole so they can be
     * copied) may be wider.
     */
    @Test
    void narrowTerminalWrapsHeadersToo() {
        for (String[] args : new String[][] {
            {"explain", "flavors"},
            {"diagnose", "ERROR: unable to select packages: foo (no such package)"},
        }) {
            Run r = Run.with(Map.of("COLUMNS", "40"), "", false, args);
            assertEquals(0, r.code(), r.err());
            for (String line : r.out().split("\n")) {
                boolean exempt = line.startsWith("    ") || line.startsWith("  line ") || line.strip().startsWith("^")
                        || line.startsWith("  - http");
                assertTrue(exempt || line.codePointCount(0, line.length()) <= 40, args[0] + ": " + line);
            }
        }
    }

    /** An unknown --kind used to list nothing and exit 0, as if the base had no such entries. */
    @Test
    void listWithUnknownKindIsAUsageError() {
        Run r = Run.of("list", "--kind=bogus");
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().startsWith("alpfaq: "), r.err());
        assertEquals(0, Run.of("list", "--kind=TOPIC").code());
        assertTrue(Run.of("list", "--kind", "error").out().contains("apk-no-such-package"));
    }

    /** The error for a bad URL named --set even when the URL came from 'mirror probe'. */
    @Test
    void probeWithBadUrlDoesNotBlameSet() {
        Run r = Run.of("mirror", "probe", "http://x y/");
        assertEquals(2, r.code());
        assertFalse(r.err().contains("--set"), r.err());
    }

    /** Each file got a newline appended, so a file ending in one was counted a line too long. */
    @Test
    void fileEndingInNewlineIsNotCountedAsAnExtraLine(@TempDir Path tmp) throws Exception {
        Path ended = tmp.resolve("ended.log");
        Files.writeString(ended, "one\ntwo\n");
        Path open = tmp.resolve("open.log");
        Files.writeString(open, "three\nfour");
        Run r = Run.of("--kb", KB, "diagnose", "--file", ended.toString());
        assertTrue(r.out().contains("No known problem found in 2 lines."), r.out());
        Run both = Run.of("--kb", KB, "diagnose", "--file", open.toString(), "--file", ended.toString());
        assertTrue(both.out().contains("No known problem found in 4 lines."), "the open file's last line is not run into the next: " + both.out());
    }

    /** Lines were numbered across all the files read, as if they were one. */
    @Test
    void eachFileNumbersItsOwnLines(@TempDir Path tmp) throws Exception {
        Path a = tmp.resolve("a.log");
        Files.writeString(a, "one\ntwo\nthree\n");
        Path b = tmp.resolve("b.log");
        Files.writeString(b, "noise\nZZDEMO fetch py3-foo failed\n");
        Run text = Run.of("--kb", KB, "diagnose", "--file", a.toString(), "--file", b.toString());
        assertTrue(text.out().contains("  " + b + ":2: ZZDEMO fetch py3-foo failed"), text.out());
        assertTrue(text.out().contains("in 5 lines"), text.out());
        Run json = Run.of("--kb", KB, "--json", "diagnose", "--file", a.toString(), "--file", b.toString());
        assertTrue(json.out().contains("\"file\" : \"" + b + "\""), json.out());
        assertTrue(json.out().contains("\"line\" : 2,"), json.out());
        Run piped = Run.withStdin("x\nZZDEMO fetch py3-foo failed\n", "--kb", KB, "diagnose", "-");
        assertTrue(piped.out().contains("  line 2: ZZDEMO"), "standard input keeps 'line N': " + piped.out());
    }

    /** Text given with --file was read and the files silently dropped. */
    @Test
    void filesAndTextAreBothRead(@TempDir Path tmp) throws Exception {
        Path a = tmp.resolve("a.log");
        Files.writeString(a, "ZZDEMO fetch py3-foo failed\n");
        Run r = Run.of("--kb", KB, "--json", "diagnose", "--file", a.toString(), "ZZDEMO 2 errors in total");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("demo-cause") && r.out().contains("demo-consequence"), r.out());
    }

    @Test
    void missingFileAndDirectoryAreUsageErrors(@TempDir Path tmp) {
        Run missing = Run.of("diagnose", "--file", tmp.resolve("nope.log").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such file"), missing.err());
        Run dir = Run.of("diagnose", "--file", tmp.toString());
        assertEquals(2, dir.code());
        assertTrue(dir.err().contains("is a directory"), dir.err());
    }

    @Test
    void unknownOptionIsUsageError() {
        Run r = Run.of("diagnose", "--frobnicate");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Unknown option"), r.err());
    }

    @Test
    void diagnoseJsonHasTheContractShape() throws Exception {
        Run r = Run.of("--kb", KB, "--json", "diagnose", "ZZDEMO fetch widget failed\nZZDEMO 1 errors in total");
        JsonNode root = JSON.readTree(r.out());
        JsonNode f = root.get("findings").get(0);
        for (String field : new String[] {"id", "kind", "title", "score", "matches", "steps", "snippets"}) {
            assertTrue(f.has(field), field);
        }
        assertEquals("demo-cause", f.get("id").asText());
        assertEquals("error", f.get("kind").asText());
        JsonNode m = f.get("matches").get(0);
        assertEquals(1, m.get("line").asInt());
        assertTrue(m.has("text") && m.has("signature"));
        assertEquals("apk add widget", f.get("snippets").get(1).asText());
        assertEquals("demo-consequence", root.get("findings").get(1).get("id").asText());
    }

    @Test
    void topLimitsFindings() throws Exception {
        Run r = Run.of("--kb", KB, "diagnose", "--json", "--top", "1", "ZZDEMO fetch widget failed\nZZDEMO 1 errors in total");
        assertEquals(1, JSON.readTree(r.out()).get("findings").size());
        assertEquals(2, JSON.readTree(r.out()).get("total").asInt());
    }

    @Test
    void explainByAliasCaseInsensitive() {
        Run r = Run.of("--kb", KB, "explain", "GADGETS");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Demo gadgets explained"), r.out());
        assertTrue(r.out().contains("大型"), "table cells rendered: " + r.out());
    }

    @Test
    void explainUnknownTopicSuggests() {
        Run r = Run.of("--kb", KB, "explain", "gadgts");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no entry named 'gadgts'"), r.err());
        assertTrue(r.err().contains("demo-topic"), r.err());
    }

    @Test
    void explainWithoutTopicLists() {
        Run r = Run.of("--kb", KB, "explain");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("demo-topic"));
    }

    @Test
    void explainChineseFallsBackAndSays() {
        Run r = Run.of("--kb", KB, "--lang", "zh", "explain", "demo-cause");
        assertTrue(r.out().contains("演示部件无法获取"), r.out());
        Run env = Run.with(Map.of("LANG", "zh_CN.UTF-8"), "", false, "--kb", KB, "explain", "demo-topic");
        assertTrue(env.out().contains("小工具有"), env.out());
    }

    @Test
    void listJsonShowsLanguages() throws Exception {
        Run r = Run.of("--kb", KB, "list", "--json", "--tag", "demo");
        JsonNode entries = JSON.readTree(r.out()).get("entries");
        assertEquals(3, entries.size());
        assertEquals("[\"en\",\"zh\"]", entries.get(0).get("langs").toString());
    }

    @Test
    void searchChinese() {
        Run r = Run.of("--kb", KB, "search", "小工具");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("demo-topic"), r.out());
    }

    @Test
    void brokenUserEntryIsReportedAndSkipped(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("broken.md"), "---\nkind: error\ntitle: [oops\n---\n");
        Files.writeString(tmp.resolve("fine.md"), "---\nkind: error\ntitle: Fine\nsignatures: ['ZZFINE']\n---\nFine body.\n");
        Run r = Run.of("--kb", tmp.toString(), "diagnose", "ZZFINE here");
        assertEquals(0, r.code());
        assertTrue(r.err().contains("broken.md:"), r.err());
        assertTrue(r.err().contains("KB001"), r.err());
        assertTrue(r.out().contains("Fine"), r.out());
    }

    @Test
    void userConfigDirectoryIsLoaded(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("alpfaq/kb");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("mine.md"), "---\nkind: error\ntitle: Mine\nsignatures: ['ZZMINE']\n---\nMine.\n");
        Run r = Run.with(Map.of("XDG_CONFIG_HOME", tmp.toString()), "", false, "diagnose", "ZZMINE");
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void missingKbDirIsUsageError() {
        Run r = Run.of("--kb", "/no/such/dir", "list");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no such directory"), r.err());
    }

    @Test
    void kbCheckFixturesPassesAndBrokenFails() {
        assertEquals(0, Run.of("kb", "check", KB).code());
        Run bad = Run.of("kb", "check", "src/test/resources/kblint/failing/KB004");
        assertEquals(1, bad.code());
        assertTrue(bad.out().contains("KB004"), bad.out());
    }

    @Test
    void kbCheckSpeaksChineseButJsonKeepsEnglish() throws Exception {
        String dir = "src/test/resources/kblint/failing/KB004";
        Run zh = Run.with(Map.of("LANG", "zh_CN.UTF-8"), "", false, "kb", "check", dir);
        assertEquals(1, zh.code());
        assertTrue(zh.out().contains("KB004 signature"), "the code stays: " + zh.out());
        assertTrue(zh.out().contains("不是有效的 RE2 表达式"), zh.out());
        assertFalse(zh.out().contains("is not a valid RE2"), zh.out());
        Run json = Run.of("--lang", "zh", "--json", "kb", "check", dir);
        JsonNode p = JSON.readTree(json.out()).get("problems").get(0);
        assertEquals("KB004", p.get("code").asText());
        assertTrue(p.get("message").asText().contains("is not a valid RE2 expression"), json.out());
    }

    @Test
    void versionFollowsTheLanguage() {
        Run en = Run.of("--version");
        assertEquals(0, en.code());
        assertTrue(en.out().startsWith("alpfaq "), en.out());
        assertTrue(en.out().contains("knowledge base: ") && en.out().contains(" entries, revision "), en.out());
        assertTrue(en.out().contains("\nJava "), en.out());
        for (Run zh : new Run[] {Run.of("--lang", "zh", "--version"), Run.of("--version", "--lang=zh"),
                Run.with(Map.of("LANG", "zh_CN.UTF-8"), "", false, "--version")}) {
            assertEquals(0, zh.code());
            assertTrue(zh.out().contains("知识库：") && zh.out().contains(" 个条目，修订版 "), zh.out());
        }
        Run override = Run.with(Map.of("LANG", "zh_CN.UTF-8"), "", false, "--lang", "en", "--version");
        assertTrue(override.out().contains("knowledge base: "), "--lang wins over LANG: " + override.out());
    }

    @Test
    void badLangIsUsageError() {
        assertEquals(2, Run.of("--lang", "fr", "list").code());
    }

    @Test
    void helpListsExitCodes() {
        Run r = Run.of("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Exit codes:"), r.out());
    }

    @Test
    void colourOnlyWhenAskedOrOnATerminal() {
        String esc = "\u001B[";
        assertFalse(Run.of("--kb", KB, "diagnose", "ZZDEMO fetch a failed").out().contains(esc));
        assertTrue(Run.of("--kb", KB, "--color=always", "diagnose", "ZZDEMO fetch a failed").out().contains(esc));
        assertTrue(Run.with(Map.of(), "", true, "--kb", KB, "diagnose", "ZZDEMO fetch a failed").out().contains(esc));
        assertFalse(Run.with(Map.of("NO_COLOR", "1"), "", true, "--kb", KB, "diagnose", "ZZDEMO fetch a failed").out().contains(esc));
        assertFalse(Run.of("--kb", KB, "--color=always", "--json", "diagnose", "ZZDEMO fetch a failed").out().contains(esc));
    }

    static String first(String json) throws Exception {
        JsonNode f = JSON.readTree(json).get("findings");
        return f.size() == 0 ? null : f.get(0).get("id").asText();
    }
}
