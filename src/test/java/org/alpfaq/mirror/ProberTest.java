package org.alpfaq.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Probing against HTTP servers on 127.0.0.1 only. */
class ProberTest {
    HttpServer server;
    String base;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/fast/", ex -> {
            ex.sendResponseHeaders(ex.getRequestURI().getPath().endsWith("/v3.20/main/x86_64/APKINDEX.tar.gz") ? 200 : 404, -1);
            ex.close();
        });
        server.createContext("/slow/", ex -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        server.createContext("/hang/", ex -> {
            try {
                Thread.sleep(30000);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            ex.close();
        });
        server.createContext("/missing/", ex -> {
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void ranksFastestFirstAndBoundsTheWait() {
        List<Mirror> mirrors = List.of(new Mirror("slow", "", base + "/slow/"), new Mirror("hang", "", base + "/hang/"),
                new Mirror("missing", "", base + "/missing/"), new Mirror("fast", "", base + "/fast/"));
        long start = System.nanoTime();
        List<Prober.Result> r = new Prober(Duration.ofMillis(1000)).probe(mirrors, "v3.20", "x86_64");
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(List.of("fast", "slow"), r.stream().filter(Prober.Result::ok).map(Prober.Result::name).toList());
        assertFalse(r.stream().filter(x -> x.name().equals("hang")).findFirst().orElseThrow().ok());
        assertEquals("HTTP 404", r.stream().filter(x -> x.name().equals("missing")).findFirst().orElseThrow().error());
        assertTrue(ms < 10000, "probes run in parallel and stop at the timeout: " + ms + " ms");
    }
}
