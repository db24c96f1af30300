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

/**
 * Times one request per mirror for {@code <base><branch>/main/<arch>/APKINDEX.tar.gz}, all in
 * parallel, each bounded by a timeout. The only network access alpfaq makes, and only on request.
 */
public final class Prober {
    /** One mirror's result: a latency in milliseconds, or an error. */
    public record Result(String name, String base, long millis, int status, String error) {
        public boolean ok() {
            return error == null && status >= 200 && status < 400;
        }
    }

    private final Duration timeout;

    public Prober(Duration timeout) {
        this.timeout = timeout;
    }

    public static String indexUrl(String base, String branch, String arch) {
        return (base.endsWith("/") ? base : base + "/") + branch + "/main/" + arch + "/APKINDEX.tar.gz";
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
                futures.add(CompletableFuture.completedFuture(new Result(m.name(), m.url(), -1, 0, "bad URL")));
                continue;
            }
            long start = System.nanoTime();
            futures.add(client.sendAsync(req, HttpResponse.BodyHandlers.discarding())
                    .orTimeout(timeout.toMillis() + 500, java.util.concurrent.TimeUnit.MILLISECONDS)
                    .handle((resp, err) -> {
                        long ms = (System.nanoTime() - start) / 1_000_000;
                        if (err != null) {
                            Throwable cause = err.getCause() != null ? err.getCause() : err;
                            String why = cause instanceof java.util.concurrent.TimeoutException || cause instanceof java.net.http.HttpTimeoutException
                                    ? "timed out after " + timeout.toMillis() + " ms"
                                    : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
                            return new Result(m.name(), m.url(), ms, 0, why);
                        }
                        int st = resp.statusCode();
                        return new Result(m.name(), m.url(), ms, st, st >= 200 && st < 400 ? null : "HTTP " + st);
                    }));
        }
        List<Result> results = new ArrayList<>(futures.stream().map(CompletableFuture::join).toList());
        results.sort(Comparator.comparing((Result r) -> !r.ok()).thenComparingLong(Result::millis));
        return results;
    }
}
