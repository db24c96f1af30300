package org.alpfaq.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The original survives every failure, and no temporary file is left behind. */
class AtomicWriterTest {
    @TempDir
    Path dir;

    static final String ORIGINAL = "https://dl-cdn.alpinelinux.org/alpine/v3.20/main\n";

    Path target() throws IOException {
        Path t = dir.resolve("repositories");
        Files.writeString(t, ORIGINAL);
        Files.setPosixFilePermissions(t, PosixFilePermissions.fromString("rw-r-----"));
        return t;
    }

    List<String> leftovers() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.contains("alpfaq")).toList();
        }
    }

    @Test
    void replacesAndKeepsModeAndBackup() throws Exception {
        Path t = target();
        new AtomicWriter(new FileOps(), 1000).replace(t, "new\n".getBytes(), Path.of("repositories.bak"));
        assertEquals("new\n", Files.readString(t));
        assertEquals(ORIGINAL, Files.readString(dir.resolve("repositories.bak")));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(t)));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void diskFullWhileWritingLeavesOriginal() throws Exception {
        Path t = target();
        FileOps full = new FileOps() {
            @Override
            public void write(Path file, byte[] data) throws IOException {
                Files.write(file, new byte[] {'h', 'a'});
                throw new FileSystemException(file.toString(), null, "No space left on device");
            }
        };
        MirrorException e = assertThrows(MirrorException.class, () -> new AtomicWriter(full, 1000).replace(t, "new\n".getBytes(), null));
        assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
        assertTrue(e.getMessage().contains("not changed"), e.getMessage());
        assertEquals(ORIGINAL, Files.readString(t));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void failedRenameLeavesOriginal() throws Exception {
        Path t = target();
        FileOps noRename = new FileOps() {
            @Override
            public void move(Path from, Path to) throws IOException {
                throw new FileSystemException(to.toString(), null, "Read-only file system");
            }
        };
        MirrorException e = assertThrows(MirrorException.class, () -> new AtomicWriter(noRename, 1000).replace(t, "new\n".getBytes(), null));
        assertTrue(e.getMessage().contains("Read-only file system"), e.getMessage());
        assertEquals(ORIGINAL, Files.readString(t));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void failedBackupChangesNothing() throws Exception {
        Path t = target();
        FileOps noBackup = new FileOps() {
            @Override
            public void copy(Path from, Path to) throws IOException {
                throw new FileSystemException(to.toString(), null, "No space left on device");
            }
        };
        assertThrows(MirrorException.class, () -> new AtomicWriter(noBackup, 1000).replace(t, "new\n".getBytes(), Path.of("repositories.bak")));
        assertEquals(ORIGINAL, Files.readString(t));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void symlinkIsFollowedAndKept() throws Exception {
        Path real = dir.resolve("real-repositories");
        Files.writeString(real, ORIGINAL);
        Path link = dir.resolve("repositories");
        Files.createSymbolicLink(link, real.getFileName());
        Path written = new AtomicWriter(new FileOps(), 1000).replace(link, "new\n".getBytes(), null);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(real, written);
        assertEquals("new\n", Files.readString(real));
    }

    /** Holds the lock from another process, as a second alpfaq run would. */
    public static final class LockHolder {
        public static void main(String[] args) throws Exception {
            try (FileChannel ch = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = ch.lock()) {
                System.out.println("locked");
                System.out.flush();
                Thread.sleep(Long.parseLong(args[1]));
            }
        }
    }

    @Test
    void secondRunWaitsThenFailsClearly() throws Exception {
        Path t = target();
        Path lock = dir.resolve(".repositories.alpfaq-lock");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), lock.toString(), "3000")
                .redirectErrorStream(true).start();
        try {
            assertEquals("locked", new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream())).readLine());
            MirrorException e = assertThrows(MirrorException.class,
                    () -> new AtomicWriter(new FileOps(), 300).replace(t, "new\n".getBytes(), null));
            assertTrue(e.getMessage().contains("another alpfaq is changing"), e.getMessage());
            assertEquals(ORIGINAL, Files.readString(t));
        } finally {
            holder.destroy();
            holder.waitFor();
        }
        // Once the other run is gone, this one goes through.
        new AtomicWriter(new FileOps(), 300).replace(t, "new\n".getBytes(), null);
        assertEquals("new\n", Files.readString(t));
    }

    @Test
    void permissionDeniedSaysRunAsRoot() {
        MirrorException e = AtomicWriter.failure(dir.resolve("repositories"), new java.nio.file.AccessDeniedException("x"));
        assertTrue(e.getMessage().contains("run it as root (or with doas)"), e.getMessage());
    }
}
