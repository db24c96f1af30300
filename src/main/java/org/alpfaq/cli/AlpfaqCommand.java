package org.alpfaq.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.alpfaq.kb.KbLoader;
import org.alpfaq.kb.KnowledgeBase;
import org.alpfaq.kb.Lang;
import org.alpfaq.kb.Problem;
import org.alpfaq.render.JsonRenderer;
import org.alpfaq.i18n.Messages;
import org.alpfaq.render.TextRenderer;
import org.alpfaq.render.Theme;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command: global options, and what every subcommand shares (the base, the renderers). */
@Command(
        name = "alpfaq",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Offline troubleshooting assistant for Alpine Linux: paste an error, get the fix.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:a finding, a result, or success",
            "1:nothing found (diagnose, search), or kb check found problems",
            "2:bad usage or unusable input (empty text, missing file, unknown topic)",
            "3:any other failure"
        },
        footer = {"", "Examples:",
            "  alpfaq diagnose \"ERROR: unable to select packages: foo (no such package)\"",
            "  dmesg | alpfaq diagnose",
            "  alpfaq diagnose --file /var/log/messages",
            "  alpfaq explain flavors"})
final class AlpfaqCommand implements Runnable {
    enum ColorMode { auto, always, never }

    @Spec
    CommandSpec spec;

    @Option(names = "--lang", paramLabel = "zh|en", scope = ScopeType.INHERIT,
            description = "Language of the output (default: from LANGUAGE, LC_ALL or LANG).")
    String langOption;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "Print JSON for scripts (see docs/json.md).")
    boolean json;

    @Option(names = "--color", paramLabel = "WHEN", scope = ScopeType.INHERIT, defaultValue = "auto",
            description = "Colour: auto (on a terminal, unless NO_COLOR is set), always, never.")
    ColorMode color;

    @Option(names = "--kb", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Also load knowledge-base entries from DIR (repeatable; later ones override).")
    List<Path> kbDirs = new ArrayList<>();

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces on failure.")
    boolean debug;

    final Context ctx;
    private KnowledgeBase kb;

    AlpfaqCommand(Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public void run() {
        // No subcommand: show the usage, like git.
        spec.commandLine().usage(out());
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    Lang lang() {
        if (langOption != null && Lang.parse(langOption) == null) {
            // Said in the language of the environment, the only one known.
            throw AlpfaqException.usage(new Messages(Lang.fromEnvironment(ctx.env())).get("usage.lang", langOption));
        }
        return langOrEnvironment();
    }

    /** Like {@link #lang()}, but an unusable --lang falls back to the environment instead of failing. */
    Lang langOrEnvironment() {
        Lang l = langOption == null ? null : Lang.parse(langOption);
        return l != null ? l : Lang.fromEnvironment(ctx.env());
    }

    Messages messages() {
        return new Messages(lang());
    }

    boolean colorOn() {
        return colorOn(ctx, color, json);
    }

    /** Colour for this mode: auto means a terminal, NO_COLOR unset and TERM not dumb; never in JSON. */
    static boolean colorOn(Context ctx, ColorMode mode, boolean json) {
        if (json) {
            return false;
        }
        return switch (mode) {
            case always -> true;
            case never -> false;
            case auto -> ctx.stdoutTerminal()
                    && ctx.env().getOrDefault("NO_COLOR", "").isEmpty()
                    && !"dumb".equals(ctx.env().get("TERM"));
        };
    }

    int width() {
        return width(ctx);
    }

    /** The width to wrap to: COLUMNS, else the terminal's, else 80. */
    static int width(Context ctx) {
        String cols = ctx.env().get("COLUMNS");
        if (cols != null) {
            try {
                int w = Integer.parseInt(cols.trim());
                if (w >= 20) {
                    return Math.min(w, 200);
                }
            } catch (NumberFormatException ignored) {
                // fall through to the default
            }
        }
        if (ctx.stdoutTerminal()) {
            int w = ttyColumns();
            if (w >= 20) {
                return Math.min(w, 200);
            }
        }
        return 80;
    }

    /** The terminal's width as stty reports it; only asked when stdout is a terminal and COLUMNS is unset. */
    static int ttyColumns() {
        try {
            Process p = new ProcessBuilder("stty", "size").redirectInput(new java.io.File("/dev/tty"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).trim();
            if (p.waitFor() == 0 && out.matches("\\d+ \\d+")) {
                return Integer.parseInt(out.split(" ")[1]);
            }
        } catch (java.io.IOException e) {
            // no stty or no /dev/tty: the default width it is
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    TextRenderer text() {
        return text(ctx, color, json, lang());
    }

    /** The text renderer for these settings; the fast path builds its own with it. */
    static TextRenderer text(Context ctx, ColorMode color, boolean json, Lang lang) {
        return new TextRenderer(new Theme(colorOn(ctx, color, json)), new Messages(lang), width(ctx));
    }

    JsonRenderer jsonRenderer() {
        return new JsonRenderer(lang());
    }

    /** The base: bundled entries, the user's config directory, then each --kb directory. */
    KnowledgeBase kb() {
        if (kb == null) {
            kb = KbLoader.load(userDirs());
            reportSkipped(kb, messages(), err());
        }
        return kb;
    }

    /** Broken user entries, one line each; they are skipped, the rest of the base works. */
    static void reportSkipped(KnowledgeBase kb, Messages m, PrintWriter err) {
        for (Problem p : kb.problems()) {
            err.println(m.get("kb.skipped", p.describe(m)));
        }
    }

    List<Path> userDirs() {
        List<Path> dirs = new ArrayList<>();
        Path user = ctx.userKbDir();
        if (Files.isDirectory(user)) {
            dirs.add(user);
        }
        for (Path d : kbDirs) {
            if (!Files.isDirectory(d)) {
                throw AlpfaqException.usage(messages().get("kb.dir.missing", d));
            }
            dirs.add(d);
        }
        return dirs;
    }
}
