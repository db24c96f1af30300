package org.alpfaq.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.alpfaq.i18n.Messages;
import org.alpfaq.match.Diagnoser;
import org.alpfaq.match.Diagnosis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a command, pass its output through unchanged, and when it fails show the diagnosis.",
            "Example: alpfaq run -- apk add tailscale"})
final class RunCommand implements Callable<Integer> {
    /** Lines of the command's output kept for the diagnosis. */
    static final int TAIL = 2000;

    @ParentCommand
    AlpfaqCommand root;

    @Parameters(paramLabel = "COMMAND", arity = "1..*", description = "The command and its arguments (put -- before it).")
    List<String> command = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            root.err().println("alpfaq: " + root.messages().get("run.cannot", command.get(0), reason(e, root.messages())));
            return 127;
        }
        ArrayDeque<String> tail = new ArrayDeque<>();
        Thread out = pump(p.getInputStream(), root.ctx.stdout(), tail);
        Thread err = pump(p.getErrorStream(), root.ctx.stderr(), tail);
        int code = p.waitFor();
        out.join();
        err.join();
        if (code != 0) {
            String text;
            synchronized (tail) {
                text = String.join("\n", tail);
            }
            Diagnosis d = new Diagnoser(root.kb()).diagnose(text);
            root.err().println();
            if (d.findings().isEmpty()) {
                root.err().println("alpfaq: " + root.messages().get("run.unknown", String.join(" ", command), code));
            } else {
                root.err().println("alpfaq: " + root.messages().get("run.diagnosis", String.join(" ", command), code));
                root.err().print(root.text().diagnosis(d, 1, List.of()));
            }
            root.err().flush();
        }
        return code;
    }

    private static String reason(IOException e, Messages msg) {
        String m = String.valueOf(e.getMessage());
        return m.contains("error=2") ? msg.get("run.not-found") : m.contains("error=13") ? msg.get("run.denied") : m;
    }

    /** Copies bytes through untouched and keeps the last lines for the diagnosis. */
    static Thread pump(InputStream in, OutputStream to, ArrayDeque<String> tail) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            try (in) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    synchronized (to) {
                        to.write(buf, 0, n);
                        to.flush();
                    }
                    for (int i = 0; i < n; i++) {
                        if (buf[i] == '\n' || line.size() >= 16 * 1024) {
                            add(tail, line.toString(StandardCharsets.UTF_8));
                            line.reset();
                        } else {
                            line.write(buf[i]);
                        }
                    }
                }
                if (line.size() > 0) {
                    add(tail, line.toString(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // the command closed its output; what was read is kept
            }
        }, "alpfaq-run-pump");
        t.start();
        return t;
    }

    private static void add(ArrayDeque<String> tail, String line) {
        synchronized (tail) {
            tail.addLast(line);
            if (tail.size() > TAIL) {
                tail.removeFirst();
            }
        }
    }
}
