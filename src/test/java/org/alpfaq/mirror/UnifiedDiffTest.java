package org.alpfaq.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {
    @Test
    void oneChangedLineWithContext() {
        String a = "1\n2\n3\n4\n5\n6\n7\n8\n";
        String b = "1\n2\n3\n4\nfive\n6\n7\n8\n";
        assertEquals("--- a\n+++ b\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n", UnifiedDiff.diff(a, b, "a", "b"));
    }

    @Test
    void newFile() {
        assertEquals("--- /dev/null\n+++ f\n@@ -0,0 +1,1 @@\n+x\n", UnifiedDiff.diff("", "x\n", "/dev/null", "f"));
    }

    @Test
    void sameTextNoDiff() {
        assertEquals("", UnifiedDiff.diff("a\n", "a\n", "a", "b"));
    }
}
