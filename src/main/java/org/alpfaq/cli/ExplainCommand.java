package org.alpfaq.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.alpfaq.kb.Entry;
import org.alpfaq.kb.KnowledgeBase;
import org.alpfaq.match.Search;
import org.alpfaq.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "explain", aliases = "e", mixinStandardHelpOptions = true,
        description = {"Explain a topic or entry, by id or alias (explain flavors).", "Without a topic, list them."})
final class ExplainCommand implements Callable<Integer> {
    @ParentCommand
    AlpfaqCommand root;

    @Parameters(paramLabel = "TOPIC", arity = "0..*", descriptionKey = "explain.topic", completionCandidates = CompletionCommand.Topics.class, description = "An entry id or alias, case-insensitive.")
    List<String> topic = new ArrayList<>();

    @Override
    public Integer call() {
        KnowledgeBase kb = root.kb();
        if (topic.isEmpty()) {
            return ListCommand.print(root, kb.entries());
        }
        String name = String.join(" ", topic);
        Optional<Entry> e = kb.find(name);
        if (e.isEmpty()) {
            Messages msg = root.messages();
            List<String> close = suggestions(kb, name);
            String hint = close.isEmpty() ? "" : "; " + msg.get("did.you.mean", String.join(", ", close));
            throw AlpfaqException.usage(msg.get("unknown.topic", name) + hint);
        }
        root.out().print(root.json ? root.jsonRenderer().entry(e.get()) : root.text().entry(e.get()));
        return ExitCodes.OK;
    }

    static List<String> suggestions(KnowledgeBase kb, String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String n : Search.closest(name, kb.names(), 3)) {
            kb.find(n).ifPresent(x -> out.add(x.id()));
        }
        for (Search.Hit h : new Search(kb).search(name, 3)) {
            out.add(h.entry().id());
        }
        return out.stream().limit(3).toList();
    }
}
