package org.alpfaq.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.alpfaq.match.Diagnoser;
import org.alpfaq.match.Diagnosis;
import org.alpfaq.match.Search;
import org.alpfaq.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "diagnose", aliases = "d", mixinStandardHelpOptions = true,
        description = {"Find known problems in error text: one line or a whole log.",
            "The text comes from the arguments, from --file, or from standard input ('-', or piped in)."})
final class DiagnoseCommand implements Callable<Integer> {
    /** How many findings are shown in full unless --top or --all says otherwise. */
    static final String DEFAULT_TOP = "3";

    @ParentCommand
    AlpfaqCommand root;

    @Parameters(paramLabel = "TEXT", arity = "0..*", descriptionKey = "diagnose.text", description = "The error text ('-' reads standard input).")
    List<String> text = new ArrayList<>();

    @Option(names = {"-f", "--file"}, paramLabel = "PATH", description = "Read the text from PATH (repeatable).")
    List<Path> files = new ArrayList<>();

    @Option(names = {"-n", "--top"}, paramLabel = "N", defaultValue = DEFAULT_TOP, description = "Show the best N findings in full (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--all", description = "Show every finding in full.")
    boolean all;

    @Override
    public Integer call() throws IOException {
        Messages msg = root.messages();
        if (top < 1) {
            throw AlpfaqException.usage(msg.get("usage.top", top));
        }
        Diagnosis d;
        // Long input read from a file or a pipe shows how far it got, on a terminal only.
        boolean progress = root.ctx.stderrTerminal() && text.stream().noneMatch(t -> !t.equals("-")) && !root.json;
        boolean[] shownOnce = {false};
        Diagnoser.Progress report = progress ? n -> {
            root.err().print("\r" + msg.get("progress", n));
            root.err().flush();
            shownOnce[0] = true;
        } : null;
        Path big = bigFile();
        if (big != null) {
            // A big file is read in parts at the same time, one per processor.
            d = new Diagnoser(root.kb()).diagnoseFile(big, Math.min(8, Runtime.getRuntime().availableProcessors()), report);
        } else {
            try (Reader in = input(msg)) {
                d = new Diagnoser(root.kb()).diagnose(in, report);
            }
        }
        if (shownOnce[0]) {
            root.err().print("\r\u001B[K");
            root.err().flush();
        }
        if (!d.anyText()) {
            throw AlpfaqException.usage(msg.get("empty.input"));
        }
        int shown = all ? Integer.MAX_VALUE : top;
        List<Search.Hit> suggestions = Collections.emptyList();
        if (d.findings().isEmpty()) {
            suggestions = new Search(root.kb()).search(d.sample(), 3);
        }
        root.out().print(root.json
                ? root.jsonRenderer().diagnosis(d, shown, suggestions)
                : root.text().diagnosis(d, shown, suggestions));
        return d.findings().isEmpty() ? ExitCodes.NOT_FOUND : ExitCodes.OK;
    }

    /** The one regular, readable --file worth reading in parallel, or null. */
    private Path bigFile() {
        if (files.size() != 1 || !text.isEmpty() || Runtime.getRuntime().availableProcessors() < 2) {
            return null;
        }
        Path f = files.get(0);
        try {
            return Files.isRegularFile(f) && Files.isReadable(f) && Files.size(f) >= 2 * Diagnoser.PARALLEL_MIN_BYTES ? f : null;
        } catch (IOException e) {
            return null; // the plain path reports it
        }
    }

    private Reader input(Messages msg) throws IOException {
        boolean stdin = text.size() == 1 && text.get(0).equals("-");
        List<InputStream> streams = new ArrayList<>();
        for (Path f : files) {
            streams.add(new LineEnded(open(f, msg)));
        }
        if (stdin || (text.isEmpty() && files.isEmpty())) {
            if (!stdin && root.ctx.stdinTerminal()) {
                throw AlpfaqException.usage(msg.get("no.input"));
            }
            streams.add(root.ctx.stdin());
        } else if (!text.isEmpty()) {
            return new StringReader(String.join(" ", text));
        }
        InputStream joined = streams.size() == 1 ? streams.get(0) : new SequenceInputStream(Collections.enumeration(streams));
        return Diagnoser.utf8(joined);
    }

    /**
     * A file that ends with a newline, so the next file's first line does not run on from its
     * last one; one is added only where missing, so no empty line is counted.
     */
    static final class LineEnded extends java.io.FilterInputStream {
        private int last = '\n';
        private boolean done;

        LineEnded(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (done) {
                return -1;
            }
            int n = in.read(b, off, len);
            if (n > 0) {
                last = b[off + n - 1];
                return n;
            }
            if (n < 0) {
                done = true;
                if (last != '\n' && len > 0) {
                    b[off] = '\n';
                    return 1;
                }
            }
            return n;
        }
    }

    static InputStream open(Path f, Messages msg) {
        if (Files.isDirectory(f)) {
            throw AlpfaqException.usage(msg.get("file.directory", f));
        }
        try {
            return Files.newInputStream(f);
        } catch (NoSuchFileException e) {
            throw AlpfaqException.usage(msg.get("file.missing", f));
        } catch (AccessDeniedException e) {
            throw AlpfaqException.usage(msg.get("file.unreadable", f, msg.get("file.denied")));
        } catch (IOException e) {
            throw AlpfaqException.usage(msg.get("file.unreadable", f, e.getMessage()));
        }
    }
}
