package org.alpfaq.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTest {
    final Search search = new Search(DiagnoserTest.fixtures());

    @Test
    void englishWordsFindTheEntry() {
        assertEquals("demo-cause", search.search("widget mirror", 3).get(0).entry().id());
    }

    @Test
    void chineseQueryFindsTheEntry() {
        assertEquals("demo-topic", search.search("小工具", 3).get(0).entry().id());
        assertEquals("demo-cause", search.search("部件镜像", 3).get(0).entry().id());
    }

    @Test
    void noMatchGivesNothing() {
        assertTrue(search.search("zebra", 3).isEmpty());
    }

    @Test
    void chineseIsSplitIntoPairs() {
        assertEquals(List.of("内核", "核风", "风格", "lts"), Search.tokens("内核风格 LTS"));
    }

    @Test
    void closestNamesByEditDistance() {
        assertEquals(List.of("flavors"), Search.closest("flavours", List.of("flavors", "mirrors", "glossary"), 3));
    }
}
