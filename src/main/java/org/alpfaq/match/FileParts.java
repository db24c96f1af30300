package org.alpfaq.match;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Cutting a file into parts at line ends, and reading a part, for {@link Diagnoser#diagnoseFile}. */
final class FileParts {
    private FileParts() {}

    /** The offset just after the first newline at or after {@code from}; {@code size} when there is none. */
    static long lineStartAfter(FileChannel ch, long from, long size) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(64 * 1024);
        long at = from;
        while (at < size) {
            b.clear();
            int n = ch.read(b, at);
            if (n <= 0) {
                break;
            }
            for (int i = 0; i < n; i++) {
                if (b.get(i) == '\n') {
                    return at + i + 1;
                }
            }
            at += n;
        }
        return size;
    }

    /** One part of a file, read with positional reads so that parts can be read at the same time. */
    static final class RangeStream extends InputStream {
        private final FileChannel ch;
        private long pos;
        private final long end;

        RangeStream(FileChannel ch, long start, long end) {
            this.ch = ch;
            this.pos = start;
            this.end = end;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (pos >= end) {
                return -1;
            }
            int n = ch.read(ByteBuffer.wrap(b, off, (int) Math.min(len, end - pos)), pos);
            if (n < 0) {
                return -1; // the file shrank while being read: stop here
            }
            pos += n;
            return n;
        }
    }
}
