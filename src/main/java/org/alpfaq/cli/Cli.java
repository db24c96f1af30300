package org.alpfaq.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Builds the command line and maps every failure to one line and an exit code. */
final class Cli {
    private Cli() {}

    static CommandLine commandLine(Context ctx, PrintWriter out, PrintWriter err) {
        AlpfaqCommand root = new AlpfaqCommand(ctx);
        CommandLine cl = new CommandLine(root);
        cl.setOut(out);
        cl.setErr(err);
        // Error text may start with '@' (a user name, a package tag): never read it as an @file.
        cl.setExpandAtFiles(false);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("alpfaq: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            int code = ex instanceof AlpfaqException a ? a.exitCode() : ExitCodes.FAILURE;
            if (root.json && ex instanceof AlpfaqException) {
                c.getOut().print(root.jsonRenderer().error(ex.getMessage(), code));
            }
            String message = ex instanceof AlpfaqException ? ex.getMessage()
                    : "internal error: " + ex + " (run with --debug for details)";
            c.getErr().println("alpfaq: " + message);
            if (root.debug) {
                ex.printStackTrace(c.getErr());
            }
            return code;
        });
        return cl;
    }

    static int run(String[] args, Context ctx, PrintWriter out, PrintWriter err) {
        return commandLine(ctx, out, err).execute(args);
    }
}
