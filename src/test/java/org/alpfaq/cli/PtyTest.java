package org.alpfaq.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Colour and progress decided by a real pseudo-terminal, not by a flag: the program runs under
 * util-linux script(1), which gives it a terminal, exactly as an SSH session would.
 */
class PtyTest {
    static final String ESC = "\u001B[";

    static boolean haveScript() {
        return Files.isExecutable(Path.of("/usr/bin/script"));
    }

    /** Runs alpfaq in a new JVM; under script(1) when {@code tty}. Returns what reached the terminal or pipe. */
    static String run(boolean tty, Map<String, String> env, String... args) throws Exception {
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        java.addAll(List.of(args));
        List<String> cmd;
        if (tty) {
            StringBuilder sh = new StringBuilder();
            for (String a : java) {
                sh.append('\'').append(a.replace("'", "'\\''")).append("' ");
            }
            sh.append("</dev/null");
            cmd = List.of("/usr/bin/script", "-qec", sh.toString(), "/dev/null");
        } else {
            cmd = java;
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("NO_COLOR");
        pb.environment().put("TERM", "xterm");
        pb.environment().put("XDG_CONFIG_HOME", "/nonexistent");
        pb.environment().putAll(env);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void colourOnATerminalNotInAPipeNotWithNoColor() throws Exception {
        assumeTrue(haveScript(), "util-linux script(1) is needed");
        String[] args = {"--kb", Run.FIXTURES, "diagnose", "ZZDEMO fetch a failed"};
        String tty = run(true, Map.of("COLUMNS", "100"), args);
        assertTrue(tty.contains(ESC), "coloured on a terminal: " + tty);
        assertTrue(tty.contains("Demo widget cannot be fetched"), tty);
        assertFalse(run(false, Map.of(), args).contains(ESC), "plain into a pipe");
        assertFalse(run(true, Map.of("NO_COLOR", "1"), args).contains(ESC), "NO_COLOR wins");
        assertFalse(run(true, Map.of(), "--kb", Run.FIXTURES, "--json", "diagnose", "ZZDEMO fetch a failed").contains(ESC), "never in JSON");
    }

    @Test
    void progressOnlyOnATerminal(@TempDir Path tmp) throws Exception {
        assumeTrue(haveScript(), "util-linux script(1) is needed");
        Path log = tmp.resolve("big.log");
        Files.writeString(log, "ordinary line\n".repeat(140_000) + "ZZDEMO fetch a failed\n");
        String tty = run(true, Map.of("NO_COLOR", "1"), "--kb", Run.FIXTURES, "diagnose", "--file", log.toString());
        assertTrue(tty.contains("reading... 65536 lines"), "progress on a terminal: " + tty.substring(0, Math.min(300, tty.length())));
        String pipe = run(false, Map.of(), "--kb", Run.FIXTURES, "diagnose", "--file", log.toString());
        assertFalse(pipe.contains("reading..."), "no progress into a pipe");
    }
}
