package org.alpfaq.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EntryParserTest {
    static String fixture(String name) throws Exception {
        return Files.readString(Path.of("src/test/resources/fixture-kb", name + ".md"));
    }

    @Test
    void minimalUserEntryLoads() {
        String text = "---\ntitle: My box fails\nkind: error\nsignatures:\n  - 'my box (?P<what>\\w+) fails'\n---\nRestart the box.\n";
        EntryParser.Result r = EntryParser.parse("my-box", text, "my-box.md");
        assertTrue(r.ok(), r.problems().toString());
        Entry e = r.entry();
        assertEquals(Kind.ERROR, e.kind());
        assertEquals("My box fails", e.title(Lang.EN));
        assertEquals("My box fails", e.title(Lang.ZH), "falls back to the only title");
        assertEquals("Restart the box.", e.section(Lang.ZH).why(), "falls back to the only body");
        assertEquals(Lang.EN, e.shownLang(Lang.ZH));
        assertEquals(30, e.signatures().get(0).weight());
    }

    @Test
    void chineseOnlyBodyIsChinese() {
        String text = "---\ntitle: 机器无法启动\nkind: topic\n---\n重启机器。\n";
        Entry e = EntryParser.parse("box", text, "box.md").entry();
        assertEquals(Lang.ZH, e.shownLang(Lang.EN));
        assertEquals("机器无法启动", e.title(Lang.EN));
    }

    @Test
    void bilingualEntryHasItsParts() throws Exception {
        Entry e = EntryParser.parse("demo-cause", fixture("demo-cause"), "demo-cause.md").entry();
        Section en = e.section(Lang.EN);
        assertEquals("The widget `{{package}}` could not be fetched because the mirror is down.", en.why());
        assertEquals(2, en.steps().size());
        assertEquals("Refresh the index:", en.steps().get(0));
        assertEquals("apk update", en.snippets().get(0));
        assertEquals("apk add {{package}}", en.snippets().get(1));
        assertEquals("`apk info -e {{package}}` prints its name.", en.verify());
        assertTrue(e.section(Lang.ZH).why().startsWith("无法获取部件"));
        assertEquals(4, e.examples().size());
        assertEquals(3, e.examples().stream().filter(Example::match).count());
        assertEquals(40, e.signatures().get(0).weight());
        assertEquals(java.util.List.of("demo"), e.aliases());
        assertEquals(java.util.List.of(Lang.EN, Lang.ZH), e.langs());
    }

    @Test
    void exampleLinesPointIntoTheFile() throws Exception {
        String text = fixture("demo-cause");
        Entry e = EntryParser.parse("demo-cause", text, "demo-cause.md").entry();
        String[] lines = text.split("\n");
        for (Example ex : e.examples()) {
            assertTrue(lines[ex.line() - 1].startsWith("```text"), "line " + ex.line() + " is " + lines[ex.line() - 1]);
        }
    }

    @Test
    void headingInsideCodeFenceDoesNotSplitSections() {
        String text = "---\ntitle: {en: T, zh: 标题}\nkind: topic\n---\n# en\n\nWhy.\n\n```sh\n# zh\necho hi\n```\n\n# zh\n\n原因。\n";
        Entry e = EntryParser.parse("t", text, "t.md").entry();
        assertEquals("# zh\necho hi", e.section(Lang.EN).snippets().get(0));
        assertEquals("原因。", e.section(Lang.ZH).why());
    }

    @Test
    void brokenYamlIsReportedWithItsLine() {
        String text = "---\nkind: error\ntitle: [unclosed\n---\nBody\n";
        EntryParser.Result r = EntryParser.parse("x", text, "x.md");
        assertFalse(r.ok());
        Problem p = r.problems().get(0);
        assertEquals("KB001", p.code());
        assertTrue(p.line() >= 3, "line " + p.line());
    }

    @Test
    void badRegexMakesTheEntryUnusable() {
        String text = "---\nkind: error\ntitle: X\nsignatures:\n  - '(a)\\1'\n---\nBody\n";
        EntryParser.Result r = EntryParser.parse("x", text, "x.md");
        assertNull(r.entry());
        assertEquals("KB004", r.problems().get(0).code());
        assertEquals(5, r.problems().get(0).line());
    }

    @Test
    void signatureMatchingEverythingIsRejected() {
        String text = "---\nkind: error\ntitle: X\nsignatures:\n  - '.*'\n---\nBody\n";
        EntryParser.Result r = EntryParser.parse("x", text, "x.md");
        assertFalse(r.ok());
        assertEquals("KB004", r.problems().get(0).code());
    }

    @Test
    void crlfAndBomAreAccepted() {
        String text = "\uFEFF---\r\ntitle: T\r\nkind: topic\r\n---\r\nBody\r\n";
        EntryParser.Result r = EntryParser.parse("t", text, "t.md");
        assertTrue(r.ok(), r.problems().toString());
        assertEquals("Body", r.entry().section(Lang.EN).why());
    }
}
