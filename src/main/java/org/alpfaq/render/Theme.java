package org.alpfaq.render;

import org.jline.jansi.Ansi;

/**
 * The one place that knows colours. With colour off every method returns its text unchanged, so
 * renderers never test for colour themselves.
 */
public final class Theme {
    private final boolean on;

    public Theme(boolean on) {
        this.on = on;
    }

    public static Theme plain() {
        return new Theme(false);
    }

    public boolean on() {
        return on;
    }

    private String fg(String s, Ansi.Color c, boolean bright, boolean bold) {
        if (!on || s.isEmpty()) {
            return s;
        }
        Ansi a = new Ansi();
        if (bold) {
            a.bold();
        }
        a = bright ? a.fgBright(c) : a.fg(c);
        return a.a(s).reset().toString();
    }

    public String heading(String s) {
        return fg(s, Ansi.Color.CYAN, true, true);
    }

    public String title(String s) {
        return fg(s, Ansi.Color.YELLOW, true, true);
    }

    public String bold(String s) {
        if (!on || s.isEmpty()) {
            return s;
        }
        return new Ansi().bold().a(s).reset().toString();
    }

    public String dim(String s) {
        if (!on || s.isEmpty()) {
            return s;
        }
        return new Ansi().a(Ansi.Attribute.INTENSITY_FAINT).a(s).reset().toString();
    }

    public String code(String s) {
        return fg(s, Ansi.Color.GREEN, false, false);
    }

    public String comment(String s) {
        return dim(s);
    }

    public String placeholder(String s) {
        return fg(s, Ansi.Color.MAGENTA, true, true);
    }

    public String match(String s) {
        return fg(s, Ansi.Color.RED, true, true);
    }

    public String error(String s) {
        return fg(s, Ansi.Color.RED, true, true);
    }

    public String warn(String s) {
        return fg(s, Ansi.Color.YELLOW, false, false);
    }

    public String ok(String s) {
        return fg(s, Ansi.Color.GREEN, true, false);
    }

    public String link(String s) {
        return fg(s, Ansi.Color.BLUE, true, false);
    }
}
