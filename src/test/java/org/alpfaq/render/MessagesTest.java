package org.alpfaq.render;

import org.alpfaq.i18n.Messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.alpfaq.kb.Lang;
import org.junit.jupiter.api.Test;

/** Every message exists in both languages, and every key the code asks for exists. */
class MessagesTest {
    static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/alpfaq/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws Exception {
        assertEquals(new TreeSet<>(load("messages.properties").stringPropertyNames()),
                new TreeSet<>(load("messages_zh.properties").stringPropertyNames()));
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws Exception {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Pattern used = Pattern.compile("(?:get\\(|Kind\\.\\w+, (?:e, )?(?:\\w+, )?|ok\\(id, [^,]+, |warning\\(id, [^,]+, |problem\\(id, [^,]+, |skipped\\([^,]+, [^,]+, )\"((?:doctor|mirror|run|watch|kb|file|summary|why)[\\w.-]*)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                Matcher m = used.matcher(Files.readString(f));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(f.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    /**
     * Keys that are not passed straight to get(): lint problems (a code then a key), probe failures,
     * usage errors. Every such literal in the code must be a message.
     */
    @Test
    void everyMessageKeyLiteralExists() throws Exception {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Pattern literal = Pattern.compile("\"((?:lint|usage|probe|version|table|error)\\.[\\w.-]+)\"");
        Set<String> missing = new TreeSet<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    found++;
                    if (!keys.contains(m.group(1))) {
                        missing.add(f.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
        assertTrue(found > 30, "the pattern still finds the keys: " + found);
    }

    @Test
    void chineseDoctorSummary() {
        assertTrue(new Messages(Lang.ZH).get("doctor.summary", 1, 2).contains("1 个问题"));
    }

    /** A value holding "{1}" (a file name, a regular expression such as x{1}) is inserted as it is. */
    @Test
    void valuesAreNotReadAsPlaceholders() {
        assertEquals("cannot read 'log{1}''s': disk on fire",
                new Messages(Lang.EN).get("file.unreadable", "log{1}''s", "disk on fire"));
    }
}
