package org.alpfaq.cli;

import java.io.IOException;
import java.io.InputStream;
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
            List<Diagnoser.Input> in = inputs(msg);
            try {
                d = new Diagnoser(root.kb()).diagnose(in, report);
            } finally {
                close(in);
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

    /** The files in order, then the text or standard input; each file numbers its own lines. */
    private List<Diagnoser.Input> inputs(Messages msg) {
        List<Diagnoser.Input> in = new ArrayList<>();
        try {
            for (Path f : files) {
                in.add(new Diagnoser.Input(f.toString(), Diagnoser.utf8(open(f, msg))));
            }
            boolean stdin = text.size() == 1 && text.get(0).equals("-");
            if (stdin || (text.isEmpty() && files.isEmpty())) {
                if (!stdin && root.ctx.stdinTerminal()) {
                    throw AlpfaqException.usage(msg.get("no.input"));
                }
                in.add(new Diagnoser.Input(null, Diagnoser.utf8(root.ctx.stdin())));
            } else if (!text.isEmpty()) {
                in.add(new Diagnoser.Input(null, new StringReader(String.join(" ", text))));
            }
            return in;
        } catch (RuntimeException e) {
            close(in);
            throw e;
        }
    }

    private static void close(List<Diagnoser.Input> inputs) {
        for (Diagnoser.Input i : inputs) {
            try {
                i.reader().close();
            } catch (IOException ignored) {
                // reading is over; nothing to save
            }
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
