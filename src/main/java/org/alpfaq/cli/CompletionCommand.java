package org.alpfaq.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print a shell completion script (commands, options, entry ids, mirror names).",
            "bash: source <(alpfaq completion bash)    zsh: source <(alpfaq completion zsh)"})
final class CompletionCommand implements Callable<Integer> {
    enum Shell { bash, zsh }

    @ParentCommand
    AlpfaqCommand root;

    @Parameters(paramLabel = "SHELL", descriptionKey = "completion.shell", description = "bash or zsh")
    Shell shell;

    @Override
    public Integer call() {
        String script = AutoComplete.bash("alpfaq", root.spec.commandLine());
        if (shell == Shell.zsh) {
            // picocli's script is written for bash; zsh runs it through its bash compatibility layer.
            root.out().println("autoload -U +X compinit && compinit");
            root.out().println("autoload -U +X bashcompinit && bashcompinit");
        }
        root.out().print(script);
        return ExitCodes.OK;
    }

    /** Entry ids and aliases, offered where a topic is expected. */
    static final class Topics implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            java.util.TreeSet<String> names = new java.util.TreeSet<>();
            for (org.alpfaq.kb.Entry e : org.alpfaq.kb.KbLoader.bundledEntries()) {
                names.add(e.id());
                e.aliases().stream().filter(a -> a.matches("[\\w.-]+")).forEach(a -> names.add(a.toLowerCase(java.util.Locale.ROOT)));
            }
            return names.iterator();
        }
    }

    /** Mirror names and 'fastest', offered for --set. */
    static final class MirrorNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            java.util.List<String> names = new java.util.ArrayList<>(org.alpfaq.mirror.Mirrors.names());
            names.add("fastest");
            return names.iterator();
        }
    }
}
