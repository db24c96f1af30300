package org.alpfaq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input gets one clear line and its documented exit code; nothing hangs or leaks control codes. */
class BadInputTest {
    static Run bytes(byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Context ctx = new Context(Map.of("HOME", "/nonexistent"), new ByteArrayInputStream(stdin), false, false, false);
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = Cli.run(args, ctx, o, e);
        }
        return new Run(code, out.toString(), err.toString());
    }

    static void oneLine(Run r) {
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void emptyText() {
        Run r = Run.of("diagnose", "");
        assertEquals(2, r.code());
        oneLine(r);
    }

    @Test
    void unknownSubcommandAndOption() {
        Run r = Run.of("frobnicate");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("alpfaq: "), r.err());
        assertEquals(2, Run.of("list", "--nope").code());
        assertEquals(2, Run.of("diagnose", "--top", "zero", "x").code());
        assertEquals(2, Run.of("diagnose", "--top", "0", "x").code());
    }

    @Test
    void unreadableFile(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("secret.log");
        Files.writeString(f, "x");
        f.toFile().setReadable(false, false);
        // root reads everything, so as root (as in CI) this is reported as skipped, not passed.
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(f), "running as root: permissions are not enforced");
        Run r = Run.of("diagnose", "--file", f.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("permission denied"), r.err());
        oneLine(r);
    }

    @Test
    void binaryStdinWithNulBytesStillMatches() {
        byte[] junk = new byte[] {0, 1, 2, (byte) 0xFF, (byte) 0xFE, '\n', 'Z', 'Z', 'D', 'E', 'M', 'O', ' ', 'f', 'e', 't', 'c', 'h', ' ',
            'x', 0, 'y', ' ', 'f', 'a', 'i', 'l', 'e', 'd', '\n'};
        Run r = bytes(junk, "--kb", Run.FIXTURES, "diagnose", "-");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("demo-cause"), r.out());
    }

    @Test
    void invalidUtf8IsReplacedAndMatchingGoesOn() {
        byte[] text = "ZZDEMO fetch caf\u00e9 failed\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Run r = bytes(text, "--kb", Run.FIXTURES, "--json", "diagnose", "-");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("caf\\uFFFD") || r.out().contains("caf\uFFFD"), r.out());
    }

    @Test
    void escapeInjectionDoesNotReachTheTerminal() {
        String evil = "ZZDEMO fetch pkg failed \u001B]0;pwned\u0007\u001B[2J\u009B31m\u0008";
        Run r = Run.of("--kb", Run.FIXTURES, "diagnose", evil);
        assertEquals(0, r.code());
        for (char c : r.out().toCharArray()) {
            assertFalse(c == 0x1B || c == 0x07 || c == 0x08 || (c >= 0x80 && c <= 0x9F), "control char " + (int) c + " in output");
        }
    }

    @Test
    void dangerousCaptureIsNotPutIntoSnippets(@TempDir Path kb) throws Exception {
        Files.writeString(kb.resolve("cap.md"), "---\nkind: error\ntitle: Cap\nsignatures: ['ZZCAP (?P<pkg>.+) end']\n---\n"
                + "# en\n\nWhy.\n\n1. Install:\n   ```sh\n   apk add {{pkg}}\n   ```\n");
        Run r = Run.of("--kb", kb.toString(), "diagnose", "ZZCAP foo; rm -rf / end");
        assertTrue(r.out().contains("apk add {{pkg}}"), r.out());
        assertFalse(r.out().contains("apk add foo; rm"), r.out());
    }

    @Test
    void catastrophicUserPatternFinishesPromptly(@TempDir Path kb) throws Exception {
        Files.writeString(kb.resolve("evil.md"), "---\nkind: error\ntitle: Evil\nsignatures: ['^(a+)+$']\n---\nBody.\n");
        // 100 lines that each almost match: a backtracking engine would take forever on the first.
        String input = ("a".repeat(15_000) + "b\n").repeat(100);
        Run r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Run.withStdin(input, "--kb", kb.toString(), "diagnose", "-"));
        assertEquals(1, r.code(), "no match, and no hang");
    }

    @Test
    void lookAroundIsRejectedWithACode(@TempDir Path kb) throws Exception {
        Files.writeString(kb.resolve("ahead.md"), "---\nkind: error\ntitle: Ahead\nsignatures: ['foo(?=bar)']\n---\nBody.\n");
        Run r = Run.of("kb", "check", kb.toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("KB004"), r.out());
        Run use = Run.of("--kb", kb.toString(), "diagnose", "foobar");
        assertTrue(use.err().contains("ahead.md:4: KB004"), "reported with file and line, then skipped: " + use.err());
    }

    @Test
    void brokenUserEntriesEachReportedOthersLoad(@TempDir Path kb) throws Exception {
        Files.writeString(kb.resolve("bad-yaml.md"), "---\nkind: [error\n---\n");
        Files.writeString(kb.resolve("no-title.md"), "---\nkind: error\nsignatures: ['x']\n---\n");
        Files.writeString(kb.resolve("good.md"), "---\nkind: error\ntitle: Good\nsignatures: ['ZZGOOD']\n---\nGood.\n");
        Run r = Run.of("--kb", kb.toString(), "diagnose", "ZZGOOD");
        assertEquals(0, r.code());
        assertTrue(r.err().contains("bad-yaml.md:") && r.err().contains("KB001"), r.err());
        assertTrue(r.err().contains("no-title.md:") && r.err().contains("KB002"), r.err());
    }

    @Test
    void duplicateIdInALaterDirectoryOverrides(@TempDir Path a, @TempDir Path b) throws Exception {
        Files.writeString(a.resolve("dup.md"), "---\nkind: error\ntitle: First\nsignatures: ['ZZDUP']\n---\nFirst.\n");
        Files.writeString(b.resolve("dup.md"), "---\nkind: error\ntitle: Second\nsignatures: ['ZZDUP']\n---\nSecond.\n");
        Run r = Run.of("--kb", a.toString(), "--kb", b.toString(), "--json", "diagnose", "ZZDUP");
        assertTrue(r.out().contains("\"title\" : \"Second\""), r.out());
        assertEquals("", r.err());
    }

    @Test
    void hugeSingleLineIsHandled() {
        String huge = "x".repeat(5_000_000) + " ZZDEMO fetch big failed";
        Run r = Run.withStdin(huge, "--kb", Run.FIXTURES, "diagnose", "-");
        assertEquals(0, r.code(), "the match is found in the last piece of the cut line");
    }

    @Property(tries = 200)
    void renderingNeverEmitsInputControls(@ForAll String noise) {
        Run r = Run.of("--kb", Run.FIXTURES, "diagnose", "ZZDEMO fetch p failed " + noise);
        for (char c : r.out().toCharArray()) {
            boolean control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F);
            assertFalse(control, "control char " + (int) c);
        }
    }
}
