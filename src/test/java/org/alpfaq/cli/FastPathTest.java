package org.alpfaq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;

/** The fast path for {@code diagnose TEXT} and {@code explain TOPIC} prints exactly what the full command line prints. */
class FastPathTest {
    static String[] split(String args) {
        return args.split("\\|");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "diagnose|rc-update: failed to add service `loadkmap' to runlevel `boot': No such file or directory",
        "--json|diagnose|ERROR: unable to select packages:\n  foo (no such package):",
        "--lang|zh|d|dmesg: read kernel buffer failed: Operation not permitted",
        "--color=always|diagnose|1 error; 241 MiB in 67 packages",
        "diagnose|sh:|can't|access|tty;|job|control|turned|off",
        "explain|flavors",
        "--lang|zh|e|flavors",
        "--json|explain|flavors",
        "explain|--json|flavors",
        "--color=always|explain|apk-untrusted-signature",
    })
    void samePrintedAsTheFullPath(String joined) {
        String[] args = split(joined);
        Context ctx = new Context(Map.of("HOME", "/nonexistent", "XDG_CONFIG_HOME", "/nonexistent"),
                new ByteArrayInputStream(new byte[0]), false, false, false);
        StringWriter fast = new StringWriter();
        int fastCode = FastPath.tryRun(args, ctx, new PrintWriter(fast, true));
        assertEquals(0, fastCode, "the fast path takes this call");
        StringWriter full = new StringWriter();
        StringWriter err = new StringWriter();
        int fullCode = Cli.commandLine(args, ctx, new PrintWriter(full, true), new PrintWriter(err, true)).execute(args);
        assertEquals(fullCode, fastCode);
        assertEquals(full.toString(), fast.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"diagnose|--top|1|x", "diagnose", "diagnose|-", "diagnose|nothing known at all here", "--kb|/tmp|diagnose|x", "list",
        "explain", "explain|no-such-topic-anywhere", "explain|--help"})
    void everythingElseGoesTheFullWay(String joined) {
        Context ctx = new Context(Map.of("HOME", "/nonexistent", "XDG_CONFIG_HOME", "/nonexistent"),
                new ByteArrayInputStream(new byte[0]), false, false, false);
        assertEquals(-1, FastPath.tryRun(split(joined), ctx, new PrintWriter(new StringWriter())));
    }

    /** User entries (one broken) take the fast path too, printing and warning as the full path does. */
    @org.junit.jupiter.api.Test
    void userEntriesPrintTheSameOnBothPaths(@org.junit.jupiter.api.io.TempDir java.nio.file.Path config) throws Exception {
        java.nio.file.Path kb = java.nio.file.Files.createDirectories(config.resolve("alpfaq/kb"));
        java.nio.file.Files.copy(java.nio.file.Path.of("src/test/resources/fixture-kb/demo-cause.md"), kb.resolve("demo-cause.md"));
        java.nio.file.Files.writeString(kb.resolve("broken.md"), "no front matter at all\n");
        Context ctx = new Context(Map.of("HOME", "/nonexistent", "XDG_CONFIG_HOME", config.toString()),
                new ByteArrayInputStream(new byte[0]), false, false, false);
        for (String joined : new String[] {"diagnose|ZZDEMO fetch py3-foo failed", "explain|demo-cause", "--json|diagnose|ZZDEMO fetch x failed"}) {
            String[] args = split(joined);
            StringWriter fast = new StringWriter();
            StringWriter fastErr = new StringWriter();
            assertEquals(0, FastPath.tryRun(args, ctx, new PrintWriter(fast, true), new PrintWriter(fastErr, true)), joined);
            StringWriter full = new StringWriter();
            StringWriter fullErr = new StringWriter();
            assertEquals(0, Cli.commandLine(args, ctx, new PrintWriter(full, true), new PrintWriter(fullErr, true)).execute(args));
            assertEquals(full.toString(), fast.toString(), joined);
            assertEquals(fullErr.toString(), fastErr.toString(), joined);
            org.junit.jupiter.api.Assertions.assertTrue(fastErr.toString().contains("broken"), fastErr.toString());
        }
        StringWriter none = new StringWriter();
        StringWriter noneErr = new StringWriter();
        assertEquals(-1, FastPath.tryRun(split("diagnose|nothing known here at all"), ctx, new PrintWriter(none, true), new PrintWriter(noneErr, true)));
        assertEquals("", noneErr.toString(), "no warning printed twice when the full path takes over");
    }

    /** An exception inside the fast path reached main and printed a Java stack trace. */
    @org.junit.jupiter.api.Test
    void failureInsideTheFastPathIsOneLineNotAStackTrace() {
        Map<String, String> env = new java.util.HashMap<>(Map.of("HOME", "/nonexistent", "XDG_CONFIG_HOME", "/nonexistent")) {
            @Override
            public String get(Object key) {
                if ("COLUMNS".equals(key)) {
                    throw new IllegalStateException("broken environment");
                }
                return super.get(key);
            }
        };
        Context ctx = new Context(env, new ByteArrayInputStream(new byte[0]), false, false, false);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(split("diagnose|rc-update: failed to add service `loadkmap' to runlevel `boot': No such file or directory"),
                ctx, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(ExitCodes.FAILURE, code);
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        org.junit.jupiter.api.Assertions.assertTrue(err.toString().startsWith("alpfaq: internal error: "), err.toString());
    }
}
