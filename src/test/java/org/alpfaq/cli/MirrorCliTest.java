package org.alpfaq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MirrorCliTest {
    @TempDir
    Path root;
    Path repos;

    static final String CDN = "https://dl-cdn.alpinelinux.org/alpine/";
    static final String TUNA = "https://mirrors.tuna.tsinghua.edu.cn/alpine/";

    @BeforeEach
    void setUp() throws Exception {
        Files.createDirectories(root.resolve("etc/apk"));
        Files.writeString(root.resolve("etc/alpine-release"), "3.20.3\n");
        repos = root.resolve("etc/apk/repositories");
        Files.writeString(repos, CDN + "v3.20/main\n" + CDN + "v3.20/community\n");
    }

    Run mirror(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "mirror";
        all[1] = "--root";
        all[2] = root.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return Run.of(all);
    }

    @Test
    void setTunaRewritesKeepsBackupAndSaysNextStep() throws Exception {
        Run r = mirror("--set", "tuna");
        assertEquals(0, r.code(), r.err());
        assertEquals(TUNA + "v3.20/main\n" + TUNA + "v3.20/community\n", Files.readString(repos));
        assertEquals(CDN + "v3.20/main\n" + CDN + "v3.20/community\n", Files.readString(root.resolve("etc/apk/repositories.bak")));
        assertTrue(r.out().contains("-" + CDN + "v3.20/main"), r.out());
        assertTrue(r.out().contains("+" + TUNA + "v3.20/main"), r.out());
        assertTrue(r.out().contains("apk update"), r.out());
        Run again = mirror("--set", "tuna");
        assertEquals(0, again.code());
        assertTrue(again.out().contains("nothing to change"), again.out());
    }

    @Test
    void dryRunWritesNothing() throws Exception {
        String before = Files.readString(repos);
        Run r = mirror("--set", "ustc", "--dry-run");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("+https://mirrors.ustc.edu.cn/alpine/v3.20/main"), r.out());
        assertEquals(before, Files.readString(repos));
        assertFalse(Files.exists(root.resolve("etc/apk/repositories.bak")));
    }

    @Test
    void missingFileIsWrittenForTheRelease() throws Exception {
        Files.delete(repos);
        assertEquals(0, mirror("--set", "aliyun").code());
        assertEquals("https://mirrors.aliyun.com/alpine/v3.20/main\nhttps://mirrors.aliyun.com/alpine/v3.20/community\n", Files.readString(repos));
        Files.delete(repos);
        Files.writeString(root.resolve("etc/alpine-release"), "3.21_alpha20240807\n");
        assertEquals(0, mirror("--set", "aliyun").code());
        assertTrue(Files.readString(repos).contains("/alpine/edge/main"));
        Files.delete(repos);
        assertEquals(0, mirror("--set", "aliyun", "--release", "v3.18").code());
        assertTrue(Files.readString(repos).contains("/alpine/v3.18/main"));
    }

    @Test
    void repositoriesDListFilesAreRewrittenToo() throws Exception {
        Path d = root.resolve("etc/apk/repositories.d");
        Files.createDirectories(d);
        Files.writeString(d.resolve("extra.list"), "@testing " + CDN + "edge/testing\n");
        assertEquals(0, mirror("--set", "tuna").code());
        assertEquals("@testing " + TUNA + "edge/testing\n", Files.readString(d.resolve("extra.list")));
        Run show = mirror("show", "--json");
        JsonNode files = new ObjectMapper().readTree(show.out()).get("files");
        assertEquals(2, files.size());
        assertEquals("tuna", files.get(1).get("repositories").get(0).get("mirror").asText());
        assertEquals("@testing", files.get(1).get("repositories").get(0).get("tag").asText());
    }

    @Test
    void customUrlIsAcceptedAndBranchIsCutBack() throws Exception {
        Run r = mirror("--set", "https://mirror.example.org/alpine/v3.20/main");
        assertEquals(0, r.code(), r.err());
        assertEquals("https://mirror.example.org/alpine/v3.20/main\nhttps://mirror.example.org/alpine/v3.20/community\n", Files.readString(repos));
    }

    @Test
    void unknownNameSuggestsClosest() {
        Run r = mirror("--set", "tnua");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("did you mean: tuna?"), r.err());
    }

    @Test
    void badUrlsAreUsageErrors() {
        assertEquals(2, mirror("--set", "ftp://mirror.example.org/alpine/").code());
        assertEquals(2, mirror("--set", "https://mirror.example.org/al pine/").code());
    }

    @Test
    void unwritableDirectorySaysRunAsRoot() throws Exception {
        // root ignores permissions (reported as skipped); the message itself is pinned in AtomicWriterTest.
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "running as root");
        root.resolve("etc/apk").toFile().setWritable(false);
        Run r = mirror("--set", "tuna");
        assertEquals(3, r.code());
        assertTrue(r.err().contains("run it as root"), r.err());
    }

    @Test
    void listHasChineseMirrorsAndJson() throws Exception {
        Run r = Run.of("mirror", "list", "--json");
        JsonNode mirrors = new ObjectMapper().readTree(r.out()).get("mirrors");
        for (String name : new String[] {"cdn", "tuna", "ustc", "aliyun", "sjtug", "nju", "tencent", "huawei", "bfsu", "hust"}) {
            boolean found = false;
            for (JsonNode m : mirrors) {
                found |= m.get("name").asText().equals(name) && m.get("url").asText().startsWith("https://");
            }
            assertTrue(found, name);
        }
    }

    @Test
    void showMarksDisabledLines() throws Exception {
        Files.writeString(repos, "#" + CDN + "edge/testing\n" + CDN + "v3.20/main\n");
        Run r = mirror("show");
        assertTrue(r.out().contains("disabled  cdn"), r.out());
        assertTrue(r.out().contains("enabled   cdn"), r.out());
    }

    /** probe says why a mirror failed in the user's language; JSON gives a reason to test on. */
    @Test
    void probeFailuresInChineseAndJsonReasons() throws Exception {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        server.start();
        try {
            String missing = "http://127.0.0.1:" + server.getAddress().getPort() + "/alpine/";
            int free;
            try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                free = s.getLocalPort(); // closed again at once: nothing listens there
            }
            String closed = "http://127.0.0.1:" + free + "/alpine/";
            Run zh = Run.with(java.util.Map.of("LANG", "zh_CN.UTF-8"), "", false,
                    "mirror", "--root", root.toString(), "--timeout", "2000", "probe", "--branch", "v3.20", missing, closed);
            assertEquals(1, zh.code(), zh.err());
            assertTrue(zh.out().contains("服务器返回 HTTP 404"), zh.out());
            assertTrue(zh.out().contains("无法连接") || zh.out().contains("连接被拒绝"), zh.out());
            assertFalse(zh.out().contains("Exception"), zh.out());
            Run json = Run.with(java.util.Map.of("LANG", "zh_CN.UTF-8"), "", false,
                    "--json", "mirror", "--root", root.toString(), "--timeout", "2000", "probe", "--branch", "v3.20", missing);
            JsonNode r = new ObjectMapper().readTree(json.out()).get("results").get(0);
            assertEquals("http", r.get("reason").asText());
            assertEquals(404, r.get("status").asInt());
            assertEquals("HTTP 404", r.get("error").asText());
        } finally {
            server.stop(0);
        }
    }
}
