package org.alpfaq.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.alpfaq.match.Search;
import org.alpfaq.mirror.AlpineRelease;
import org.alpfaq.mirror.AtomicWriter;
import org.alpfaq.mirror.FileOps;
import org.alpfaq.mirror.Mirror;
import org.alpfaq.mirror.MirrorException;
import org.alpfaq.mirror.MirrorService;
import org.alpfaq.mirror.Mirrors;
import org.alpfaq.mirror.Prober;
import org.alpfaq.mirror.UnifiedDiff;
import org.alpfaq.render.MirrorView;
import org.alpfaq.render.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;

@Command(name = "mirror", mixinStandardHelpOptions = true,
        description = {"Show or switch the apk mirror in /etc/apk/repositories, safely.",
            "--set rewrites every mirror line to the new base and keeps branch, component, @tag, comments and order."},
        subcommands = {MirrorCommand.ListMirrors.class, MirrorCommand.Show.class, MirrorCommand.Probe.class})
final class MirrorCommand implements Callable<Integer> {
    @ParentCommand
    AlpfaqCommand root;

    @Option(names = "--set", paramLabel = "NAME|URL", completionCandidates = CompletionCommand.MirrorNames.class, description = "Switch to a mirror by name (mirror list), base URL, or 'fastest'.")
    String set;

    @Option(names = {"-n", "--dry-run"}, description = "Print the diff and change nothing.")
    boolean dryRun;

    @Option(names = "--root", paramLabel = "DIR", defaultValue = "/", scope = ScopeType.INHERIT,
            description = "Work on a chroot or mounted image at DIR (default: /).")
    Path rootDir;

    @Option(names = "--file", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "Use this repositories file instead of ROOT/etc/apk/repositories.")
    Path file;

    @Option(names = "--release", paramLabel = "vX.Y|edge", description = "Branch to write when there is no repository line (default: from /etc/alpine-release).")
    String release;

    @Option(names = "--timeout", paramLabel = "MS", defaultValue = "3000", scope = ScopeType.INHERIT,
            description = "Time limit per mirror for probing, in milliseconds (default: ${DEFAULT-VALUE}).")
    long timeoutMillis;

    FileOps fileOps = new FileOps();

    MirrorService service() {
        return new MirrorService(rootDir, file);
    }

    @Override
    public Integer call() {
        if (set == null) {
            return new Show().print(this);
        }
        String releaseBranch = null;
        if (release != null) {
            releaseBranch = AlpineRelease.parseOption(release)
                    .orElseThrow(() -> AlpfaqException.usage(root.messages().get("mirror.err.branch", "--release " + release)));
        }
        try {
            MirrorService svc = service();
            String base = resolve(set, svc);
            List<MirrorService.Change> changes = svc.plan(base, releaseBranch);
            StringBuilder diff = new StringBuilder();
            for (MirrorService.Change c : changes) {
                if (c.changed()) {
                    diff.append(UnifiedDiff.diff(c.before(), c.after(), c.existed() ? c.path().toString() : "/dev/null", c.path().toString()));
                }
            }
            if (diff.length() == 0) {
                root.out().println(root.messages().get("mirror.unchanged", base));
                return ExitCodes.OK;
            }
            root.out().print(diff);
            if (dryRun) {
                root.out().println(root.messages().get("mirror.dry"));
                return ExitCodes.OK;
            }
            List<Path> written = svc.apply(changes, new AtomicWriter(fileOps, 10_000));
            for (Path p : written) {
                boolean backedUp = changes.stream().anyMatch(c -> c.existed() && p.endsWith(c.path().getFileName()));
                root.out().println(backedUp ? root.messages().get("mirror.wrote.bak", p, p.getFileName() + ".bak") : root.messages().get("mirror.wrote", p));
            }
            root.out().println(root.messages().get("mirror.next"));
            return ExitCodes.OK;
        } catch (MirrorException e) {
            throw map(e);
        }
    }

    AlpfaqException map(MirrorException e) {
        return new AlpfaqException(e.kind() == MirrorException.Kind.USAGE ? ExitCodes.USAGE : ExitCodes.FAILURE,
                e.message(root.messages()), e);
    }

