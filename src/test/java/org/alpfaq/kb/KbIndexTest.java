package org.alpfaq.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.alpfaq.match.Diagnoser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiled index gives back what the parser read, and says so when it is damaged. */
class KbIndexTest {
    static List<Entry> fixtures() {
        List<Problem> problems = new ArrayList<>();
        return KbLoader.build(KbLoader.directory(Path.of("src/test/resources/fixture-kb"), problems), problems).entries();
    }

    static KbIndex.Contents writeAndRead(List<Entry> entries, Path dir) throws IOException {
        KbIndex.write(entries, 7, dir, Diagnoser::requiredLiterals, Diagnoser.compile(entries), org.alpfaq.render.MarkdownTree::compile);
        try (InputStream in = Files.newInputStream(dir.resolve(KbIndex.RESOURCE))) {
            return KbIndex.read(in, id -> Files.newInputStream(dir.resolve(KbIndex.BODY_DIR + id)));
        }
    }

    @Test
    void entriesRoundTrip(@TempDir Path dir) throws IOException {
        List<Entry> parsed = fixtures();
        KbIndex.Contents read = writeAndRead(parsed, dir);
        assertEquals(7, read.revision());
        assertEquals(parsed.size(), read.entries().size());
        for (int i = 0; i < parsed.size(); i++) {
            Entry a = parsed.get(i);
            Entry b = read.entries().get(i);
            assertEquals(a.id(), b.id());
            assertEquals(a.kind(), b.kind());
            assertEquals(a.severity(), b.severity());
            assertEquals(a.titles(), b.titles());
            assertEquals(a.aliases(), b.aliases());
            assertEquals(a.tags(), b.tags());
            assertEquals(a.references(), b.references());
            assertEquals(a.seeAlso(), b.seeAlso());
            assertEquals(a.origin(), b.origin());
            assertEquals(a.sections(), b.sections());
            assertEquals(a.examples(), b.examples());
            assertEquals(a.signatures().size(), b.signatures().size());
            for (int j = 0; j < a.signatures().size(); j++) {
                Signature x = a.signatures().get(j);
                Signature y = b.signatures().get(j);
                assertEquals(x.source(), y.source());
                assertEquals(x.weight(), y.weight());
                assertEquals(x.supporting(), y.supporting());
                assertEquals(Diagnoser.requiredLiterals(x.source()), y.literals());
            }
        }
    }

    /** The matcher read back from the index finds what a matcher built at run time finds. */
    @Test
    void compiledMatcherDiagnosesLikeOneBuiltAtRunTime(@TempDir Path dir) throws IOException {
        List<Entry> parsed = fixtures();
        KbIndex.Contents read = writeAndRead(parsed, dir);
        KnowledgeBase prebuilt = KnowledgeBase.of(read.entries(), List.of(), read.matcher());
        assertTrue(prebuilt.prebuiltMatcher() != null);
        String log = "noise\nZZDEMO fetch py3-foo failed\nZZDEMO 2 errors in total\nZZDEMO notice: skipping\n";
        var a = new Diagnoser(KnowledgeBase.of(parsed, List.of())).diagnose(log);
        var b = new Diagnoser(prebuilt).diagnose(log);
        assertEquals(a.findings().size(), b.findings().size());
        for (int i = 0; i < a.findings().size(); i++) {
            assertEquals(a.findings().get(i).entry().id(), b.findings().get(i).entry().id());
            assertEquals(a.findings().get(i).hits(), b.findings().get(i).hits());
            assertEquals(a.findings().get(i).captures(), b.findings().get(i).captures());
        }
    }

    /** A base put together from other entries never uses a matcher compiled for different ones. */
    @Test
    void duplicateIdsDropThePrebuiltMatcher(@TempDir Path dir) throws IOException {
        List<Entry> parsed = fixtures();
        KbIndex.Contents read = writeAndRead(parsed, dir);
        List<Entry> doubled = new ArrayList<>(read.entries());
        doubled.add(parsed.get(0));
        assertEquals(null, KnowledgeBase.of(doubled, List.of(), read.matcher()).prebuiltMatcher());
    }

    @Test
    void damagedIndexIsAnIoErrorNotACrash(@TempDir Path dir) throws IOException {
        writeAndRead(fixtures(), dir);
        byte[] whole = Files.readAllBytes(dir.resolve(KbIndex.RESOURCE));
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
        IOException e = assertThrows(IOException.class, () -> KbIndex.read(new ByteArrayInputStream(cut), id -> null));
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
        byte[] wrongVersion = whole.clone();
        wrongVersion[7] = 99;
        assertThrows(IOException.class, () -> KbIndex.read(new ByteArrayInputStream(wrongVersion), id -> null));
    }
}
