package org.alpfaq.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.alpfaq.match.Search;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "search", aliases = "s", mixinStandardHelpOptions = true,
        description = "Full-text search over both languages of every entry (Chinese queries work).")
final class SearchCommand implements Callable<Integer> {
    @ParentCommand
    AlpfaqCommand root;

    @Parameters(paramLabel = "WORDS", arity = "1..*", descriptionKey = "search.words", description = "What to look for.")
    List<String> words;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "10", description = "At most N results (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        String query = String.join(" ", words);
        List<Search.Hit> hits = new Search(root.kb()).search(query, Math.max(1, limit));
        root.out().print(root.json ? root.jsonRenderer().search(hits) : root.text().search(query, hits));
        return hits.isEmpty() ? ExitCodes.NOT_FOUND : ExitCodes.OK;
    }
}
