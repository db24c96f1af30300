package org.alpfaq.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each check against fixture roots made here, one healthy and one broken; never the host's /etc. */
class DoctorTest {
    @TempDir
    Path root;

    static final String CDN = "https://dl-cdn.alpinelinux.org/alpine/";

    void write(String path, String text) throws Exception {
        Path p = root.resolve(path.substring(1));
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @BeforeEach
    void healthy() throws Exception {
        write("/etc/alpine-release", "3.20.3\n");
        write("/etc/apk/repositories", CDN + "v3.20/main\n" + CDN + "v3.20/community\n");
        write("/lib/apk/db/installed", "C:Q1x\nP:musl\nV:1.2.5-r0\n\nP:ca-certificates-bundle\n");
        write("/etc/ssl/certs/ca-certificates.crt", "-----BEGIN CERTIFICATE-----\n");
        write("/etc/inittab", "::sysinit:/sbin/openrc sysinit\nttyS0::respawn:/sbin/getty -L ttyS0 115200 vt100\n");
        write("/etc/securetty", "console\nttyS0\n");
        write("/dev/ttyS0", "");
        write("/dev/null", "");
    }

    List<Check.Result> check(String id) {
        return Checks.ALL.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow()
                .run(new SystemView(root, Map.of()));
    }

    Check.Status status(String id) {
        return check(id).stream().map(Check.Result::status).max(Enum::compareTo).orElseThrow();
    }

    @Test
    void healthySystemHasNoProblem() {
        Doctor.Report r = Doctor.run(new SystemView(root, Map.of()), Checks.ALL);
        assertTrue(r.results().stream().noneMatch(x -> x.status() == Check.Status.PROBLEM || x.status() == Check.Status.WARNING), r.toString());
    }

    @Test
    void repositoriesForAnotherReleaseIsAHalfDoneUpgrade() throws Exception {
        write("/etc/apk/repositories", CDN + "v3.19/main\n" + CDN + "v3.19/community\n");
        assertEquals(Check.Status.PROBLEM, status("release-branch"));
        assertEquals("upgrade-notes", check("release-branch").get(0).entry());
    }

    @Test
    void stableMixedWithUntaggedEdgeIsAProblem() throws Exception {
        write("/etc/apk/repositories", CDN + "v3.20/main\n" + CDN + "edge/main\n");
        assertEquals(Check.Status.PROBLEM, status("release-branch"));
        write("/etc/apk/repositories", CDN + "v3.20/main\n@edge " + CDN + "edge/main\n" + CDN + "v3.20/community\n");
        assertEquals(Check.Status.OK, status("release-branch"));
    }

    @Test
    void duplicatesHttpAndMissingCommunityWarn() throws Exception {
        write("/etc/apk/repositories", "http://dl-cdn.alpinelinux.org/alpine/v3.20/main\nhttp://dl-cdn.alpinelinux.org/alpine/v3.20/main\n");
        List<Check.Result> r = check("repositories");
        assertEquals(3, r.size(), r.toString());
        assertTrue(r.stream().allMatch(x -> x.status() == Check.Status.WARNING));
    }

    @Test
    void missingRepositoriesFileIsAProblem() throws Exception {
        Files.delete(root.resolve("etc/apk/repositories"));
        assertEquals(Check.Status.PROBLEM, status("repositories"));
    }

    @Test
    void apkNewFilesWarn() throws Exception {
        assertEquals(Check.Status.OK, status("apk-new-files"));
        write("/etc/conf.d/k3s.apk-new", "x");
        assertEquals(Check.Status.WARNING, status("apk-new-files"));
        assertTrue(check("apk-new-files").get(0).args().get(1).contains("/etc/conf.d/k3s.apk-new"));
    }

    @Test
    void gettyOnMissingTtyAndMissingSecurettyWarn() throws Exception {
        write("/etc/inittab", "ttyAMA0::respawn:/sbin/getty -L ttyAMA0 115200 vt100\n");
        List<Check.Result> r = check("serial-console");
        assertEquals(List.of("getty-respawn", "login-incorrect"), r.stream().map(Check.Result::entry).toList());
    }

    @Test
    void missingCaBundleIsAProblem() throws Exception {
        Files.delete(root.resolve("etc/ssl/certs/ca-certificates.crt"));
        assertEquals(Check.Status.PROBLEM, status("ca-certificates"));
    }

    @Test
    void timeZoneWithoutTzdataIsAProblem() throws Exception {
        assertEquals(Check.Status.OK, status("tzdata"));
        List<Check.Result> r = Checks.ALL.stream().filter(c -> c.id().equals("tzdata")).findFirst().orElseThrow()
                .run(new SystemView(root, Map.of("TZ", "Asia/Shanghai")));
        assertEquals(Check.Status.PROBLEM, r.get(0).status());
        write("/usr/share/zoneinfo/Asia/Shanghai", "TZif");
        r = Checks.ALL.stream().filter(c -> c.id().equals("tzdata")).findFirst().orElseThrow()
                .run(new SystemView(root, Map.of("TZ", "Asia/Shanghai")));
        assertEquals(Check.Status.OK, r.get(0).status());
    }

    @Test
    void dmesgRestrictFromImageProc() throws Exception {
        write("/proc/sys/kernel/dmesg_restrict", "1\n");
        assertEquals(Check.Status.WARNING, status("dmesg-restrict"));
        write("/proc/sys/kernel/dmesg_restrict", "0\n");
        assertEquals(Check.Status.OK, status("dmesg-restrict"));
    }

    @Test
    void glibcProgramWithoutCompatIsAProblem() throws Exception {
        assertEquals(Check.Status.OK, status("glibc-binaries"));
        Path bin = root.resolve("usr/local/bin/tool");
        Files.createDirectories(bin.getParent());
        Files.write(bin, elfWithInterpreter("/lib64/ld-linux-x86-64.so.2"));
        assertEquals(Check.Status.PROBLEM, status("glibc-binaries"));
        write("/lib/apk/db/installed", "P:musl\n\nP:gcompat\n");
        assertEquals(Check.Status.OK, status("glibc-binaries"));
    }

    @Test
    void kernelFlavourIsReportedForAnImage() throws Exception {
        write("/lib/apk/db/installed", "P:linux-virt\n");
        assertTrue(check("kernel-modules").get(0).args().contains("linux-virt"));
    }

    /** A minimal 64-bit ELF header with one PT_INTERP program header. */
    static byte[] elfWithInterpreter(String interp) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(256).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1});
        b.putLong(32, 64);            // e_phoff
        b.putShort(54, (short) 56);   // e_phentsize
        b.putShort(56, (short) 1);    // e_phnum
        b.putInt(64, 3);              // PT_INTERP
        b.putLong(64 + 8, 128);       // p_offset
        b.putLong(64 + 32, interp.length() + 1);
        byte[] s = interp.getBytes();
        for (int i = 0; i < s.length; i++) {
            b.put(128 + i, s[i]);
        }
        return b.array();
    }
}
