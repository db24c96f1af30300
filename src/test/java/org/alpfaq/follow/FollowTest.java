package org.alpfaq.follow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.alpfaq.match.Diagnoser;
import org.alpfaq.kb.KbLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FollowTest {
    @TempDir
    Path dir;

    static void append(Path p, String text) throws Exception {
        Files.writeString(p, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Test
    void followsGrowthTruncationAndRotation() throws Exception {
        Path log = dir.resolve("messages");
        append(log, "old line\n");
        try (FileFollower f = new FileFollower(log, false)) {
            assertEquals(List.of(), f.poll(), "starts at the end");
            append(log, "one\ntw");
            assertEquals(List.of("one"), f.poll(), "only complete lines");
            append(log, "o\n");
            assertEquals(List.of("two"), f.poll());
            Files.writeString(log, "after truncate\n");
            assertEquals(List.of("after truncate"), f.poll());
            append(log, "last of old\n");
            Files.move(log, dir.resolve("messages.0"));
            append(log, "first of new\n");
            assertEquals(List.of("last of old", "first of new"), f.poll(), "finishes the rotated file, then the new one");
        }
    }

    @Test
    void watcherReportsEachDistinctProblemOnce() {
        List<String> seen = new ArrayList<>();
        Watcher w = new Watcher(new Diagnoser(KbLoader.build(KbLoader.directory(Path.of("src/test/resources/fixture-kb"), new ArrayList<>()), List.of())), e -> seen.add(e.entry().id() + " " + e.captures()));
        for (int i = 0; i < 50; i++) {
            w.line("log", i, "ZZDEMO fetch widget failed");
        }
        w.line("log", 51, "ZZDEMO fetch gadget failed");
        w.line("log", 52, "all good");
        assertEquals(List.of("demo-cause {package=widget}", "demo-cause {package=gadget}"), seen);
    }
}
