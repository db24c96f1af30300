package org.alpfaq.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The automaton finds exactly the literals a plain search of the lower-cased text finds, whether
 * its states have full rows or not, and however its rows were filled.
 */
class AhoCorasickTest {
    /** Lower-casing as the automaton does it: ASCII letters, then Character.toLowerCase beyond ASCII. */
    static String fold(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            sb.append(c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c));
        }
        return sb.toString();
    }

    static Set<Integer> naive(List<String> literals, String text) {
        Set<Integer> found = new TreeSet<>();
        String folded = fold(text);
        for (int i = 0; i < literals.size(); i++) {
            if (folded.contains(literals.get(i))) {
                found.add(i);
            }
        }
        return found;
    }

    static AhoCorasick build(List<String> literals, int denseLimit) {
        AhoCorasick ac = new AhoCorasick(denseLimit);
        for (int i = 0; i < literals.size(); i++) {
            ac.add(literals.get(i), i);
        }
        ac.build();
        return ac;
    }

    @Provide
    Arbitrary<List<String>> literals() {
        return Arbitraries.strings().withChars("abcab-: é中").ofMinLength(1).ofMaxLength(6).list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("abcABC-: éÉ中^\t\u0001\u007f").ofMaxLength(60);
    }

    @Property(tries = 1500)
    void scanFindsWhatAPlainSearchFinds(@ForAll("literals") List<String> literals, @ForAll("texts") String text) {
        for (int denseLimit : new int[] {1, 3, 4096}) {
            AhoCorasick ac = build(literals, denseLimit);
            Set<Integer> found = new TreeSet<>();
            ac.scan(text, found::add);
            assertEquals(naive(literals, text), found, "scan, rows for " + denseLimit + " states");
        }
    }

    @Property(tries = 1500)
    void scanCleanAgreesOnCleanTextAndStopsOnControls(@ForAll("literals") List<String> literals, @ForAll("texts") String text) {
        boolean clean = text.chars().noneMatch(c -> c < 0x20 && c != '\t' || c == '^' || c == 0x7F || c >= 0x80 && c <= 0x9F);
        for (int denseLimit : new int[] {1, 3, 4096}) {
            AhoCorasick ac = build(literals, denseLimit);
            if (denseLimit == 3) {
                ac.fillRows(); // filled up front, as before a parallel scan
            }
            Set<Integer> found = new TreeSet<>();
            boolean finished = ac.scanClean(text.toCharArray(), text.length(), found::add);
            assertEquals(clean, finished, "stops exactly on characters a clean line cannot hold");
            if (clean) {
                assertEquals(naive(literals, text), found, "scanClean, rows for " + denseLimit + " states");
            }
        }
    }

    @Test
    void upperCaseTextFindsLowerCaseLiterals() {
        AhoCorasick ac = build(List.of("no such package", "unable"), 4096);
        Set<Integer> found = new TreeSet<>();
        assertTrue(ac.scanClean("ERROR: UNABLE to select: foo (No Such Package)".toCharArray(), 46, found::add));
        assertEquals(Set.of(0, 1), found);
        assertFalse(ac.scanClean("a\u001B[0m".toCharArray(), 5, found::add), "an escape stops the clean scan");
    }

    /** The automaton survives being written into the index and read back. */
    @Test
    void writtenAndReadBackItFindsTheSame() throws Exception {
        List<String> lits = List.of("apk", "pkg", "no such", "中文", "é");
        AhoCorasick ac = build(lits, 4096);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.DataOutputStream out = new java.io.DataOutputStream(bytes);
        ac.write(out);
        out.flush();
        AhoCorasick back = AhoCorasick.read(new org.alpfaq.kb.ByteReader(bytes.toByteArray(), 0));
        String text = "APK: No Such pkg 中文 É";
        Set<Integer> a = new TreeSet<>();
        Set<Integer> b = new TreeSet<>();
        ac.scan(text, a::add);
        back.scan(text, b::add);
        assertEquals(naive(lits, text), a);
        assertEquals(a, b);
    }
}
