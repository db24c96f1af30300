package org.alpfaq.render;

import org.alpfaq.i18n.Messages;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.alpfaq.doctor.Check;
import org.alpfaq.doctor.Doctor;

/** The doctor's report, for people and for scripts. */
public final class DoctorView {
    private final Theme theme;
    private final int width;
    private final Messages msg;

    public DoctorView(Theme theme, int width, Messages msg) {
        this.theme = theme;
        this.width = width;
        this.msg = msg;
    }

    /** A result's message in the user's language. */
    public String message(Check.Result r) {
        return msg.get(r.key(), r.args().toArray());
    }

    public String text(Doctor.Report report) {
        StringBuilder sb = new StringBuilder();
        int problems = 0;
        int warnings = 0;
        for (Check.Result r : report.results()) {
            String mark = switch (r.status()) {
                case OK -> theme.ok("[ ok ]");
                case WARNING -> theme.warn("[warn]");
                case PROBLEM -> theme.error("[FAIL]");
                case SKIPPED -> theme.dim("[skip]");
            };
            problems += r.status() == Check.Status.PROBLEM ? 1 : 0;
            warnings += r.status() == Check.Status.WARNING ? 1 : 0;
            String head = mark + " " + theme.bold(r.id()) + ": ";
            java.util.List<String> lines = Wrap.lines(message(r), width - 9);
            sb.append(head).append(lines.get(0)).append('\n');
            for (int i = 1; i < lines.size(); i++) {
                sb.append("         ").append(lines.get(i)).append('\n');
            }
            if (r.entry() != null && r.status() != Check.Status.OK && r.status() != Check.Status.SKIPPED) {
                sb.append("         ").append(theme.dim("-> alpfaq explain " + r.entry())).append('\n');
            }
        }
        if (!report.unreadable().isEmpty()) {
            sb.append(theme.dim(msg.get("doctor.unreadable", String.join(", ", report.unreadable())))).append('\n');
        }
        sb.append(msg.get("doctor.summary", problems, warnings)).append('\n');
        return sb.toString();
    }

    public String json(Doctor.Report report) {
        ObjectNode root = Json.object();
        ArrayNode checks = root.putArray("checks");
        for (Check.Result r : report.results()) {
            ObjectNode o = checks.addObject();
            o.put("id", r.id());
            o.put("status", r.status().name().toLowerCase(Locale.ROOT));
            if (r.entry() == null) {
                o.putNull("entry");
            } else {
                o.put("entry", r.entry());
            }
            o.put("message", message(r));
        }
        ArrayNode un = root.putArray("unreadable");
        report.unreadable().forEach(un::add);
        return Json.write(root);
    }
}
