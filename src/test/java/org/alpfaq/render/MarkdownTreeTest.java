package org.alpfaq.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.alpfaq.kb.Entry;
import org.alpfaq.kb.KbLoader;
import org.alpfaq.kb.Lang;
import org.alpfaq.kb.Section;
import org.junit.jupiter.api.Test;

/** Markdown parsed at build time renders exactly as the same Markdown parsed when shown. */
class MarkdownTreeTest {
    @Test
    void everyBundledTextRendersTheSameFromItsTree() {
        int checked = 0;
        for (Entry e : KbLoader.bundledEntries()) {
            for (Lang lang : Lang.values()) {
                Section s = e.section(lang);
                if (s == null) {
                    continue;
                }
                byte[] tree = e.markdownTree(lang);
                assertNotNull(tree, e.id() + " " + lang + ": the build stores a tree");
                for (int width : new int[] {40, 80, 120}) {
                    for (boolean colour : new boolean[] {false, true}) {
                        TerminalMarkdown md = new TerminalMarkdown(new Theme(colour), width);
                        assertEquals(md.render(s.markdown()), md.render(MarkdownTree.read(tree)), e.id() + " " + lang + " width " + width);
                        checked++;
                    }
                }
            }
        }
        assertEquals(true, checked > 500, "checked " + checked);
    }

    @Test
    void everyKindOfNodeSurvives() {
        String md = "# Title\n\nSome *em* and **strong**, `code`, [a link](https://x.example \"t\"), ![img](i.png),\n"
                + "<b>html</b> and a hard  \nbreak.\n\n> quoted\n\n- one\n- two\n\n3. three\n4. four\n\n"
                + "```sh\napk add foo # comment\n```\n\n    indented\n\n---\n\n<div>block</div>\n\n"
                + "| a | b |\n|:--|--:|\n| 1 | 2 |\n";
        TerminalMarkdown r = new TerminalMarkdown(new Theme(true), 60);
        assertEquals(r.render(md), r.render(MarkdownTree.read(MarkdownTree.compile(md))));
    }

    @Test
    void damagedTreeIsReportedNotRenderedWrong() {
        byte[] tree = MarkdownTree.compile("# Title\n\ntext\n");
        byte[] cut = java.util.Arrays.copyOf(tree, tree.length - 3);
        assertThrows(IllegalStateException.class, () -> MarkdownTree.read(cut));
        byte[] bad = tree.clone();
        bad[0] = (byte) 200;
        assertThrows(IllegalStateException.class, () -> MarkdownTree.read(bad));
    }
}
