package org.alpfaq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunWatchDoctorCliTest {
    record Raw(int code, String out, String err, String rawOut, String rawErr) {}

    static Raw raw(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Context ctx = new Context(Map.of("HOME", "/nonexistent"), new ByteArrayInputStream(new byte[0]), false, false, false, o, e);
        int code;
        try (PrintWriter po = new PrintWriter(out); PrintWriter pe = new PrintWriter(err)) {
            code = Cli.run(args, ctx, po, pe);
        }
        return new Raw(code, out.toString(), err.toString(), o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    @Test
    void runPassesOutputThroughKeepsExitCodeAndDiagnosesFailure() {
        Raw r = raw("--kb", Run.FIXTURES, "run", "--", "sh", "-c", "echo hello; echo 'ZZDEMO fetch tool failed' >&2; exit 7");
        assertEquals(7, r.code());
        assertEquals("hello\n", r.rawOut());
        assertEquals("ZZDEMO fetch tool failed\n", r.rawErr());
        assertTrue(r.err().contains("exited with 7"), r.err());
        assertTrue(r.err().contains("demo-cause"), r.err());
    }

    @Test
    void runSuccessSaysNothing() {
        Raw r = raw("run", "--", "sh", "-c", "printf 'a\\tb'");
        assertEquals(0, r.code());
        assertEquals("a\tb", r.rawOut());
        assertEquals("", r.err());
    }

    @Test
    void runMissingCommandIs127() {
        Raw r = raw("run", "--", "no-such-command-alpfaq");
        assertEquals(127, r.code());
        assertTrue(r.err().contains("command not found"), r.err());
    }

    @Test
    void runMissingCommandSaidInChinese() {
        Raw r = raw("--lang", "zh", "run", "--", "no-such-command-alpfaq");
        assertEquals(127, r.code());
        assertEquals("alpfaq: 无法运行“no-such-command-alpfaq”：找不到该命令", r.err().strip());
    }

    @Test
    void watchStdinJsonLinesOncePerProblem() throws Exception {
        String log = "ZZDEMO fetch a failed\nZZDEMO fetch a failed\nnoise\nZZDEMO 3 errors in total\n";
        Run r = Run.withStdin(log, "--kb", Run.FIXTURES, "watch", "--jsonl");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(2, lines.length, r.out());
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        assertEquals("demo-cause", first.get("id").asText());
        assertEquals(1, first.get("line").asInt());
        assertEquals("a", first.get("captures").get("package").asText());
    }

    @Test
    void doctorJsonOnFixtureRoot(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("etc/apk"));
        Files.writeString(root.resolve("etc/alpine-release"), "3.20.0\n");
        Files.writeString(root.resolve("etc/apk/repositories"), "https://dl-cdn.alpinelinux.org/alpine/v3.18/main\n");
        Run r = Run.of("doctor", "--root", root.toString(), "--json");
        assertEquals(1, r.code(), r.out());
        JsonNode checks = new ObjectMapper().readTree(r.out()).get("checks");
        boolean found = false;
        for (JsonNode c : checks) {
            assertTrue(c.has("id") && c.has("status") && c.has("entry") && c.has("message"));
            found |= c.get("id").asText().equals("release-branch") && c.get("status").asText().equals("problem");
        }
        assertTrue(found, r.out());
    }
}
