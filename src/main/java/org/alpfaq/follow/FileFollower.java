package org.alpfaq.follow;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.alpfaq.match.Normalizer;

/**
 * Follows a growing file like {@code tail -F}: returns the complete lines added since the last
 * poll, starts over when the file is truncated, and when the file is replaced (log rotation)
 * finishes the old file before reading the new one from its start.
 */
public final class FileFollower implements AutoCloseable {
    private final Path path;
    private FileChannel channel;
    private Object fileKey;
    private long position;
    private final java.io.ByteArrayOutputStream partial = new java.io.ByteArrayOutputStream();
    private final ByteBuffer buf = ByteBuffer.allocate(64 * 1024);

    public FileFollower(Path path, boolean fromStart) throws IOException {
        this.path = path;
        if (Files.exists(path)) {
            open();
            position = fromStart ? 0 : channel.size();
        }
    }

    private void open() throws IOException {
        channel = FileChannel.open(path, StandardOpenOption.READ);
        fileKey = Files.readAttributes(path, BasicFileAttributes.class).fileKey();
        position = 0;
    }

    public Path path() {
        return path;
    }

    /** New complete lines, in order. */
    public List<String> poll() throws IOException {
        List<String> lines = new ArrayList<>();
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            attrs = null; // rotated away and not yet recreated
        }
        if (channel != null && attrs != null && !Objects.equals(attrs.fileKey(), fileKey)) {
            drain(lines);
            flushPartial(lines);
            channel.close();
            channel = null;
        }
        if (channel == null) {
            if (attrs == null) {
                return lines;
            }
            open();
        } else if (attrs != null && attrs.size() < position) {
            position = 0; // truncated in place (copytruncate)
            partial.reset();
        }
        drain(lines);
        return lines;
    }

    private void drain(List<String> lines) throws IOException {
        while (true) {
            buf.clear();
            int n = channel.read(buf, position);
            if (n <= 0) {
                return;
            }
            position += n;
            byte[] a = buf.array();
            int start = 0;
            for (int i = 0; i < n; i++) {
                if (a[i] == '\n') {
                    partial.write(a, start, i - start);
                    flushPartial(lines);
                    start = i + 1;
                } else if (partial.size() + (i - start) >= Normalizer.MAX_LINE) {
                    partial.write(a, start, i - start);
                    flushPartial(lines);
                    start = i;
                }
            }
            partial.write(a, start, n - start);
        }
    }

    private void flushPartial(List<String> lines) {
        if (partial.size() > 0) {
            lines.add(partial.toString(StandardCharsets.UTF_8));
            partial.reset();
        }
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
    }
}
