package org.alpfaq.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.alpfaq.kb.Lang;
import org.alpfaq.match.Diagnoser;
import org.alpfaq.match.Diagnosis;
import org.alpfaq.i18n.Messages;
import org.alpfaq.render.TextRenderer;
import org.alpfaq.render.Theme;

/**
 * The most common call, {@code alpfaq diagnose "<pasted text>"}, without building the command
 * model: picocli's reflection costs more than the whole diagnosis. It takes only the plainest
 * form (the text, and {@code --json}, {@code --lang L}, {@code --color=W} before it) and hands
 * everything else — other options, a file, stdin, empty text, errors — to the full command line,
 * so both paths print the same (CliTest pins that they do).
 */
final class FastPath {
    private FastPath() {}

    /** The exit code, or -1 when the arguments need the full command line. */
    static int tryRun(String[] args, Context ctx, PrintWriter out) {
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
        if (i >= args.length || !(args[i].equals("diagnose") || args[i].equals("d"))) {
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
        if (java.nio.file.Files.isDirectory(user)) {
            return -1; // user entries: the full path reports their problems
        }
        Diagnosis d = new Diagnoser(org.alpfaq.kb.KbLoader.bundledBase()).diagnose(joined);
        if (!d.anyText() || d.findings().isEmpty()) {
            return -1; // suggestions and messages come from the full path
        }
        if (json) {
            out.print(new org.alpfaq.render.JsonRenderer(l).diagnosis(d, Integer.parseInt(DiagnoseCommand.DEFAULT_TOP), List.of()));
        } else {
            boolean on = AlpfaqCommand.colorOn(ctx, AlpfaqCommand.ColorMode.valueOf(color), false);
            int width = AlpfaqCommand.width(ctx);
            out.print(new TextRenderer(new Theme(on), new Messages(l), width).diagnosis(d, Integer.parseInt(DiagnoseCommand.DEFAULT_TOP), List.of()));
        }
        return ExitCodes.OK;
    }
}
