#!/usr/bin/env python3
"""Writes a deterministic syslog/dmesg-like log of about SIZE megabytes (default 100) to stdout,
with about 1% error lines of the kinds alpfaq knows. Same arguments, same bytes.

usage: gen-log.py [SIZE_MB] [--one-line]   (--one-line: no newline at all, for the long-line test)
"""
import random
import sys

size = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 100
one_line = "--one-line" in sys.argv
rnd = random.Random(20261126)

hosts = ["node1", "edge-gw", "build-07", "alpine"]
normal = [
    "daemon.info init: starting pid {n}, tty '/dev/tty1': '/sbin/getty 38400 tty1'",
    "kern.info kernel: [{t}] usb 1-1: new high-speed USB device number {n} using xhci_hcd",
    "kern.info kernel: [{t}] EXT4-fs (sda{d}): mounted filesystem with ordered data mode. Quota mode: none.",
    "daemon.info sshd[{n}]: Accepted publickey for root from 10.0.{d}.{d} port {n} ssh2: ED25519 SHA256:abc{n}",
    "daemon.info crond[{n}]: USER root pid {n} cmd run-parts /etc/periodic/15min",
    "daemon.notice chronyd[{n}]: Selected source 192.168.{d}.1 (pool.ntp.org)",
    "user.info apk: (1/{d}) Installing py3-requests (2.32.{d}-r0)",
    "user.info apk: OK: {n} MiB in {d}2 packages",
    "daemon.info dhcpcd[{n}]: eth0: leased 10.0.{d}.{d} for 86400 seconds",
    "kern.info kernel: [{t}] IPv6: ADDRCONF(NETDEV_CHANGE): eth0: link becomes ready",
    "daemon.info supervise-daemon[{n}]: Supervisor command line: supervise-daemon nginx --start",
    "local0.info nginx: 10.0.{d}.{d} - - GET /api/v1/items?page={d} HTTP/1.1 200 {n}",
]
errors = [
    "user.err apk: ERROR: unable to select packages:",
    "user.err apk:   py3-foo{d} (no such package):",
    "user.err apk: ERROR: http://dl-cdn.alpinelinux.org/alpine/v3.20/main: temporary error (try again later)",
    "user.err apk: WARNING: Ignoring http://dl-cdn.alpinelinux.org/alpine/v3.20/main: No such file or directory",
    "user.err apk: 1 error; 241 MiB in 67 packages",
    "daemon.info init: process '/sbin/getty -L ttyS{d} 115200 vt100' (pid {n}) exited. Scheduling for restart.",
    "kern.err kernel: [{t}] modprobe: can't change directory to '/lib/modules/6.6.{d}-0-lts': No such file or directory",
    "user.err app: Error relocating /usr/lib/libfoo.so: __memcpy_chk: symbol not found",
    "user.err wget: ssl_client: dl-cdn.alpinelinux.org: TLS connect failed: certificate verify failed",
    "auth.err login[{n}]: root login on 'ttyS0' denied: not in /etc/securetty",
]

def line(i):
    t = f"{i / 1000:.6f}"
    pool = errors if rnd.random() < 0.01 else normal
    msg = rnd.choice(pool).format(n=rnd.randint(100, 99999), d=rnd.randint(0, 9), t=t)
    day = 1 + (i // 86400) % 28
    hh, mm, ss = (i // 3600) % 24, (i // 60) % 60, i % 60
    return f"Nov {day:2d} {hh:02d}:{mm:02d}:{ss:02d} {rnd.choice(hosts)} {msg}"

out = sys.stdout
try:
    import signal
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet when piped into head
except (AttributeError, ValueError):
    pass
target = size * 1024 * 1024
written = 0
i = 0
buf = []
sep = " " if one_line else "\n"
while written < target:
    s = line(i) + sep
    buf.append(s)
    written += len(s)
    i += 1
    if len(buf) >= 10000:
        out.write("".join(buf))
        buf = []
out.write("".join(buf))
