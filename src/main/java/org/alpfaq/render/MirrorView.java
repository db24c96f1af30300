package org.alpfaq.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.alpfaq.i18n.Messages;
import java.util.Optional;
import org.alpfaq.mirror.Mirror;
import org.alpfaq.mirror.MirrorService;
import org.alpfaq.mirror.Mirrors;
import org.alpfaq.mirror.Prober;
import org.alpfaq.mirror.RepositoriesFile;

/** Text and JSON for the mirror commands. */
public final class MirrorView {
    private final Theme theme;
    private final Messages msg;

    public MirrorView(Theme theme, Messages msg) {
        this.theme = theme;
        this.msg = msg;
    }

    private static String write(Object node) {
        return Json.write(node);
    }

    public String list(List<Mirror> mirrors, boolean json) {
        if (json) {
            ObjectNode root = Json.object();
            ArrayNode arr = root.putArray("mirrors");
            mirrors.forEach(m -> arr.addObject().put("name", m.name()).put("location", m.location()).put("url", m.url()));
            return write(root);
        }
        int nw = mirrors.stream().mapToInt(m -> m.name().length()).max().orElse(4);
        int lw = mirrors.stream().mapToInt(m -> Width.of(m.location())).max().orElse(8);
        StringBuilder sb = new StringBuilder();
        for (Mirror m : mirrors) {
            sb.append(theme.bold(Wrap.pad(m.name(), nw))).append("  ")
                    .append(Wrap.pad(m.location(), lw)).append("  ").append(m.url()).append('\n');
        }
        return sb.toString();
    }

    public String show(List<MirrorService.Source> sources, boolean json) {
        ObjectNode root = Json.object();
        ArrayNode files = root.putArray("files");
        StringBuilder sb = new StringBuilder();
        for (MirrorService.Source s : sources) {
            ObjectNode f = files.addObject();
            f.put("path", s.path().toString());
            f.put("exists", s.exists());
            ArrayNode repos = f.putArray("repositories");
            sb.append(theme.heading(s.path().toString())).append(s.exists() ? "" : "  " + msg.get("mirror.show.missing")).append('\n');
            int n = 0;
            for (RepositoriesFile.Line l : s.content().lines()) {
                n++;
                Optional<RepositoriesFile.Repo> r = l.repo();
                if (r.isEmpty()) {
                    continue;
                }
                RepositoriesFile.Repo repo = r.get();
                String mirror = repo.isLocal() ? "local" : repo.base() == null ? "other"
                        : Mirrors.byBase(repo.base()).map(Mirror::name).orElse(repo.base());
                ObjectNode o = repos.addObject();
                o.put("line", n);
                o.put("enabled", !repo.commented());
                o.put("mirror", mirror);
                o.put("url", repo.url());
                o.put("branch", repo.branch());
                o.put("component", repo.component());
                o.put("tag", repo.tag());
                sb.append(String.format("  %3d  %-8s  %-10s  %-14s  %-10s  %s%n", n,
                        msg.get(repo.commented() ? "mirror.show.disabled" : "mirror.show.enabled"),
                        mirror,
                        repo.branch() == null ? "-" : repo.branch(),
                        repo.component() == null ? "-" : repo.component(),
                        repo.tag() == null ? "" : repo.tag()));
            }
            if (n == 0 || repos.isEmpty()) {
                sb.append("  ").append(msg.get("mirror.show.none")).append('\n');
            }
        }
        return json ? write(root) : sb.toString();
    }

    public String probe(List<Prober.Result> results, String branch, String arch, boolean json) {
        if (json) {
            ObjectNode root = Json.object();
            root.put("branch", branch);
            root.put("arch", arch);
            ArrayNode arr = root.putArray("results");
            for (Prober.Result r : results) {
                ObjectNode o = arr.addObject().put("name", r.name()).put("url", r.base()).put("ok", r.ok());
                if (r.ok()) {
                    o.put("millis", r.millis());
                } else {
                    // error stays English for logs and scripts; reason (and status) is what to test.
                    o.put("error", r.error()).put("reason", r.failure().code());
                    if (r.status() > 0) {
                        o.put("status", r.status());
                    }
                }
            }
            return write(root);
        }
        StringBuilder sb = new StringBuilder();
        int nw = results.stream().mapToInt(r -> r.name().length()).max().orElse(4);
        int rank = 0;
        for (Prober.Result r : results) {
            String when = r.ok() ? theme.ok(String.format("%6d ms", r.millis())) : theme.error(r.error(msg));
            sb.append(String.format("%3s  ", r.ok() ? ++rank + "." : "-")).append(Wrap.pad(r.name(), nw)).append("  ")
                    .append(when).append("  ").append(theme.dim(r.base())).append('\n');
        }
        return sb.toString();
    }
}
