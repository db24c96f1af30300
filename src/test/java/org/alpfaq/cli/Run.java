package org.alpfaq.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Runs the command line in-process, as a user would from a shell, and keeps what it printed. */
record Run(int code, String out, String err) {
    static final String FIXTURES = "src/test/resources/fixture-kb";

    static Run of(String... args) {
        return with(Map.of(), "", false, args);
    }

    static Run withStdin(String stdin, String... args) {
        return with(Map.of(), stdin, false, args);
    }

    static Run with(Map<String, String> extraEnv, String stdin, boolean terminal, String... args) {
        Map<String, String> env = new HashMap<>();
        env.put("HOME", "/nonexistent-home");
        env.put("XDG_CONFIG_HOME", "/nonexistent-xdg");
        env.putAll(extraEnv);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Context ctx = new Context(env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), terminal, terminal, terminal);
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = Cli.run(args, ctx, o, e);
        }
        return new Run(code, out.toString(), err.toString());
    }
}
