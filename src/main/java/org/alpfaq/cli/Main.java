package org.alpfaq.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The process entry point: the only place that exits. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
        Context ctx = new Context(System.getenv(), System.in, isTerminal(0), isTerminal(1), isTerminal(2), System.out, System.err);
        int code = Cli.run(args, ctx, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Whether file descriptor {@code fd} is a terminal, read from /proc without native code. */
    static boolean isTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (Exception e) {
            return fd == 1 && System.console() != null;
        }
    }
}
