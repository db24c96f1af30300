package org.alpfaq.mirror;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.alpfaq.i18n.Messages;
import org.alpfaq.kb.Lang;

/**
 * Times one request per mirror for {@code <base><branch>/main/<arch>/APKINDEX.tar.gz}, all in
 * parallel, each bounded by a timeout. The only network access alpfaq makes, and only on request.
 */
public final class Prober {
    /** Why a mirror gave no usable answer; {@link #code()} is the JSON {@code reason}. */
    public enum Failure {
        BAD_URL("bad-url", "probe.bad-url"),
        TIMEOUT("timeout", "probe.timeout"),
        HTTP("http", "probe.http"),
        DNS("dns", "probe.dns"),
        REFUSED("refused", "probe.refused"),
        TLS("tls", "probe.tls"),
        // Java's client often gives no words at all for a failed connect (a bare ClosedChannelException).
        CONNECT("connect", "probe.connect", "probe.connect-bare"),
        NETWORK("network", "probe.network");

        private final String code;
        private final String key;
        private final String bareKey;

        Failure(String code, String key) {
            this(code, key, key);
        }

        Failure(String code, String key, String bareKey) {
            this.code = code;
            this.key = key;
            this.bareKey = bareKey;
        }

        public String code() {
            return code;
        }

        /** The message key; its one value is the result's {@code detail}, when there is one. */
        public String key(String detail) {
            return detail == null || detail.isEmpty() ? bareKey : key;
        }
    }

    /**
     * One mirror's result: a latency in milliseconds, or why it failed.
     *
     * @param status the HTTP status, 0 when no response came
     * @param failure null when the mirror answered with a 2xx or 3xx status
     * @param detail the value for the failure's message: the timeout, the status, the system's words
     */
    public record Result(String name, String base, long millis, int status, Failure failure, String detail) {
        public boolean ok() {
            return failure == null;
        }

        /** Why it failed, in English (JSON output keeps this); null when it did not. */
        public String error() {
            return error(new Messages(Lang.EN));
        }

        /** Why it failed, in {@code messages}' language; null when it did not. */
        public String error(Messages messages) {
            return failure == null ? null : messages.get(failure.key(detail), detail);
        }
    }

    private final Duration timeout;

    public Prober(Duration timeout) {
        this.timeout = timeout;
    }

    public static String indexUrl(String base, String branch, String arch) {
        return (base.endsWith("/") ? base : base + "/") + branch + "/main/" + arch + "/APKINDEX.tar.gz";
    }

    /**
     * Sorts a failed request into a {@link Failure}. HttpClient wraps the real cause once or twice
     * (CompletionException, then an IOException of its own), so the whole chain is looked at.
     */
    Result failed(Mirror m, long ms, Throwable err) {
        Throwable connect = null;
        for (Throwable t = err; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.util.concurrent.TimeoutException || t instanceof java.net.http.HttpTimeoutException) {
                return new Result(m.name(), m.url(), ms, 0, Failure.TIMEOUT, String.valueOf(timeout.toMillis()));
            } else if (t instanceof java.nio.channels.UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
                return new Result(m.name(), m.url(), ms, 0, Failure.DNS, "");
            } else if (t instanceof javax.net.ssl.SSLException) {
                return new Result(m.name(), m.url(), ms, 0, Failure.TLS, words(t));
            } else if (t instanceof java.net.ConnectException) {
                if (t.getMessage() != null && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("refused")) {
                    return new Result(m.name(), m.url(), ms, 0, Failure.REFUSED, "");
                }
                connect = connect == null || connect.getMessage() == null ? t : connect;
            }
        }
        if (connect != null) {
            return new Result(m.name(), m.url(), ms, 0, Failure.CONNECT, connect.getMessage() == null ? "" : connect.getMessage());
        }
        Throwable cause = err instanceof java.util.concurrent.CompletionException && err.getCause() != null ? err.getCause() : err;
        return new Result(m.name(), m.url(), ms, 0, Failure.NETWORK, cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
    }

    /** The system's own words for a failure, or the exception's name when it gave none. */
    private static String words(Throwable t) {
        return t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** Fastest reachable first, then the failures. */
    public List<Result> probe(List<Mirror> mirrors, String branch, String arch) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        List<CompletableFuture<Result>> futures = new ArrayList<>();
        for (Mirror m : mirrors) {
            HttpRequest req;
            try {
                req = HttpRequest.newBuilder(URI.create(indexUrl(m.url(), branch, arch)))
                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .timeout(timeout).header("User-Agent", "alpfaq-mirror-probe").build();
            } catch (IllegalArgumentException e) {
                futures.add(CompletableFuture.completedFuture(new Result(m.name(), m.url(), -1, 0, Failure.BAD_URL, "")));
                continue;
            }
            long start = System.nanoTime();
            futures.add(client.sendAsync(req, HttpResponse.BodyHandlers.discarding())
                    .orTimeout(timeout.toMillis() + 500, java.util.concurrent.TimeUnit.MILLISECONDS)
                    .handle((resp, err) -> {
                        long ms = (System.nanoTime() - start) / 1_000_000;
                        if (err != null) {
                            return failed(m, ms, err);
                        }
                        int st = resp.statusCode();
                        return st >= 200 && st < 400 ? new Result(m.name(), m.url(), ms, st, null, null)
                                : new Result(m.name(), m.url(), ms, st, Failure.HTTP, String.valueOf(st));
                    }));
        }
        List<Result> results = new ArrayList<>(futures.stream().map(CompletableFuture::join).toList());
        results.sort(Comparator.comparing((Result r) -> !r.ok()).thenComparingLong(Result::millis));
        return results;
    }
}
