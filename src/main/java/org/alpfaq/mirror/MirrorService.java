package org.alpfaq.mirror;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads and rewrites the repositories of a system or image: {@code ROOT/etc/apk/repositories}
 * (or another file) and apk-tools 3's {@code ROOT/etc/apk/repositories.d/*.list}.
 */
public final class MirrorService {
    static final long MAX_FILE = 1 << 20;

    private final Path root;
    private final Path file;
    private final boolean fileGiven;

    /**
     * @param root the system root, "/" for this machine
     * @param file a repositories file to use instead of ROOT/etc/apk/repositories, or null
     */
    public MirrorService(Path root, Path file) {
        this.root = root;
        this.fileGiven = file != null;
        this.file = file != null ? file : root.resolve("etc/apk/repositories");
    }

    /** One file's planned change. */
    public record Change(Path path, boolean existed, String before, String after) {
        public boolean changed() {
            return !before.equals(after) || !existed;
        }
    }

    /** A repositories file and its parsed lines. */
    public record Source(Path path, boolean exists, RepositoriesFile content) {}

    public List<Source> sources() throws MirrorException {
        List<Source> out = new ArrayList<>();
        Optional<String> main = read(file);
        out.add(new Source(file, main.isPresent(), RepositoriesFile.parse(main.orElse(""))));
        if (!fileGiven) {
            Path d = root.resolve("etc/apk/repositories.d");
            if (Files.isDirectory(d)) {
                List<Path> lists = new ArrayList<>();
                try (DirectoryStream<Path> ds = Files.newDirectoryStream(d, "*.list")) {
                    ds.forEach(lists::add);
                } catch (IOException e) {
                    throw new MirrorException(MirrorException.Kind.FAILURE, e, "mirror.err.read", d, e.getMessage());
                }
                lists.sort(null);
                for (Path p : lists) {
                    out.add(new Source(p, true, RepositoriesFile.parse(read(p).orElse(""))));
                }
            }
        }
        return out;
    }

    /** Plans pointing every mirror line at {@code base}; writes main and community when there is no repository at all. */
    public List<Change> plan(String base, String releaseOverride) throws MirrorException {
        List<Source> sources = sources();
        boolean none = sources.stream().allMatch(s -> s.content().hasNoRepository());
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            RepositoriesFile next = s.content().withMirror(base);
            if (i == 0 && none) {
                next = s.content().withDefaultRepositories(base, releaseOverride != null ? releaseOverride : release());
            }
            changes.add(new Change(s.path(), s.exists(), s.content().print(), next.print()));
        }
        return changes;
    }

    /** The branch this system runs: the first enabled main line, else /etc/alpine-release. */
    public Optional<String> currentBranch() throws MirrorException {
        for (Source s : sources()) {
            Optional<String> b = s.content().branch();
            if (b.isPresent()) {
                return b;
            }
        }
        return read(root.resolve("etc/alpine-release")).map(AlpineRelease::branch);
    }

    String release() throws MirrorException {
        Path rel = root.resolve("etc/alpine-release");
        return read(rel).map(AlpineRelease::branch).orElseThrow(() -> new MirrorException(MirrorException.Kind.USAGE, "mirror.err.release", rel));
    }

    /** Writes the changed files, each atomically, keeping a .bak copy of each original. */
    public List<Path> apply(List<Change> changes, AtomicWriter writer) throws MirrorException {
        List<Path> written = new ArrayList<>();
        for (Change c : changes) {
            if (!c.changed()) {
                continue;
            }
            Path parent = c.path().toAbsolutePath().getParent();
            if (!c.existed() && !Files.isDirectory(parent)) {
                try {
                    Files.createDirectories(parent);
                } catch (IOException e) {
                    throw AtomicWriter.failure(c.path(), e);
                }
            }
            written.add(writer.replace(c.path(), c.after().getBytes(StandardCharsets.UTF_8),
                    c.existed() ? Path.of(c.path().getFileName() + ".bak") : null));
        }
        return written;
    }

    static Optional<String> read(Path p) throws MirrorException {
        try {
            if (Files.isDirectory(p)) {
                throw new MirrorException(MirrorException.Kind.USAGE, "mirror.err.dir", p);
            }
            if (Files.size(p) > MAX_FILE) {
                throw new MirrorException(MirrorException.Kind.USAGE, "mirror.err.large", p);
            }
            byte[] bytes = Files.readAllBytes(p);
            try {
                return Optional.of(StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString());
            } catch (CharacterCodingException e) {
                throw new MirrorException(MirrorException.Kind.USAGE, "mirror.err.encoding", p);
            }
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (AccessDeniedException e) {
            throw new MirrorException(MirrorException.Kind.FAILURE, e, "mirror.err.read", p, "permission denied");
        } catch (IOException e) {
            throw new MirrorException(MirrorException.Kind.FAILURE, e, "mirror.err.read", p, e.getMessage());
        }
    }
}
