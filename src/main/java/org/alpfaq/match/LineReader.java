package org.alpfaq.match;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits a character stream into lines without ever holding more than one bounded line:
 * a line longer than {@link Normalizer#MAX_LINE} comes out in pieces, so a 100 MB line with no
 * newline costs no more memory than a short one.
 */
final class LineReader {
    private final Reader in;
    private final char[] buf = new char[64 * 1024];
    private int pos;
    private int len;
    private final StringBuilder line = new StringBuilder(256);

    LineReader(Reader in) {
        this.in = in;
    }

    /** The next line without its terminator, or null at the end of the input. */
    String next() throws IOException {
        line.setLength(0);
        while (true) {
            if (pos >= len) {
                len = in.read(buf, 0, buf.length);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    return line.length() > 0 ? line.toString() : null;
                }
            }
            int start = pos;
            while (pos < len && buf[pos] != '\n' && line.length() + (pos - start) < Normalizer.MAX_LINE) {
                pos++;
            }
            line.append(buf, start, pos - start);
            if (pos < len && buf[pos] == '\n') {
                pos++;
                return line.toString();
            }
            if (line.length() >= Normalizer.MAX_LINE) {
                return line.toString();
            }
        }
    }
}
