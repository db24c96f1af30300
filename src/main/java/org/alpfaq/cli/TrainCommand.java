package org.alpfaq.cli;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * Hidden: runs the common commands once, output discarded, so that the launcher's class-data
 * sharing archive (dumped when this JVM exits) holds every class a real run needs, not just the
 * ones of whatever command happened to run first.
 */
@Command(name = "__train-cds", hidden = true)
final class TrainCommand implements Callable<Integer> {
    static final String[][] RUNS = {
        {"--help"},
        {"diagnose", "--help"},
        {"--version"},
        {"diagnose", "rc-update: failed to add service `loadkmap' to runlevel `boot': No such file or directory\n"
            + "ERROR: unable to select packages:\n  foo (no such package):\n    required by: world[foo]"},
        {"--color=always", "diagnose", "1 error; 241 MiB in 67 packages"},
        {"--json", "diagnose", "sh: can't access tty; job control turned off"},
        {"diagnose", "nothing known here"},
        {"explain", "flavors"},
        {"--color=always", "explain", "mirrors"},
        {"--json", "explain", "glossary"},
        {"explain", "no-such-topic-here"},
        {"list"},
        {"--json", "list"},
        {"search", "内核"},
        {"mirror", "list"},
        {"mirror", "show", "--root", "/nonexistent-alpfaq-root"},
        {"doctor", "--root", "/nonexistent-alpfaq-root"},
        {"--lang", "zh", "diagnose", "dmesg: read kernel buffer failed: Operation not permitted"},
    };

    @Override
    public Integer call() {
        for (String[] args : RUNS) {
            PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream());
            Context ctx = new Context(Map.of("HOME", "/nonexistent-alpfaq-home"), new ByteArrayInputStream(new byte[0]), false, false, false);
            Cli.run(args, ctx, sink, sink);
        }
        return ExitCodes.OK;
    }
}
