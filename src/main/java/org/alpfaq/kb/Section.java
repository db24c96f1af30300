package org.alpfaq.kb;

import java.util.List;

/**
 * One language's text of an entry.
 *
 * @param markdown the section's Markdown source, as written
 * @param why the first paragraph as plain text: the one-line cause
 * @param steps the items of the first top-level ordered list, as plain text
 * @param snippets every {@code sh} code block, in order
 * @param verify the text of the Verify section, or an empty string
 */
public record Section(String markdown, String why, List<String> steps, List<String> snippets, String verify) {
    public Section {
        steps = List.copyOf(steps);
        snippets = List.copyOf(snippets);
    }
}
