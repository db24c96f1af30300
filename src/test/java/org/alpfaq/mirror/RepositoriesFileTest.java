package org.alpfaq.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RepositoriesFileTest {
    static final String TUNA = "https://mirrors.tuna.tsinghua.edu.cn/alpine/";

    static String set(String text, String base) {
        return RepositoriesFile.parse(text).withMirror(base).print();
    }

    @Test
    void switchesEveryMirrorLineKeepingTheRest() {
        String before = "#/media/cdrom/apks\n"
                + "http://dl-cdn.alpinelinux.org/alpine/v3.20/main\n"
                + "http://dl-cdn.alpinelinux.org/alpine/v3.20/community\n"
                + "#http://dl-cdn.alpinelinux.org/alpine/edge/testing\n"
                + "@edge https://dl-cdn.alpinelinux.org/alpine/edge/community\n"
                + "/media/usb/apks\n"
                + "# keep me\n"
                + "\n"
                + "https://mirror.math.princeton.edu/pub/alpinelinux/latest-stable/main\n";
        String after = "#/media/cdrom/apks\n"
                + TUNA + "v3.20/main\n"
                + TUNA + "v3.20/community\n"
                + "#" + TUNA + "edge/testing\n"
                + "@edge " + TUNA + "edge/community\n"
                + "/media/usb/apks\n"
                + "# keep me\n"
                + "\n"
                + TUNA + "latest-stable/main\n";
        assertEquals(after, set(before, TUNA));
    }

    @Test
    void secondRunChangesNothing() {
        String once = set("http://dl-cdn.alpinelinux.org/alpine/v3.19/main\n", TUNA);
        assertEquals(once, set(once, TUNA));
    }

    @Test
    void switchingAfterAnEarlierSwitchStillWorks() {
        // The sed recipe of mirror help pages only replaces dl-cdn and silently does nothing here.
        String ustc = set("https://mirrors.ustc.edu.cn/alpine/v3.20/main\n", TUNA);
        assertEquals(TUNA + "v3.20/main\n", ustc);
    }

    @Test
    void neverLeavesDuplicateLines() {
        String before = "https://dl-cdn.alpinelinux.org/alpine/v3.20/main\nhttps://mirrors.ustc.edu.cn/alpine/v3.20/main\n";
        assertEquals(TUNA + "v3.20/main\n", set(before, TUNA));
    }

    @Test
    void oddBytesOfUntouchedLinesAreKept() {
        String before = "\t# tab comment  \r\nweird line with spaces   \r\nhttps://dl-cdn.alpinelinux.org/alpine/v3.20/main  \r\n";
        String after = "\t# tab comment  \r\nweird line with spaces   \r\n" + TUNA + "v3.20/main  \r\n";
        assertEquals(after, set(before, TUNA));
    }

    @Test
    void apkToolsThreeSyntaxKeepsComponents() {
        String before = "v3 https://dl-cdn.alpinelinux.org/alpine/edge main community\n";
        assertEquals("v3 " + TUNA + "edge main community\n", set(before, TUNA));
    }

    @Test
    void thirdPartyRepositoryIsLeftAlone() {
        String before = "https://packages.example.com/custom/repo\n@local /home/me/packages/main\n";
        assertEquals(before, set(before, TUNA));
    }

    @Test
    void emptyFileGetsMainAndCommunity() {
        RepositoriesFile f = RepositoriesFile.parse("# nothing yet");
        assertTrue(f.hasNoRepository());
        assertEquals("# nothing yet\n" + TUNA + "v3.20/main\n" + TUNA + "v3.20/community\n",
                f.withDefaultRepositories(TUNA, "v3.20").print());
    }

    @Test
    void branchIsReadFromTheFirstEnabledMainLine() {
        assertEquals("edge", RepositoriesFile.parse("#https://x/alpine/v3.1/main\nhttps://x/alpine/edge/main\n").branch().orElse(null));
    }

    @Test
    void releaseMapsToBranch() {
        assertEquals("v3.20", AlpineRelease.branch("3.20.3\n"));
        assertEquals("edge", AlpineRelease.branch("3.21_alpha20240807"));
        assertEquals("edge", AlpineRelease.branch("3.19.0_git20231201"));
        assertEquals("v3.18", AlpineRelease.parseOption("3.18").orElse(null));
        assertTrue(AlpineRelease.parseOption("3").isEmpty());
    }

    @Property(tries = 400)
    void parsePrintRoundTrips(@ForAll("repositoryFiles") String text) {
        assertEquals(text, RepositoriesFile.parse(text).print());
    }

    @Property(tries = 300)
    void setIsIdempotent(@ForAll("repositoryFiles") String text) {
        String once = set(text, TUNA);
        assertEquals(once, set(once, TUNA));
    }

    @Provide
    Arbitrary<String> repositoryFiles() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.of("https://dl-cdn.alpinelinux.org/alpine/v3.20/main", "#http://dl-cdn.alpinelinux.org/alpine/edge/testing",
                        "@edge https://mirrors.ustc.edu.cn/alpine/edge/community", "/media/cdrom/apks", "", "# comment",
                        "v3 https://dl-cdn.alpinelinux.org/alpine/edge main community", "\t  ", "https://x.example/repo"),
                Arbitraries.strings().ofMaxLength(40));
        Arbitrary<String> eol = Arbitraries.of("\n", "\r\n", "\r", "");
        return net.jqwik.api.Combinators.combine(line, eol).as((l, e) -> l + e).list().ofMaxSize(12).map(ls -> String.join("", ls));
    }
}
