package org.alpfaq.mirror;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so that it is never half-written: write a temporary file in the same
 * directory, force it to disk, give it the original's mode and owner, rename it over the
 * original, then sync the directory. A symlink is followed (the link stays, its target changes).
 * A lock file keeps two runs from interleaving. After any failure the original is untouched and
 * the temporary file is gone.
 */
public final class AtomicWriter {
    private final FileOps ops;
    private final long lockWaitMillis;

    public AtomicWriter(FileOps ops, long lockWaitMillis) {
        this.ops = ops;
        this.lockWaitMillis = lockWaitMillis;
    }

    /** The path that will really be written: the end of a symlink chain, or the path itself. */
    static Path realTarget(Path target) throws IOException {
        Path p = target;
        for (int i = 0; i < 40 && Files.isSymbolicLink(p); i++) {
            Path link = Files.readSymbolicLink(p);
            p = p.toAbsolutePath().getParent().resolve(link).normalize();
        }
        return p;
    }

    /**
     * @param backup where to copy the original first, or null for none
     * @return the path actually written
     */
    public Path replace(Path target, byte[] content, Path backup) throws MirrorException {
        Path real;
        try {
            real = realTarget(target);
        } catch (IOException e) {
            throw failure(target, e);
        }
        Path dir = real.toAbsolutePath().getParent();
        String name = real.getFileName().toString();
        Path lockFile = dir.resolve("." + name + ".alpfaq-lock");
        FileLock lock = null;
        try (FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            lock = acquire(lockChannel, real);
            boolean exists = Files.exists(real);
            if (exists && backup != null) {
                ops.copy(real, backupFor(real, backup));
            }
            Path tmp = ops.createTemp(dir, name);
            try {
                ops.write(tmp, content);
                if (exists) {
                    ops.copyAttributes(real, tmp);
                } else {
                    ops.defaultAttributes(tmp);
                }
                ops.move(tmp, real);
            } catch (IOException | RuntimeException e) {
                ops.deleteIfExists(tmp);
                throw e;
            }
            ops.syncDirectory(dir);
            return real;
        } catch (IOException e) {
            throw failure(real, e);
        } finally {
            if (lock != null) {
                // Removed while still held, so no one can take a lock on a file about to vanish.
                ops.deleteIfExists(lockFile);
            }
        }
    }

    private static Path backupFor(Path real, Path backup) {
        return backup.isAbsolute() ? backup : real.resolveSibling(backup);
    }

    private FileLock acquire(FileChannel ch, Path real) throws IOException, MirrorException {
        long deadline = System.nanoTime() + lockWaitMillis * 1_000_000L;
        while (true) {
            try {
                FileLock lock = ch.tryLock();
                if (lock != null) {
                    return lock;
                }
            } catch (java.nio.channels.OverlappingFileLockException e) {
                // Held by another thread of this process: wait like for another process.
            }
            if (System.nanoTime() > deadline) {
                throw new MirrorException(MirrorException.Kind.FAILURE, "mirror.err.locked", real);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MirrorException(MirrorException.Kind.FAILURE, "mirror.err.interrupted", real);
            }
        }
    }

    static MirrorException failure(Path path, IOException e) {
        if (e instanceof AccessDeniedException) {
            return new MirrorException(MirrorException.Kind.FAILURE, e, "mirror.err.permission", path);
        }
        String reason = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new MirrorException(MirrorException.Kind.FAILURE, e,
                reason.contains("Read-only") ? "mirror.err.readonly" : "mirror.err.write", path, reason);
    }
}
