package org.alpfaq.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
        try (Reader in = input(msg)) {
            d = new Diagnoser(root.kb()).diagnose(in, progress ? n -> {
                root.err().print("\r" + msg.get("progress", n));
                root.err().flush();
            } : null);
        }
        if (progress && d.lines() >= 0x10000) {
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

    private Reader input(Messages msg) throws IOException {
        boolean stdin = text.size() == 1 && text.get(0).equals("-");
        List<InputStream> streams = new ArrayList<>();
        for (Path f : files) {
            streams.add(open(f, msg));
            streams.add(new java.io.ByteArrayInputStream(new byte[] {'\n'}));
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
        // Invalid UTF-8 becomes U+FFFD so matching carries on around it.
        return new InputStreamReader(joined, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
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
