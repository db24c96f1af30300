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

    /** A port nothing listens on: bound once to get a free number, then closed. */
    static int closedPort() throws Exception {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void eachFailureHasAReasonAndAnEnglishError() throws Exception {
        List<Mirror> mirrors = List.of(new Mirror("missing", "", base + "/missing/"), new Mirror("hang", "", base + "/hang/"),
                new Mirror("closed", "", "http://127.0.0.1:" + closedPort() + "/"), new Mirror("spaces", "", "http://bad host/"));
        List<Prober.Result> r = new Prober(Duration.ofMillis(500)).probe(mirrors, "v3.20", "x86_64");
        java.util.Map<String, Prober.Result> by = new java.util.HashMap<>();
        r.forEach(x -> by.put(x.name(), x));
        assertEquals(Prober.Failure.HTTP, by.get("missing").failure());
        assertEquals(404, by.get("missing").status());
        assertEquals(Prober.Failure.TIMEOUT, by.get("hang").failure());
        assertEquals("timed out after 500 ms", by.get("hang").error());
        // Java's client says only "ConnectException" here; older ones say "Connection refused".
        assertTrue(List.of(Prober.Failure.CONNECT, Prober.Failure.REFUSED).contains(by.get("closed").failure()), by.get("closed").error());
        assertTrue(List.of("cannot connect", "connection refused").contains(by.get("closed").error()), by.get("closed").error());
        assertEquals(Prober.Failure.BAD_URL, by.get("spaces").failure());
        assertEquals("bad URL", by.get("spaces").error());
    }

    @Test
    void failuresAreSaidInChinese() {
        org.alpfaq.i18n.Messages zh = new org.alpfaq.i18n.Messages(org.alpfaq.kb.Lang.ZH);
        Mirror m = new Mirror("m", "", base + "/");
        Prober p = new Prober(Duration.ofMillis(700));
        assertEquals("700 毫秒内无响应", p.failed(m, 700, new java.util.concurrent.TimeoutException()).error(zh));
        assertEquals("服务器返回 HTTP 404", new Prober.Result("m", base, 5, 404, Prober.Failure.HTTP, "404").error(zh));
        for (Prober.Failure f : Prober.Failure.values()) {
            for (String detail : new String[] {"x", ""}) {
                String text = new Prober.Result("m", base, 5, 0, f, detail).error(zh);
                assertTrue(org.alpfaq.kb.Lang.hasCjk(text), f + ": " + text);
            }
        }
    }

    /** HttpClient hides the real cause under one or two wrappers; the reason must still come through. */
    @Test
    void causesAreFoundUnderWrappers() {
        Mirror m = new Mirror("m", "", base + "/");
        Prober p = new Prober(Duration.ofMillis(700));
        java.net.ConnectException dns = new java.net.ConnectException();
        dns.initCause(new java.nio.channels.UnresolvedAddressException());
        assertEquals(Prober.Failure.DNS, p.failed(m, 1, new java.util.concurrent.CompletionException(dns)).failure());
        Prober.Result tls = p.failed(m, 1, new java.util.concurrent.CompletionException(
                new javax.net.ssl.SSLHandshakeException("PKIX path building failed")));
        assertEquals(Prober.Failure.TLS, tls.failure());
        assertEquals("TLS handshake failed: PKIX path building failed", tls.error());
        Prober.Result unreachable = p.failed(m, 1, new java.util.concurrent.CompletionException(
                new java.net.ConnectException("No route to host")));
        assertEquals("cannot connect: No route to host", unreachable.error());
        java.net.ConnectException bare = new java.net.ConnectException();
        bare.initCause(new java.nio.channels.ClosedChannelException());
        assertEquals("cannot connect", p.failed(m, 1, new java.util.concurrent.CompletionException(bare)).error());
        assertEquals(Prober.Failure.REFUSED, p.failed(m, 1, new java.net.ConnectException("Connection refused")).failure());
        Prober.Result other = p.failed(m, 1, new java.util.concurrent.CompletionException(new java.io.EOFException("EOF reached")));
        assertEquals(Prober.Failure.NETWORK, other.failure());
        assertEquals("network error: EOFException: EOF reached", other.error());
    }
}
