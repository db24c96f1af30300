package org.alpfaq.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Build tool, run by Maven at package time: writes the man page (troff) and the completion
 * scripts from the command model, so they can never drift from the real options. Never shipped.
 */
public final class BuildDocs {
    private BuildDocs() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        String version = args.length > 1 ? args[1] : "dev";
        Files.createDirectories(out.resolve("completion"));
        Context ctx = new Context(Map.of(), new ByteArrayInputStream(new byte[0]), false, false, false);
        CommandLine cl = Cli.commandLine(new String[0], ctx, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        Files.writeString(out.resolve("alpfaq.1"), manPage(cl.getCommandSpec(), version), StandardCharsets.UTF_8);
        String bash = AutoComplete.bash("alpfaq", cl);
        Files.writeString(out.resolve("completion/alpfaq.bash"), bash, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("completion/_alpfaq"),
                "#compdef alpfaq\nautoload -U +X bashcompinit && bashcompinit\n" + bash, StandardCharsets.UTF_8);
        System.out.println("[alpfaq] wrote the man page and completion scripts to " + out);
    }

    static String esc(String s) {
        String t = s.replace("\\", "\\e").replace("-", "\\-");
        return t.startsWith(".") || t.startsWith("'") ? "\\&" + t : t;
    }

    static String manPage(CommandSpec root, String version) {
        StringBuilder sb = new StringBuilder();
        sb.append(".TH ALPFAQ 1 \"").append(LocalDate.now()).append("\" \"alpfaq ").append(esc(version)).append("\" \"User Commands\"\n");
        sb.append(".SH NAME\nalpfaq \\- offline troubleshooting assistant for Alpine Linux\n");
        sb.append(".SH SYNOPSIS\n.B alpfaq\n[\\fIOPTIONS\\fR] \\fICOMMAND\\fR [\\fIARGS\\fR...]\n");
        sb.append(".SH DESCRIPTION\n");
        for (String d : root.usageMessage().description()) {
            sb.append(esc(d)).append('\n');
        }
        sb.append(".PP\nalpfaq matches pasted error text against the regular-expression signatures of a bundled,\n")
                .append("bilingual (English and Chinese) knowledge base and prints ranked findings with their cause,\n")
                .append("remediation steps and ready-to-paste commands. It never uses the network, except\n")
                .append(".B mirror probe\nand\n.BR \"mirror \\-\\-set fastest\" .\n");
        sb.append(".SH GLOBAL OPTIONS\n");
        for (OptionSpec o : root.options()) {
            option(sb, o);
        }
        sb.append(".SH COMMANDS\n");
        Map<CommandSpec, Boolean> seen = new IdentityHashMap<>();
        commands(sb, root, seen);
        sb.append(".SH EXIT STATUS\n");
        root.usageMessage().exitCodeList().forEach((k, v) -> sb.append(".TP\n.B ").append(esc(k.trim())).append('\n').append(esc(v)).append('\n'));
        sb.append(".SH ENVIRONMENT\n");
        String[][] env = {
            {"LANGUAGE, LC_ALL, LANG", "Choose the language (zh* gives Chinese); --lang wins."},
            {"NO_COLOR", "When set and not empty, no colour (unless --color=always)."},
            {"COLUMNS", "Width to wrap text to; otherwise the terminal's, otherwise 80."},
            {"XDG_CONFIG_HOME", "User entries are read from $XDG_CONFIG_HOME/alpfaq/kb (default ~/.config/alpfaq/kb)."},
            {"XDG_CACHE_HOME", "The launcher keeps its class-data-sharing archive in $XDG_CACHE_HOME/alpfaq."},
            {"ALPFAQ_JAVA, JAVA_HOME", "The Java runtime the launcher uses (17 or newer)."},
            {"ALPFAQ_CDS", "0 turns the launcher's class-data-sharing archive off."},
            {"ALPFAQ_JAVA_OPTS", "Extra options for the JVM."},
        };
        for (String[] e : env) {
            sb.append(".TP\n.B ").append(esc(e[0])).append('\n').append(esc(e[1])).append('\n');
        }
        sb.append(".SH FILES\n.TP\n.I ~/.config/alpfaq/kb/*.md\nYour own knowledge-base entries; an entry with a bundled id replaces it.\n")
                .append(".TP\n.I /etc/apk/repositories, /etc/apk/repositories.d/*.list\nWhat\n.B mirror\nreads and rewrites; the original is kept as\n.IR *.bak .\n");
        sb.append(".SH EXAMPLES\n");
        for (String ex : new String[] {"alpfaq diagnose \"ERROR: unable to select packages: foo (no such package)\"",
            "dmesg | alpfaq diagnose", "alpfaq diagnose \\-\\-file /var/log/messages \\-\\-json", "alpfaq explain flavors",
            "alpfaq mirror \\-\\-set tuna \\-\\-dry\\-run"}) {
            sb.append(".PP\n.nf\n").append(ex.replace("\\", "\\").startsWith(".") ? "\\&" + ex : ex).append("\n.fi\n");
        }
        sb.append(".SH SEE ALSO\n.BR apk (8),\n.BR rc\\-service (8),\n.BR setup\\-apkrepos (8)\n");
        return sb.toString();
    }

    static void commands(StringBuilder sb, CommandSpec spec, Map<CommandSpec, Boolean> seen) {
        for (CommandLine sub : spec.subcommands().values()) {
            CommandSpec s = sub.getCommandSpec();
            if (seen.put(s, true) != null || s.name().equals("help")) {
                continue;
            }
            StringBuilder synopsis = new StringBuilder(s.qualifiedName());
            for (PositionalParamSpec p : s.positionalParameters()) {
                synopsis.append(' ').append(p.paramLabel()).append(p.arity().max() > 1 ? "..." : "");
            }
            sb.append(".SS \"").append(esc(synopsis.toString())).append("\"\n");
            for (String d : s.usageMessage().description()) {
                sb.append(esc(d)).append("\n.br\n");
            }
            for (OptionSpec o : s.options()) {
                if (!o.inherited() && !o.usageHelp() && !o.versionHelp()) {
                    option(sb, o);
                }
            }
            commands(sb, s, seen);
        }
    }

    static void option(StringBuilder sb, OptionSpec o) {
        sb.append(".TP\n");
        String names = String.join(", ", o.names());
        sb.append("\\fB").append(esc(names)).append("\\fR");
        if (o.arity().max() > 0) {
            sb.append("=\\fI").append(esc(o.paramLabel())).append("\\fR");
        }
        sb.append('\n');
        for (String d : o.description()) {
            sb.append(esc(d.replace("${DEFAULT-VALUE}", String.valueOf(o.defaultValue())))).append('\n');
        }
    }
}