    /** A mirror name, an http(s) base URL, or 'fastest', as a base URL ending in '/'. */
    String resolve(String value, MirrorService svc) throws MirrorException {
        String v = value.trim();
        if (v.equalsIgnoreCase("fastest")) {
            String branch = svc.currentBranch().orElse("latest-stable");
            List<Prober.Result> results = new Prober(Duration.ofMillis(timeoutMillis)).probe(Mirrors.ALL, branch, arch());
            Prober.Result best = results.get(0);
            if (!best.ok()) {
                throw new MirrorException(MirrorException.Kind.FAILURE, "mirror.err.none-answered", timeoutMillis);
            }
            root.err().println(root.messages().get("mirror.fastest", best.name(), best.millis()));
            return best.base();
        }
        if (v.contains("://")) {
            String lower = v.toLowerCase(Locale.ROOT);
            if (!(lower.startsWith("http://") || lower.startsWith("https://")) || v.chars().anyMatch(c -> Character.isWhitespace(c) || c < 0x20)) {
                throw AlpfaqException.usage(root.messages().get("mirror.err.url", value));
            }
            // A URL copied with its branch and component (…/alpine/v3.20/main) is cut back to the base.
            String stripped = v.replaceFirst("/(v\\d+\\.\\d+|edge|latest-stable)(/(main|community|testing))?/?$", "/");
            if (!stripped.equals(v)) {
                root.err().println(root.messages().get("mirror.base", stripped));
            }
            return stripped.endsWith("/") ? stripped : stripped + "/";
        }
        Optional<Mirror> m = Mirrors.byName(v);
        if (m.isEmpty()) {
            List<String> close = Search.closest(v, Mirrors.names(), 3);
            throw AlpfaqException.usage(root.messages().get("mirror.err.unknown", value)
                    + (close.isEmpty() ? "" : "; " + root.messages().get("did.you.mean", String.join(", ", close))));
        }
        return m.get().url();
    }

    String arch() {
        Path archFile = rootDir.resolve("etc/apk/arch");
        try {
            if (java.nio.file.Files.isRegularFile(archFile)) {
                String a = java.nio.file.Files.readString(archFile).trim();
                if (!a.isEmpty()) {
                    return a;
                }
            }
        } catch (java.io.IOException | java.io.UncheckedIOException ignored) {
            // fall back to the JVM's idea of the machine
        }
        return switch (System.getProperty("os.arch")) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            case "x86", "i386", "i686" -> "x86";
            case "arm" -> "armv7";
            default -> System.getProperty("os.arch");
        };
    }

    MirrorView view() {
        return new MirrorView(new Theme(root.colorOn()), root.messages());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The built-in mirrors: name, location, base URL.")
    static final class ListMirrors implements Callable<Integer> {
        @ParentCommand
        MirrorCommand mirror;

        @Override
        public Integer call() {
            mirror.root.out().print(mirror.view().list(Mirrors.ALL, mirror.root.json));
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "The current repositories, line by line: mirror, branch, component, @tag, enabled or not.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        MirrorCommand mirror;

        @Override
        public Integer call() {
            return print(mirror);
        }

        int print(MirrorCommand m) {
            try {
                m.root.out().print(m.view().show(m.service().sources(), m.root.json));
                return ExitCodes.OK;
            } catch (MirrorException e) {
                throw m.map(e);
            }
        }
    }

    @Command(name = "probe", mixinStandardHelpOptions = true,
            description = {"Time each mirror (in parallel, bounded) and rank them, fastest first.",
                "The only network access alpfaq makes."})
    static final class Probe implements Callable<Integer> {
        @ParentCommand
        MirrorCommand mirror;

        @Parameters(paramLabel = "NAME|URL", arity = "0..*", descriptionKey = "mirror.probe.names", description = "Mirrors to probe (default: all built-in ones).")
        List<String> names = new ArrayList<>();

        @Option(names = "--branch", paramLabel = "vX.Y|edge", description = "Branch whose index to fetch (default: the system's).")
        String branch;

        @Override
        public Integer call() {
            try {
                MirrorService svc = mirror.service();
                List<Mirror> targets = new ArrayList<>();
                for (String n : names) {
                    String base = mirror.resolve(n, svc);
                    targets.add(Mirrors.byName(n).orElse(new Mirror(n, "", base)));
                }
                if (targets.isEmpty()) {
                    targets.addAll(Mirrors.ALL);
                }
                String b = branch != null ? AlpineRelease.parseOption(branch)
                        .orElseThrow(() -> AlpfaqException.usage(mirror.root.messages().get("mirror.err.branch", "--branch " + branch)))
                        : svc.currentBranch().orElse("latest-stable");
                String arch = mirror.arch();
                List<Prober.Result> results = new Prober(Duration.ofMillis(mirror.timeoutMillis)).probe(targets, b, arch);
                mirror.root.out().print(mirror.view().probe(results, b, arch, mirror.root.json));
                return results.stream().anyMatch(Prober.Result::ok) ? ExitCodes.OK : ExitCodes.NOT_FOUND;
            } catch (MirrorException e) {
                throw mirror.map(e);
            }
        }
    }
}
