package org.alpfaq.doctor;

import static org.alpfaq.doctor.Check.ok;
import static org.alpfaq.doctor.Check.problem;
import static org.alpfaq.doctor.Check.skipped;
import static org.alpfaq.doctor.Check.warning;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alpfaq.mirror.AlpineRelease;
import org.alpfaq.mirror.RepositoriesFile;

/**
 * Every check of {@code doctor}, in the order they are reported. Adding a check is adding one
 * entry to {@link #ALL}: an id, the knowledge-base entry it points to, and a function of the system.
 */
public final class Checks {
    private Checks() {}

    private record Simple(String id, java.util.function.Function<SystemView, List<Check.Result>> body) implements Check {
        @Override
        public List<Result> run(SystemView system) {
            return body.apply(system);
        }
    }

    public static final List<Check> ALL = List.of(
            new Simple("release-branch", Checks::releaseBranch),
            new Simple("repositories", Checks::repositories),
            new Simple("kernel-modules", Checks::kernelModules),
            new Simple("apk-new-files", Checks::apkNew),
            new Simple("serial-console", Checks::serialConsole),
            new Simple("dmesg-restrict", Checks::dmesgRestrict),
            new Simple("ca-certificates", Checks::caCertificates),
            new Simple("tzdata", Checks::tzdata),
            new Simple("glibc-binaries", Checks::glibcBinaries));

    static List<RepositoriesFile.Repo> enabledRepos(SystemView s) {
        List<RepositoriesFile.Repo> out = new ArrayList<>();
        List<String> files = new ArrayList<>(List.of("/etc/apk/repositories"));
        s.files("/etc/apk/repositories.d", 1).stream().map(Path::getFileName).map(Path::toString)
                .filter(n -> n.endsWith(".list")).sorted().forEach(n -> files.add("/etc/apk/repositories.d/" + n));
        for (String f : files) {
            s.read(f).ifPresent(text -> RepositoriesFile.parse(text).lines().stream()
                    .map(RepositoriesFile.Line::repo).flatMap(Optional::stream)
                    .filter(r -> !r.commented()).forEach(out::add));
        }
        return out;
    }

    static List<Check.Result> releaseBranch(SystemView s) {
        String id = "release-branch";
        Optional<String> release = s.read("/etc/alpine-release").map(String::trim);
        if (release.isEmpty()) {
            return List.of(skipped(id, null, "doctor.not-alpine-release"));
        }
        String installed = AlpineRelease.branch(release.get());
        List<RepositoriesFile.Repo> repos = enabledRepos(s);
        Set<String> untagged = new LinkedHashSet<>();
        for (RepositoriesFile.Repo r : repos) {
            if (r.branch() != null && r.tag() == null) {
                untagged.add(r.branch());
            }
        }
        List<Check.Result> out = new ArrayList<>();
        if (untagged.contains("edge") && untagged.size() > 1) {
            out.add(problem(id, "apk-install-from-edge", "doctor.edge-mixed", String.join(", ", untagged)));
        } else if (!installed.equals("edge") && untagged.contains("edge")) {
            out.add(problem(id, "upgrade-notes", "doctor.edge-on-stable", release.get(), installed));
        }
        for (String b : untagged) {
            if (b.startsWith("v") && !b.equals(installed) && !installed.equals("edge")) {
                out.add(problem(id, "upgrade-notes", "doctor.branch-mismatch", release.get(), b));
            }
        }
        if (out.isEmpty()) {
            out.add(ok(id, "upgrade-notes", "doctor.branch-ok", release.get(), untagged.isEmpty() ? "-" : String.join(", ", untagged)));
        }
        return out;
    }

