package org.alpfaq.bench;

import java.io.StringReader;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.alpfaq.kb.KbLoader;
import org.alpfaq.kb.KnowledgeBase;
import org.alpfaq.match.Diagnoser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmarks of the matcher on the bundled base: a one-line paste, and a 4 MB log with about
 * 1% error lines (the per-byte cost behind the 100 MB scan in bench.sh). Not part of the test run:
 * src/bench/bench.sh --jmh runs them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MatcherBenchmark {
    Diagnoser diagnoser;
    String log;
    String line = "rc-update: failed to add service `loadkmap' to runlevel `boot': No such file or directory";

    @Setup
    public void setUp() {
        KnowledgeBase kb = KbLoader.load(List.of());
        diagnoser = new Diagnoser(kb);
        StringBuilder sb = new StringBuilder();
        java.util.Random r = new java.util.Random(1);
        String[] normal = {
            "Nov  1 00:00:01 node1 daemon.info sshd[82971]: Accepted publickey for root from 10.0.4.4 port 82971 ssh2",
            "Nov  1 00:00:02 alpine kern.info kernel: [12.345678] usb 1-1: new high-speed USB device number 3 using xhci_hcd",
            "Nov  1 00:00:03 build-07 user.info apk: (1/4) Installing py3-requests (2.32.3-r0)",
            "Nov  1 00:00:04 edge-gw local0.info nginx: 10.0.3.1 - - GET /api/v1/items?page=2 HTTP/1.1 200 5123"};
        String[] errors = {
            "Nov  1 00:00:05 build-07 user.err apk: ERROR: unable to select packages:",
            "Nov  1 00:00:06 build-07 user.err apk:   py3-foo (no such package):",
            "Nov  1 00:00:07 node1 daemon.info init: process '/sbin/getty -L ttyS1 115200 vt100' (pid 1929) exited. Scheduling for restart."};
        while (sb.length() < 4 << 20) {
            sb.append(r.nextInt(100) == 0 ? errors[r.nextInt(errors.length)] : normal[r.nextInt(normal.length)]).append('\n');
        }
        log = sb.toString();
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object oneLine() {
        return diagnoser.diagnose(line);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object log4MB() throws Exception {
        return diagnoser.diagnose(new StringReader(log), null);
    }
}
