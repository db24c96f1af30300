package org.alpfaq.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.alpfaq.kb.Entry;
import org.alpfaq.kb.Example;
import org.alpfaq.kb.KbLoader;
import org.alpfaq.kb.Signature;
import org.junit.jupiter.api.Test;

class LiteralsTest {
    @Test
    void plainTextIsItsOwnLiteral() {
        assertEquals(Set.of("unable to select packages"), Literals.required("unable to select packages"));
    }

    @Test
    void longestRunAroundGroupsWins() {
        assertEquals(Set.of(" (no such package)"), Literals.required("(?P<package>\\S+) \\(no such package\\)"));
        assertEquals(Set.of("failed to add service "), Literals.required("failed to add service [`'\"](?P<s>[^'`\"]+)"));
    }

    @Test
    void caseInsensitivePatternsGiveLowerCaseLiterals() {
        assertEquals(Set.of("certificate verify failed"), Literals.required("(?i)Certificate Verify Failed"));
    }

    @Test
    void alternationGivesEveryAlternative() {
        assertEquals(Set.of("dns lookup error", "dns: transient error"), Literals.required("(?:DNS lookup error|DNS: transient error)"));
        assertEquals(Set.of("opening from cache", " distinct packages available"),
                Literals.required("opening from cache|\\d+ distinct packages available"));
    }

    @Test
    void optionalPartsAreNotRequired() {
        assertEquals(Set.of("foo required by", "required by"), Literals.required("(?:foo )?required by"));
        assertNull(Literals.required("(ab)?c"));
        assertEquals(Set.of(" error", " errors"), Literals.required("\\d+ errors?"), "s? keeps both spellings");
    }

    @Test
    void unknownSyntaxMeansNoFilter() {
        assertNull(Literals.required("[a-z]+"));
        assertNull(Literals.required("(unclosed"));
    }

    /** The filter must never hide a real match: check it on the example lines of each entry and its neighbours. */
    @Test
    void everyBundledMatchContainsARequiredLiteral() {
        List<String> failures = new ArrayList<>();
        for (Entry e : KbLoader.bundledEntries()) {
            for (Signature s : e.signatures()) {
                List<Set<String>> all = Literals.requiredAll(s.source());
                if (all == null) {
                    continue;
                }
                Pattern p = Pattern.compile(s.source());
                for (Entry other : KbLoader.bundledEntries()) {
                    boolean near = other == e || other.seeAlso().contains(e.id()) || e.seeAlso().contains(other.id())
                            || (!e.tags().isEmpty() && other.tags().contains(e.tags().get(0)));
                    if (!near) {
                        continue;
                    }
                    for (Example ex : other.examples()) {
                        for (String raw : ex.text().split("\n")) {
                            String line = Normalizer.clean(raw);
                            if (p.matcher(line).find()) {
                                String lower = lower(line);
                                for (Set<String> req : all) {
                                    if (req.stream().noneMatch(lower::contains)) {
                                        failures.add(e.id() + " " + s.source() + " matches '" + line + "' without " + req);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    static String lower(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }

    @Test
    void conjunctionKeepsEveryRequiredPart() {
        assertEquals(List.of(Set.of("time zone"), Set.of("alpine")), Literals.requiredAll("time zone.*alpine"));
        assertEquals(Set.of(Set.of(" packages"), Set.of(" mib in "), Set.of(" errors; ", " error; ")),
                Set.copyOf(Literals.requiredAll("\\d+ errors?; [\\d.]+ MiB in \\d+ packages")));
    }
}
