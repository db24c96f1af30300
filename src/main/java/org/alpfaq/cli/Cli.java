package org.alpfaq.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Builds the command line and maps every failure to one line and an exit code. */
final class Cli {
    private Cli() {}

    static CommandLine commandLine(String[] args, Context ctx, PrintWriter out, PrintWriter err) {
        AlpfaqCommand root = new AlpfaqCommand(ctx);
        CommandLine cl = new CommandLine(root);
        // Building a command's model costs milliseconds of reflection; build only the one asked for,
        // and all of them when the whole tree is needed (help, completion, a mistyped name).
        Class<?> only = subcommands().get(requested(args));
        for (java.util.Map.Entry<String, Class<?>> e : subcommands().entrySet()) {
            if ((only == null || e.getValue() == only) && !cl.getSubcommands().containsKey(e.getKey())) {
                if (e.getValue() == CommandLine.HelpCommand.class) {
                    cl.addSubcommand(new CommandLine.HelpCommand());
                } else {
                    cl.addSubcommand(e.getKey(), e.getValue());
                }
            }
        }
        cl.setResourceBundle(java.util.ResourceBundle.getBundle("org.alpfaq.help",
                langOf(args, ctx) == org.alpfaq.kb.Lang.ZH ? java.util.Locale.SIMPLIFIED_CHINESE : java.util.Locale.ROOT,
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES)));
        cl.setOut(out);
        cl.setErr(err);
        // Error text may start with '@' (a user name, a package tag): never read it as an @file.
        cl.setExpandAtFiles(false);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, badArgs) -> {
            CommandLine c = ex.getCommandLine();
            org.alpfaq.kb.Lang lang = langOf(args, ctx);
            org.alpfaq.i18n.Messages msg = new org.alpfaq.i18n.Messages(lang);
            String text = UsageErrors.message(ex, msg);
            c.getErr().println("alpfaq: " + text);
            c.getErr().println(msg.get("try.help", c.getCommandSpec().qualifiedName()));
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            int code = ex instanceof AlpfaqException a ? a.exitCode() : ExitCodes.FAILURE;
            if (root.json && ex instanceof AlpfaqException) {
                // Not root.jsonRenderer(): it checks --lang, and an unusable --lang may be this very error.
                c.getOut().print(new org.alpfaq.render.JsonRenderer(root.langOrEnvironment()).error(ex.getMessage(), code));
            }
            String message = ex instanceof AlpfaqException ? ex.getMessage()
                    : new org.alpfaq.i18n.Messages(root.langOrEnvironment()).get("error.internal", ex);
            c.getErr().println("alpfaq: " + message);
            if (root.debug) {
                ex.printStackTrace(c.getErr());
            }
            return code;
        });
        return cl;
    }

    /** Every subcommand by its name, in the order help lists them. */
    static java.util.Map<String, Class<?>> subcommands() {
        return Subcommands.BY_NAME;
    }

    /**
     * Held apart so that the fast path, which never needs the map, does not pay for reading
     * the annotations (each read builds a dynamic proxy class, milliseconds apiece).
     */
    private static final class Subcommands {
        static final java.util.Map<String, Class<?>> BY_NAME = new java.util.LinkedHashMap<>();

        static {
            for (Class<?> c : java.util.List.of(DiagnoseCommand.class, ExplainCommand.class, ListCommand.class, SearchCommand.class,
                    KbCommand.class, MirrorCommand.class, CompletionCommand.class, DoctorCommand.class, WatchCommand.class,
                    RunCommand.class, TrainCommand.class, CommandLine.HelpCommand.class)) {
                CommandLine.Command a = c.getAnnotation(CommandLine.Command.class);
                BY_NAME.put(a.name(), c);
            }
        }
    }

    /** Root options that take a separate value, so that value is not mistaken for a command. */
    private static final java.util.Set<String> VALUED = java.util.Set.of("--lang", "--color", "--kb");

    /** The subcommand the arguments name, or null when they name none (then all are built). */
    static String requested(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (VALUED.contains(a)) {
                i++;
            } else if (!a.startsWith("-")) {
                for (java.util.Map.Entry<String, Class<?>> e : subcommands().entrySet()) {
                    CommandLine.Command c = e.getValue().getAnnotation(CommandLine.Command.class);
                    if (c.name().equals(a) || java.util.Arrays.asList(c.aliases()).contains(a)) {
                        return "help".equals(c.name()) ? null : c.name();
                    }
                }
                return null;
            } else if (a.equals("--")) {
                return null;
            }
        }
        return null;
    }

    /** The language for help text, known before parsing: --lang from the arguments, else the environment. */
    static org.alpfaq.kb.Lang langOf(String[] args, Context ctx) {
        for (int i = 0; i < args.length; i++) {
            String v = args[i].startsWith("--lang=") ? args[i].substring(7) : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (v != null && org.alpfaq.kb.Lang.parse(v) != null) {
                return org.alpfaq.kb.Lang.parse(v);
            }
            if (args[i].equals("--")) {
                break;
            }
        }
        return org.alpfaq.kb.Lang.fromEnvironment(ctx.env());
    }

    /**
     * Runs the command line; the one place that turns an exception nobody mapped (a bug, a damaged
     * jar) into one line and exit code 3, with the stack trace only under --debug. Failures of a
     * running command are mapped by picocli's handler set in {@link #commandLine}.
     */
    static int run(String[] args, Context ctx, PrintWriter out, PrintWriter err) {
        try {
            int fast = FastPath.tryRun(args, ctx, out, err);
            return fast >= 0 ? fast : commandLine(args, ctx, out, err).execute(args);
        } catch (RuntimeException | LinkageError e) {
            err.println("alpfaq: " + new org.alpfaq.i18n.Messages(langOf(args, ctx)).get("error.internal", e));
            if (java.util.Arrays.asList(args).contains("--debug")) {
                e.printStackTrace(err);
            }
            return ExitCodes.FAILURE;
        }
    }
}
