package org.alpfaq.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** explain's Markdown on a terminal: tables never run past the width, code is never wrapped. */
class TerminalMarkdownTest {
    static String render(String md, int width) {
        return new TerminalMarkdown(Theme.plain(), width).render(md);
    }

    static void fits(String out, int width) {
        for (String l : out.split("\n")) {
            assertTrue(Width.of(l) <= width, "wider than " + width + ": '" + l + "' in\n" + out);
        }
    }

    static final String WIDE = """
            | line under a name | meaning | entry |
            | --- | --- | --- |
            | `foo (no such package):` + `required by: world[foo]` | no enabled repository has `foo` | apk-no-such-package |
            | `breaks: world[foo=1.2-r0]` | your version pin is no longer available | apk-pinned-version-unavailable |
            """;

    @Test
    void tableThatFitsIsAlignedAsBefore() {
        String md = "| flavour | for |\n| --- | --- |\n| lts | real hardware |\n| virt | virtual machines |\n";
        assertEquals("""
                flavour  for
                -------  ----------------
                lts      real hardware
                virt     virtual machines
                """, render(md, 80));
    }

    @Test
    void wideTableWrapsCellsWithinTheirColumns() {
        String out = render(WIDE, 80);
        fits(out, 80);
        assertEquals("""
                line under a name        meaning                  entry
                -----------------------  -----------------------  ------------------------------
                `foo (no such            no enabled repository    apk-no-such-package
                package):` + `required   has `foo`
                by: world[foo]`

                `breaks:                 your version pin is no   apk-pinned-version-unavailable
                world[foo=1.2-r0]`       longer available
                """, out);
    }

    @Test
    void chineseCellsCountDoubleWidth() {
        String md = """
                | 名称下面的行 | 含义 | 条目 |
                | --- | --- | --- |
                | `so:libX.so.N (no such package):` | 依赖的共享库缺失，需要安装提供它的软件包 | apk-missing-so-dependency |
                | `masked in: @edge` | 软件包只在带标签的仓库里，普通安装看不到它 | apk-install-from-edge |
                """;
        String out = render(md, 72);
        fits(out, 72);
        assertTrue(out.lines().anyMatch(l -> l.contains("依赖的共享") && !l.contains("软件包")), "the Chinese cell is wrapped: " + out);
        assertTrue(out.contains("apk-missing-so-dependency"), out);
    }

    @Test
    void tableTooNarrowForItsWordsIsShownRowByRow() {
        String out = render(WIDE, 40);
        fits(out, 40);
        assertTrue(out.startsWith("""
                line under a name
                  `foo (no such package):` + `required
                  by: world[foo]`
                meaning
                  no enabled repository has `foo`
                entry
                  apk-no-such-package

                line under a name
                """), out);
    }

    @Test
    void aWordLongerThanTheWholeWidthIsCutRatherThanOverflowing() {
        String md = "| url |\n| --- |\n| https://gitlab.alpinelinux.org/alpine/aports/-/blob/master/main/linux-lts/APKBUILD |\n";
        String out = render(md, 30);
        fits(out, 30);
        assertTrue(out.replace("\n  ", "").contains("linux-lts/APKBUILD"), out);
    }

    @Test
    void codeBlocksAreNeverWrapped() {
        String cmd = "apk add --no-cache --repository https://dl-cdn.alpinelinux.org/alpine/edge/testing some-package";
        String out = render("Run:\n\n```sh\n" + cmd + "\n```\n\n" + WIDE, 40);
        assertTrue(out.contains("    " + cmd + "\n"), out);
    }

    @Test
    void tableInAListItemFitsBesideTheMarker() {
        String out = render("1. Compare:\n\n" + WIDE.indent(3), 80);
        fits(out, 80);
    }

    /** A colour cut across lines would run on into the padding and the next column. */
    @Test
    void colouredCellsEndEachLineWithAReset() {
        Theme colour = new Theme(true);
        List<String> lines = Wrap.fit(colour.code("apk add linux-firmware-any"), 12);
        assertTrue(lines.size() > 1, lines.toString());
        for (String l : lines) {
            assertTrue(Width.of(l) <= 12, l);
            assertTrue(l.startsWith("\u001B["), "the style is opened again: " + l);
            assertTrue(l.endsWith(Wrap.RESET) || l.endsWith("\u001B[m"), "and closed: " + l);
        }
        fits(new TerminalMarkdown(colour, 50).render(WIDE), 50);
    }

    @Test
    void columnsKeepNarrowOnesAndShareTheRest() {
        assertArrayEquals(new int[] {5, 20}, TerminalMarkdown.columns(new int[] {5, 20}, new int[] {5, 9}, 40));
        assertArrayEquals(new int[] {5, 15}, TerminalMarkdown.columns(new int[] {5, 40}, new int[] {5, 9}, 20));
        assertArrayEquals(new int[] {15, 15}, TerminalMarkdown.columns(new int[] {40, 40}, new int[] {9, 9}, 30));
        assertArrayEquals(new int[] {20, 10}, TerminalMarkdown.columns(new int[] {40, 40}, new int[] {20, 3}, 30));
        assertNull(TerminalMarkdown.columns(new int[] {40, 40}, new int[] {25, 9}, 30));
    }

    /** Every table of the bundled base, in both languages, stays within the common widths. */
    @Test
    void everyBundledTableFits() throws Exception {
        List<String> tables = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("kb"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                StringBuilder t = new StringBuilder();
                for (String l : Files.readAllLines(f)) {
                    if (l.startsWith("|")) {
                        t.append(l).append('\n');
                    } else if (t.length() > 0) {
                        tables.add(t.toString());
                        t.setLength(0);
                    }
                }
            }
        }
        assertTrue(tables.size() >= 10, "tables found: " + tables.size());
        for (String table : tables) {
            for (int width : new int[] {20, 40, 60, 80, 100}) {
                fits(render(table, width), width);
            }
        }
    }
}
