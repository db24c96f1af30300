package org.alpfaq.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Placeholders are filled by hand-written scanning (no regex at start-up); these properties pin
 * that it does exactly what the two regular expressions it replaced did.
 */
class PlaceholdersTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z][a-z0-9_]*)\\}\\}");
    private static final Pattern SAFE = Pattern.compile("[\\p{L}\\p{N}._+:@/=,%~-]{1,200}");

    private static boolean referenceSafe(String v) {
        return v != null && SAFE.matcher(v).matches() && !v.startsWith("-");
    }

    private static String referenceFill(String template, Map<String, String> captures) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = captures.get(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(referenceSafe(v) ? v : m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    @Provide
    Arbitrary<String> templates() {
        return Arbitraries.strings().withChars("{}ab_1 $-x").ofMaxLength(40);
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars("ab1.-_/ ;$`é٣") .ofMaxLength(12),
                Arbitraries.strings().ofMaxLength(12), Arbitraries.strings().withChars("a").ofMinLength(199).ofMaxLength(202));
    }

    @Property(tries = 2000)
    void fillMatchesTheRegexDefinition(@ForAll("templates") String template, @ForAll("values") String a, @ForAll("values") String b) {
        Map<String, String> captures = Map.of("a", a, "ab", b, "b_1", a);
        assertEquals(referenceFill(template, captures), Placeholders.fill(template, captures));
    }

    @Property(tries = 2000)
    void safeMatchesTheRegexDefinition(@ForAll("values") String value) {
        assertEquals(referenceSafe(value), Placeholders.safe(value), value);
    }

    @Test
    void unsafeCapturesAreNeverSubstituted() {
        assertEquals("rc-service {{service}} start", Placeholders.fill("rc-service {{service}} start", Map.of("service", "x; rm -rf /")));
        assertEquals("rc-service sshd start", Placeholders.fill("rc-service {{service}} start", Map.of("service", "sshd")));
        assertEquals("{{{a}}}", Placeholders.fill("{{{a}}}", Map.of("a", "-v")));
        assertEquals("{x}", Placeholders.fill("{{{a}}}", Map.of("a", "x")));
    }
}
