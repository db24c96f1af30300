package org.alpfaq.mirror;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The file-system steps of a safe replace, one method each, so that tests can make any step fail
 * (disk full, read-only file system, a failed rename) and check that nothing was lost.
 */
public class FileOps {
    public Path createTemp(Path dir, String name) throws IOException {
        return Files.createTempFile(dir, "." + name + ".", ".alpfaq-tmp");
    }

    /** Writes all bytes and forces them to the disk before returning. */
    public void write(Path file, byte[] data) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(data);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
    }

    /** Gives {@code to} the mode and, when allowed, the owner and group of {@code from}. */
    public void copyAttributes(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        PosixFileAttributes attrs = view.readAttributes();
        Files.setPosixFilePermissions(to, attrs.permissions());
        PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        try {
            target.setGroup(attrs.group());
            target.setOwner(attrs.owner());
        } catch (IOException e) {
            // Not root: the file keeps the caller's owner, which is who could write it anyway.
        }
    }

    public void defaultAttributes(Path to) throws IOException {
        try {
            Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
    }

    public void copy(Path from, Path to) throws IOException {
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
    }

    public void move(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Makes the rename itself durable. */
    public void syncDirectory(Path dir) throws IOException {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Some file systems refuse fsync on a directory; the rename has still happened.
        }
    }

    public void deleteIfExists(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // best effort: the caller reports the original failure
        }
    }
}
