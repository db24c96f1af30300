package org.alpfaq.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.alpfaq.follow.FileFollower;
import org.alpfaq.follow.Watcher;
import org.alpfaq.kb.Lang;
import org.alpfaq.kb.Section;
import org.alpfaq.match.Diagnoser;
import org.alpfaq.render.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Follow growing logs and report each known problem the moment it appears, once.",
            "Files are followed like tail -F (rotation and truncation handled); without FILE, standard input is read."})
final class WatchCommand implements Callable<Integer> {
    @ParentCommand
    AlpfaqCommand root;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Logs to follow (default: standard input).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--jsonl", description = "One JSON object per finding, for log pipelines.")
    boolean jsonl;

    @Option(names = "--from-start", description = "Read what the files already hold first (default: only new lines).")
    boolean fromStart;

    @Option(names = "--interval", paramLabel = "MS", defaultValue = "250", description = "How often to look at the files (default: ${DEFAULT-VALUE} ms).")
    long interval;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Diagnoser diagnoser = new Diagnoser(root.kb());
        PrintWriter out = root.out();
        Lang lang = root.lang();
        Theme theme = new Theme(root.colorOn() && !jsonl);
        com.fasterxml.jackson.databind.ObjectMapper json = jsonl ? new com.fasterxml.jackson.databind.ObjectMapper() : null;
        Watcher watcher = new Watcher(diagnoser, e -> {
            if (json != null) {
                var o = json.createObjectNode();
                o.put("time", OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString());
                o.put("source", e.source());
                o.put("line", e.line());
                o.put("id", e.entry().id());
                o.put("title", e.entry().title(lang));
                o.put("severity", e.entry().severity().code());
                o.put("text", e.text());
                var c = o.putObject("captures");
                e.captures().forEach(c::put);
                out.println(o.toString());
            } else {
                Section s = e.entry().section(lang);
                out.println(theme.title(e.entry().title(lang)) + "  " + theme.dim("(" + e.entry().id() + ", " + e.source() + ":" + e.line() + ")"));
                out.println("  " + org.alpfaq.match.Normalizer.safeForTerminal(e.text()));
                if (s != null && !s.why().isEmpty()) {
                    out.println("  " + org.alpfaq.match.Placeholders.fill(s.why(), e.captures()));
                }
                out.println("  " + theme.dim("-> alpfaq explain " + e.entry().id()));
            }
            out.flush();
        });
        if (files.isEmpty()) {
            var reader = new java.io.BufferedReader(new InputStreamReader(root.ctx.stdin(), StandardCharsets.UTF_8));
            long n = 0;
            String line;
            while ((line = reader.readLine()) != null) {
                watcher.line("stdin", ++n, line.length() > org.alpfaq.match.Normalizer.MAX_LINE
                        ? line.substring(0, org.alpfaq.match.Normalizer.MAX_LINE) : line);
            }
            return watcher.count() > 0 ? ExitCodes.OK : ExitCodes.NOT_FOUND;
        }
        List<FileFollower> followers = new ArrayList<>();
        long[] counts = new long[files.size()];
        for (Path f : files) {
            if (Files.isDirectory(f)) {
                throw AlpfaqException.usage(root.messages().get("file.directory", f));
            }
            if (!Files.exists(f)) {
                root.err().println("alpfaq: " + root.messages().get("watch.waiting", f));
            }
            followers.add(new FileFollower(f, fromStart));
        }
        while (!Thread.currentThread().isInterrupted()) {
            for (int i = 0; i < followers.size(); i++) {
                for (String line : followers.get(i).poll()) {
                    watcher.line(files.get(i).toString(), ++counts[i], line);
                }
            }
            Thread.sleep(Math.max(20, interval));
        }
        return ExitCodes.OK;
    }
}
