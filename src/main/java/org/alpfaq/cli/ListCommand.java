package org.alpfaq.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.alpfaq.kb.Entry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "list", aliases = "ls", mixinStandardHelpOptions = true, description = "List the entries: id, kind, title.")
final class ListCommand implements Callable<Integer> {
    @ParentCommand
    AlpfaqCommand root;

    @Option(names = "--tag", paramLabel = "TAG", description = "Only entries with this tag.")
    String tag;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only entries of this kind: error or topic.")
    org.alpfaq.kb.Kind kind;

    @Override
    public Integer call() {
        List<Entry> entries = root.kb().entries().stream()
                .filter(e -> tag == null || e.tags().stream().anyMatch(t -> t.equalsIgnoreCase(tag)))
                .filter(e -> kind == null || e.kind() == kind)
                .toList();
        return print(root, entries);
    }

    static int print(AlpfaqCommand root, List<Entry> entries) {
        root.out().print(root.json ? root.jsonRenderer().list(entries) : root.text().list(entries));
        return ExitCodes.OK;
    }
}
