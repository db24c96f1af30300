package org.alpfaq.doctor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Read-only access to a system or an image: every path is under {@code root}. The running
 * kernel and /proc are only consulted when the root is this machine's. Whatever cannot be read
 * is remembered, so the report can say so.
 */
public final class SystemView {
    private final Path root;
    private final boolean live;
    private final Map<String, String> env;
    private final List<String> unreadable = new ArrayList<>();
    private Set<String> packages;

    public SystemView(Path root, Map<String, String> env) {
        this.root = root;
        this.live = root.toAbsolutePath().normalize().toString().equals("/");
        this.env = env;
    }

    /** True when this is the running machine (not --root): the kernel and /proc describe it. */
    public boolean live() {
        return live;
    }

    public Path path(String absolute) {
        return root.resolve(absolute.startsWith("/") ? absolute.substring(1) : absolute);
    }

    public Optional<String> read(String absolute) {
        Path p = path(absolute);
        if (!Files.isRegularFile(p)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(p, StandardCharsets.UTF_8));
        } catch (IOException | java.io.UncheckedIOException e) {
            unreadable.add(absolute);
            return Optional.empty();
        }
    }

    public boolean exists(String absolute) {
        return Files.exists(path(absolute));
    }

    public Optional<String> env(String name) {
        return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
    }

    /** Installed package names, from apk's database. */
    public Set<String> packages() {
        if (packages == null) {
            packages = new LinkedHashSet<>();
            read("/lib/apk/db/installed").ifPresent(db -> db.lines()
                    .filter(l -> l.startsWith("P:")).forEach(l -> packages.add(l.substring(2).trim())));
        }
        return packages;
    }

    /** The running kernel's release, only for the live system. */
    public Optional<String> kernelRelease() {
        if (!live) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(Path.of("/proc/sys/kernel/osrelease")).trim());
        } catch (IOException e) {
            unreadable.add("/proc/sys/kernel/osrelease");
            return Optional.empty();
        }
    }

    /** A sysctl value: from /proc on the live system, else from ROOT/proc when an image carries one. */
    public Optional<String> sysctl(String dotted) {
        return read("/proc/sys/" + dotted.replace('.', '/')).map(String::trim);
    }

    /** Files under a directory, up to a depth, skipping what cannot be listed. */
    public List<Path> files(String absolute, int depth) {
        Path dir = path(absolute);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir, depth)) {
            s.filter(Files::isRegularFile).limit(20_000).forEach(out::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            unreadable.add(absolute);
        }
        return out;
    }

    /** The ELF program interpreter of a file, or empty when it is no dynamically linked ELF file. */
    public static Optional<String> interpreter(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] h = in.readNBytes(4096);
            if (h.length < 64 || h[0] != 0x7F || h[1] != 'E' || h[2] != 'L' || h[3] != 'F' || h[4] != 2 || h[5] != 1) {
                return Optional.empty(); // not a 64-bit little-endian ELF file
            }
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(h).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            long phoff = b.getLong(32);
            int phentsize = b.getShort(54) & 0xFFFF;
            int phnum = b.getShort(56) & 0xFFFF;
            for (int i = 0; i < phnum; i++) {
                long off = phoff + (long) i * phentsize;
                if (off + 56 > h.length) {
                    break;
                }
                if (b.getInt((int) off) == 3) { // PT_INTERP
                    long at = b.getLong((int) off + 8);
                    long size = b.getLong((int) off + 32);
                    if (at + size <= h.length && size > 1) {
                        return Optional.of(new String(h, (int) at, (int) size - 1, StandardCharsets.US_ASCII));
                    }
                }
            }
        } catch (IOException e) {
            // unreadable files are no evidence either way
        }
        return Optional.empty();
    }

    public List<String> unreadable() {
        return unreadable;
    }
}
