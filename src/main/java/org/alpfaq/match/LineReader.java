package org.alpfaq.match;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits a character stream into lines without ever holding more than one bounded line:
 * a line longer than {@link Normalizer#MAX_LINE} comes out in pieces, so a 100 MB line with no
 * newline costs no more memory than a short one. The current line lives in a reused buffer;
 * a String is made only for the lines that need one.
 */
final class LineReader {
    private final Reader in;
    private final char[] buf = new char[64 * 1024];
    private int pos;
    private int len;
    private char[] line = new char[256];
    private int length;

    LineReader(Reader in) {
        this.in = in;
    }

    /** Reads the next line into {@link #chars()}; false at the end of the input. */
    boolean next() throws IOException {
        length = 0;
        boolean any = false;
        while (true) {
            if (pos >= len) {
                len = in.read(buf, 0, buf.length);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    return any;
                }
            }
            any = true;
            int start = pos;
            int room = Normalizer.MAX_LINE - length;
            int end = Math.min(len, pos + room);
            while (pos < end && buf[pos] != '\n') {
                pos++;
            }
            append(start, pos - start);
            if (pos < len && buf[pos] == '\n') {
                pos++;
                return true;
            }
            if (length >= Normalizer.MAX_LINE) {
                return true;
            }
        }
    }

    private void append(int from, int n) {
        if (length + n > line.length) {
            line = java.util.Arrays.copyOf(line, Math.max(line.length * 2, length + n));
        }
        System.arraycopy(buf, from, line, length, n);
        length += n;
    }

    char[] chars() {
        return line;
    }

    int length() {
        return length;
    }
}