    static List<Check.Result> repositories(SystemView s) {
        String id = "repositories";
        if (!s.exists("/etc/apk/repositories")) {
            return List.of(s.exists("/etc/alpine-release")
                    ? problem(id, "mirrors", "doctor.repos-missing")
                    : skipped(id, null, "doctor.no-repos-file"));
        }
        List<RepositoriesFile.Repo> repos = enabledRepos(s);
        List<Check.Result> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RepositoriesFile.Repo r : repos) {
            String key = (r.tag() == null ? "" : r.tag() + " ") + r.url().replaceAll("/+$", "");
            if (!seen.add(key)) {
                out.add(warning(id, "mirrors", "doctor.repo-duplicate", key));
            }
        }
        List<String> http = repos.stream().map(RepositoriesFile.Repo::url).filter(u -> u.startsWith("http://")).toList();
        if (!http.isEmpty()) {
            out.add(warning(id, "mirrors", "doctor.repo-http", http.size()));
        }
        boolean main = repos.stream().anyMatch(r -> r.tag() == null && "main".equals(r.component()));
        boolean community = repos.stream().anyMatch(r -> r.tag() == null && r.component() != null && r.component().contains("community"));
        if (main && !community) {
            out.add(warning(id, "mirrors", "doctor.no-community"));
        }
        if (repos.isEmpty()) {
            out.add(problem(id, "mirrors", "doctor.no-repo-enabled"));
        }
        if (out.isEmpty()) {
            out.add(ok(id, "mirrors", "doctor.repos-ok", repos.size()));
        }
        return out;
    }

    private static final Pattern FLAVOR = Pattern.compile("linux-(lts|virt|stable|edge|rpi|rpi4|rpi2|gru|elm|hardened|vanilla)");

    static List<Check.Result> kernelModules(SystemView s) {
        String id = "kernel-modules";
        if (!s.exists("/etc/alpine-release")) {
            return List.of(skipped(id, null, "doctor.not-alpine"));
        }
        List<String> flavors = s.packages().stream().filter(p -> FLAVOR.matcher(p).matches()).toList();
        String installed = flavors.isEmpty() ? "-" : String.join(", ", flavors);
        Optional<String> running = s.kernelRelease();
        if (running.isEmpty()) {
            return List.of(ok(id, "kernel-flavors", s.live() ? "doctor.kernel-installed" : "doctor.kernel-installed-root", installed));
        }
        String rel = running.get();
        String flavor = rel.contains("-") ? rel.substring(rel.lastIndexOf('-') + 1) : "?";
        if (flavors.isEmpty()) {
            return List.of(ok(id, "kernel-flavors", "doctor.kernel-container", rel, installed));
        }
        if (!s.exists("/lib/modules/" + rel)) {
            return List.of(problem(id, "kernel-modules-missing", "doctor.modules-missing", rel));
        }
        return List.of(ok(id, "kernel-flavors", "doctor.kernel-ok", rel, flavor, installed));
    }

    static List<Check.Result> apkNew(SystemView s) {
        String id = "apk-new-files";
        List<String> found = s.files("/etc", 6).stream().map(p -> "/" + s.path("/").relativize(p))
                .filter(p -> p.endsWith(".apk-new")).sorted().toList();
        if (found.isEmpty()) {
            return List.of(ok(id, "apk-new-files", "doctor.apk-new-none"));
        }
        return List.of(warning(id, "apk-new-files", "doctor.apk-new",
                found.size(), String.join(", ", found.subList(0, Math.min(5, found.size()))) + (found.size() > 5 ? ", ..." : "")));
    }

    private static final Pattern GETTY = Pattern.compile("^([^#:][^:]*)::respawn:\\S*getty\\b.*?\\b((?:tty|hvc|ttyS|ttyAMA|ttyUSB|console)[\\w]*)\\b.*$");

    static List<Check.Result> serialConsole(SystemView s) {
        String id = "serial-console";
        Optional<String> inittab = s.read("/etc/inittab");
        if (inittab.isEmpty()) {
            return List.of(skipped(id, null, "doctor.no-inittab"));
        }
        List<String> ttys = new ArrayList<>();
        for (String line : inittab.get().split("\n")) {
            Matcher m = GETTY.matcher(line.trim());
            if (m.matches()) {
                ttys.add(m.group(2));
            }
        }
        List<Check.Result> out = new ArrayList<>();
        boolean devKnown = s.exists("/dev/console") || s.exists("/dev/tty1") || s.exists("/dev/null");
        for (String t : ttys) {
            if (devKnown && !s.exists("/dev/" + t)) {
                out.add(warning(id, "getty-respawn", "doctor.getty-missing-tty", t));
            }
        }
        Optional<String> securetty = s.read("/etc/securetty");
        if (securetty.isPresent()) {
            Set<String> allowed = new HashSet<>(securetty.get().lines().map(String::trim).toList());
            for (String t : ttys) {
                if (t.startsWith("tty") && !t.matches("tty\\d+") && !allowed.contains(t)) {
                    out.add(warning(id, "login-incorrect", "doctor.securetty", t));
                }
            }
        }
        if (out.isEmpty()) {
            out.add(ttys.isEmpty() ? ok(id, "no-login-prompt", "doctor.no-getty")
                    : ok(id, "no-login-prompt", "doctor.getty-ok", String.join(", ", ttys)));
        }
        return out;
    }

    static List<Check.Result> dmesgRestrict(SystemView s) {
        String id = "dmesg-restrict";
        Optional<String> v = s.sysctl("kernel.dmesg_restrict");
        if (v.isEmpty()) {
            return List.of(skipped(id, "dmesg-restricted", "doctor.dmesg-unknown"));
        }
        return List.of(v.get().equals("1")
                ? warning(id, "dmesg-restricted", "doctor.dmesg-restricted")
                : ok(id, "dmesg-restricted", "doctor.dmesg-open", v.get()));
    }

    static List<Check.Result> caCertificates(SystemView s) {
        String id = "ca-certificates";
        if (s.exists("/etc/ssl/certs/ca-certificates.crt")) {
            return List.of(ok(id, "tls-cert-verify-failed", "doctor.ca-ok"));
        }
        if (!s.exists("/etc/alpine-release")) {
            return List.of(skipped(id, null, "doctor.not-alpine"));
        }
        return List.of(problem(id, "tls-cert-verify-failed", "doctor.ca-missing"));
    }

    static List<Check.Result> tzdata(SystemView s) {
        String id = "tzdata";
        if (!s.exists("/etc/alpine-release")) {
            return List.of(skipped(id, null, "doctor.not-alpine"));
        }
        Optional<String> tz = s.env("TZ").or(() -> s.read("/etc/timezone").map(String::trim).filter(x -> !x.isEmpty()));
        if (tz.isEmpty()) {
            return List.of(ok(id, "tzdata-missing", s.exists("/etc/localtime") ? "doctor.tz-unset" : "doctor.tz-unset-utc"));
        }
        String zone = tz.get().startsWith(":") ? tz.get().substring(1) : tz.get();
        if (zone.equals("UTC") || zone.matches("[A-Z]{3,5}[-+]?\\d.*") || zone.startsWith("/")) {
            return List.of(ok(id, "tzdata-missing", "doctor.tz-no-file", zone));
        }
        if (s.exists("/usr/share/zoneinfo/" + zone)) {
            return List.of(ok(id, "tzdata-missing", "doctor.tz-ok", zone));
        }
        return List.of(problem(id, "tzdata-missing", "doctor.tz-missing", zone));
    }

    static List<Check.Result> glibcBinaries(SystemView s) {
        String id = "glibc-binaries";
        if (!s.exists("/etc/alpine-release")) {
            return List.of(skipped(id, null, "doctor.not-alpine-glibc"));
        }
        List<String> glibc = new ArrayList<>();
        for (String dir : new String[] {"/usr/local/bin", "/usr/local/sbin", "/opt", "/usr/bin", "/root/bin"}) {
            for (Path p : s.files(dir, dir.equals("/opt") ? 4 : 1)) {
                Optional<String> interp = SystemView.interpreter(p);
                if (interp.isPresent() && interp.get().contains("ld-linux")) {
                    glibc.add("/" + s.path("/").relativize(p));
                }
            }
        }
        if (glibc.isEmpty()) {
            return List.of(ok(id, "glibc-binary-on-musl", "doctor.glibc-none"));
        }
        Set<String> pkgs = s.packages();
        String sample = String.join(", ", glibc.subList(0, Math.min(3, glibc.size()))) + (glibc.size() > 3 ? ", ..." : "");
        if (pkgs.contains("gcompat") || pkgs.contains("libc6-compat")) {
            return List.of(ok(id, "glibc-compat", "doctor.glibc-compat", glibc.size(), sample));
        }
        return List.of(problem(id, "glibc-binary-on-musl", "doctor.glibc-missing", glibc.size(), sample));
    }
}
