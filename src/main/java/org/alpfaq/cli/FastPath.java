package org.alpfaq.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.alpfaq.kb.Lang;
import org.alpfaq.match.Diagnoser;
import org.alpfaq.match.Diagnosis;
import org.alpfaq.i18n.Messages;
import org.alpfaq.render.TextRenderer;

/**
 * The two most common calls, {@code alpfaq diagnose "<pasted text>"} and {@code alpfaq explain
 * TOPIC}, without building the command model: picocli's reflection costs more than the whole
 * diagnosis. It takes only the plainest forms (the text or topic, and {@code --json},
 * {@code --lang L}, {@code --color=W} before it) and hands everything else — other options, a
 * file, stdin, empty text, an unknown topic, errors — to the full command line, so both paths
 * print the same (FastPathTest pins that they do).
 */
final class FastPath {
    private FastPath() {}

    /** The exit code, or -1 when the arguments need the full command line. */
    static int tryRun(String[] args, Context ctx, PrintWriter out) {
        return tryRun(args, ctx, out, null);
    }

    /** @param err where skipped user entries are reported; null hands bases with user entries to the full path */
    static int tryRun(String[] args, Context ctx, PrintWriter out, PrintWriter err) {
        boolean json = false;
        String lang = null;
        String color = "auto";
        int i = 0;
        for (; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--json")) {
                json = true;
            } else if (a.equals("--lang") && i + 1 < args.length) {
                lang = args[++i];
            } else if (a.startsWith("--lang=")) {
                lang = a.substring(7);
            } else if (a.startsWith("--color=")) {
                color = a.substring(8);
            } else {
                break;
            }
        }
        boolean explain = i < args.length && (args[i].equals("explain") || args[i].equals("e"));
        if (i >= args.length || !(explain || args[i].equals("diagnose") || args[i].equals("d"))) {
            return -1;
        }
        List<String> text = new ArrayList<>();
        for (i++; i < args.length; i++) {
            if (args[i].equals("--json")) {
                json = true;
            } else if (args[i].startsWith("-")) {
                return -1;
            } else {
                text.add(args[i]);
            }
        }
        Lang l = lang == null ? Lang.fromEnvironment(ctx.env()) : Lang.parse(lang);
        if (text.isEmpty() || l == null || !(color.equals("auto") || color.equals("always") || color.equals("never"))) {
            return -1;
        }
        String joined = String.join(" ", text);
        if (joined.isBlank()) {
            return -1;
        }
        java.nio.file.Path user = ctx.userKbDir();
        org.alpfaq.kb.KnowledgeBase kb;
        if (java.nio.file.Files.isDirectory(user)) {
            if (err == null) {
                return -1;
            }
            // The user's own entries, loaded as the full path loads them (AlpfaqCommand.kb()).
            kb = org.alpfaq.kb.KbLoader.load(List.of(user));
        } else {
            kb = org.alpfaq.kb.KbLoader.bundledBase();
        }
        if (explain) {
            java.util.Optional<org.alpfaq.kb.Entry> e = kb.find(joined);
            if (e.isEmpty()) {
                return -1; // the full path words the error and its suggestions
            }
            AlpfaqCommand.reportSkipped(kb, new Messages(l), err); // only now: on -1 the full path reports them
            out.print(json ? new org.alpfaq.render.JsonRenderer(l).entry(e.get()) : renderer(ctx, color, l).entry(e.get()));
            return ExitCodes.OK;
        }
        Diagnosis d = new Diagnoser(kb).diagnose(joined);
        if (!d.anyText() || d.findings().isEmpty()) {
            return -1; // suggestions and messages come from the full path
        }
        AlpfaqCommand.reportSkipped(kb, new Messages(l), err);
        if (json) {
            out.print(new org.alpfaq.render.JsonRenderer(l).diagnosis(d, Integer.parseInt(DiagnoseCommand.DEFAULT_TOP), List.of()));
        } else {
            out.print(renderer(ctx, color, l).diagnosis(d, Integer.parseInt(DiagnoseCommand.DEFAULT_TOP), List.of()));
        }
        return ExitCodes.OK;
    }

    private static TextRenderer renderer(Context ctx, String color, Lang l) {
        return AlpfaqCommand.text(ctx, AlpfaqCommand.ColorMode.valueOf(color), false, l);
    }
}
