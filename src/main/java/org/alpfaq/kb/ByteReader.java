package org.alpfaq.kb;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the big-endian records {@link java.io.DataOutputStream} writes, from a byte array held in
 * memory. The compiled index is read with it at every start, so it is kept to plain array access:
 * {@code DataInputStream} costs several interpreted calls per byte before the JIT has warmed up.
 */
public final class ByteReader {
    private final byte[] b;
    private int p;

    public ByteReader(byte[] bytes, int offset) {
        this.b = bytes;
        this.p = offset;
    }

    public int position() {
        return p;
    }

    public void skip(int n) {
        if (n < 0 || p + n > b.length) {
            throw new IndexOutOfBoundsException("past the end");
        }
        p += n;
    }

    /** The next byte, left unread. */
    public int peekU8() {
        return b[p] & 0xFF;
    }

    public int u8() {
        return b[p++] & 0xFF;
    }

    public boolean bool() {
        return b[p++] != 0;
    }

    public int i32() {
        int v = (b[p] << 24) | ((b[p + 1] & 0xFF) << 16) | ((b[p + 2] & 0xFF) << 8) | (b[p + 3] & 0xFF);
        p += 4;
        return v;
    }

    public long i64() {
        return ((long) i32() << 32) | (i32() & 0xFFFFFFFFL);
    }

    /** A string written as its UTF-8 length (an int) and bytes. */
    public String str() {
        int n = i32();
        String s = new String(b, p, n, StandardCharsets.UTF_8);
        p += n;
        return s;
    }

    public List<String> strs() {
        int n = i32();
        List<String> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            l.add(str());
        }
        return l;
    }

    /** An int array written as its length and elements. */
    public int[] ints() {
        int[] a = new int[i32()];
        // One bulk copy: a loop here is interpreted at start-up, tens of thousands of times.
        java.nio.ByteBuffer.wrap(b, p, a.length * 4).asIntBuffer().get(a);
        p += a.length * 4;
        return a;
    }

    /** A char array written as its length and elements. */
    public char[] chars() {
        char[] a = new char[i32()];
        java.nio.ByteBuffer.wrap(b, p, a.length * 2).asCharBuffer().get(a);
        p += a.length * 2;
        return a;
    }

    /** {@code n} raw bytes. */
    public byte[] bytes(int n) {
        if (n < 0 || p + n > b.length) {
            throw new IndexOutOfBoundsException("past the end");
        }
        byte[] out = java.util.Arrays.copyOfRange(b, p, p + n);
        p += n;
        return out;
    }
}
