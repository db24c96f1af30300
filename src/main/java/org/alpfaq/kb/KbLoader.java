package org.alpfaq.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/** Reads entry files from the jar and from user directories; the only I/O of the kb package. */
public final class KbLoader {
    static final String BUNDLED_DIR = "kb/";

    private KbLoader() {}

    /** One entry file's text and where it came from. */
    public record Source(String id, String content, String origin) {}

    /**
     * Loads the bundled base, then each directory in order (later ones override earlier ones).
     * Broken entries are skipped and reported in {@link KnowledgeBase#problems()}.
     */
    public static KnowledgeBase load(List<Path> dirs) {
        List<Problem> problems = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        for (Path dir : dirs) {
            sources.addAll(directory(dir, problems));
        }
        if (sources.isEmpty() && problems.isEmpty()) {
            return bundledBase();
        }
        List<Entry> entries = new ArrayList<>(bundledEntries());
        entries.addAll(parse(sources, problems));
        return KnowledgeBase.of(entries, problems);
    }

    /** The bundled base alone, with the matcher compiled for it at build time when there is one. */
    public static KnowledgeBase bundledBase() {
        KbIndex.Contents c = bundledIndex();
        return c != null ? KnowledgeBase.of(c.entries(), List.of(), c.matcher()) : KnowledgeBase.of(bundledEntries(), List.of());
    }

    /**
     * The bundled entries: from the index compiled at build time when the jar has one (the fast
     * path: no YAML, no Markdown), else parsed from the bundled sources.
     */
    public static List<Entry> bundledEntries() {
        KbIndex.Contents c = bundledIndex();
        if (c != null) {
            return c.entries();
        }
        List<Problem> problems = new ArrayList<>();
        return parse(bundled(), problems);
    }

    /** The revision of the bundled base, for --version. */
    public static String bundledRevision() {
        KbIndex.Contents c = bundledIndex();
        long rev = c != null ? c.revision() : KbIndex.revision(bundled());
        return String.format("%08x", rev);
    }

    private static KbIndex.Contents index;
    private static boolean indexRead;

    /** The compiled index of the jar, read once; null when there is none (run from sources). */
    private static synchronized KbIndex.Contents bundledIndex() {
        if (!indexRead) {
            try (InputStream in = Resources.open(KbIndex.RESOURCE)) {
                index = in == null ? null : KbIndex.read(in, new ResourceBodies());
            } catch (IOException e) {
                throw new UncheckedIOException("the bundled knowledge-base index is damaged: " + e.getMessage(), e);
            }
            indexRead = true;
        }
        return index;
    }

    /** Entry bodies, stored beside the index. */
    private static final class ResourceBodies implements KbIndex.Bodies {
        @Override
        public InputStream open(String id) throws IOException {
            return Resources.open(KbIndex.BODY_DIR + id);
        }
    }

    private static List<Entry> parse(List<Source> sources, List<Problem> problems) {
        List<Entry> entries = new ArrayList<>();
        for (Source s : sources) {
            EntryParser.Result r = EntryParser.parse(s.id(), s.content(), s.origin());
            if (r.ok()) {
                entries.add(r.entry());
            } else {
                problems.addAll(r.problems().stream().filter(p -> EntryParser.FATAL.contains(p.code())).toList());
            }
        }
        return entries;
    }

    /** Parses sources into a base; the pure part of loading. */
    public static KnowledgeBase build(List<Source> sources, List<Problem> problems) {
        List<Problem> all = new ArrayList<>(problems);
        List<Entry> entries = parse(sources, all);
        return KnowledgeBase.of(entries, all);
    }

    /** The entry files of a directory, sorted by name; README.md is documentation, not an entry. */
    public static List<Source> directory(Path dir, List<Problem> problems) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.md")) {
            for (Path p : ds) {
                if (!p.getFileName().toString().equalsIgnoreCase("README.md") && Files.isRegularFile(p)) {
                    files.add(p);
                }
            }
        } catch (IOException e) {
            problems.add(new Problem(dir.toString(), 0, "KB001", "lint.dir", e.getMessage()));
            return List.of();
        }
        files.sort(null);
        List<Source> out = new ArrayList<>();
        for (Path p : files) {
            try {
                byte[] bytes = Files.readAllBytes(p);
                out.add(new Source(idOf(p.getFileName().toString()), new String(bytes, StandardCharsets.UTF_8), p.toString()));
            } catch (IOException e) {
                problems.add(new Problem(p.toString(), 0, "KB001", "lint.file", e.getMessage()));
            }
        }
        return out;
    }

    static String idOf(String fileName) {
        return fileName.substring(0, fileName.length() - 3);
    }

    /** The entries packed into the jar (or, when run from classes, the kb/ folder beside them). */
    public static List<Source> bundled() {
        List<String> names = bundledNames();
        List<Source> out = new ArrayList<>();
        ClassLoader cl = KbLoader.class.getClassLoader();
        for (String name : names) {
            try (InputStream in = cl.getResourceAsStream(BUNDLED_DIR + name)) {
                if (in != null) {
                    out.add(new Source(idOf(name), new String(in.readAllBytes(), StandardCharsets.UTF_8), "kb/" + name));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static List<String> bundledNames() {
        List<String> names = new ArrayList<>();
        try {
            Path location = Path.of(KbLoader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                Path dir = location.resolve(BUNDLED_DIR);
                if (Files.isDirectory(dir)) {
                    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.md")) {
                        ds.forEach(p -> names.add(p.getFileName().toString()));
                    }
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    Enumeration<JarEntry> en = jar.entries();
                    while (en.hasMoreElements()) {
                        String n = en.nextElement().getName();
                        if (n.startsWith(BUNDLED_DIR) && n.endsWith(".md") && n.indexOf('/', BUNDLED_DIR.length()) < 0) {
                            names.add(n.substring(BUNDLED_DIR.length()));
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the bundled knowledge base: " + e.getMessage(), e);
        }
        names.removeIf(n -> n.toLowerCase(Locale.ROOT).equals("readme.md"));
        names.sort(null);
        return names;
    }
}
