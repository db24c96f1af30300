#!/bin/sh
# Checks the launcher (target/alpfaq) as users meet it: through a symbolic link, from another
# directory, without java on PATH, with class-data sharing off, with an unwritable cache.
# usage: sh src/test/sh/launcher.sh   (after mvn package; from the repository's top directory)
#        LAUNCHER_SH="busybox sh" sh src/test/sh/launcher.sh   to run the launcher with another
#        shell (Alpine's /bin/sh is busybox ash)
set -u
SH=${LAUNCHER_SH:-}
top=$(pwd)
launcher=$top/target/alpfaq
line="ERROR: unable to select packages: dosfstools (no such package)"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
check() { # name, then a command that must succeed
    name=$1
    shift
    if "$@" >"$tmp/out" 2>"$tmp/err"; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL: $name" >&2
        sed 's/^/  /' "$tmp/out" "$tmp/err" >&2
    fi
    cp "$tmp/out" "$tmp/last.out"
    cp "$tmp/err" "$tmp/last.err"
}
# What the previous check printed.
finds() { grep -q apk-no-such-package "$tmp/last.out"; }

# Through a symbolic link in another directory: the jar is found beside the link's target.
mkdir -p "$tmp/bin" "$tmp/elsewhere"
ln -s "$launcher" "$tmp/bin/alpfaq"
check "symlink" env XDG_CACHE_HOME="$tmp/c1" $SH "$tmp/bin/alpfaq" diagnose "$line"
check "symlink finds the entry" finds
check "archive made on first run" sh -c "ls '$tmp/c1/alpfaq/'*.jsa"
# From another directory by a relative path: the same archive is reused, not a second one made.
check "relative path" sh -c "cd '$tmp/elsewhere' && XDG_CACHE_HOME='$tmp/c1' $SH ../bin/alpfaq diagnose '$line' >/dev/null && cd '$top/target' && XDG_CACHE_HOME='$tmp/c1' $SH ./alpfaq diagnose '$line' >/dev/null && cd '$tmp/elsewhere' && XDG_CACHE_HOME='$tmp/c1' $SH ../../..$top/target/alpfaq diagnose '$line'"
check "one archive per jar" sh -c "test \$(ls '$tmp/c1/alpfaq/' | wc -l) -eq 1"
# Class-data sharing off: no archive, same answer.
check "ALPFAQ_CDS=0" env ALPFAQ_CDS=0 XDG_CACHE_HOME="$tmp/c2" $SH "$launcher" diagnose "$line"
check "ALPFAQ_CDS=0 finds the entry" finds
check "ALPFAQ_CDS=0 makes no archive" test ! -e "$tmp/c2/alpfaq"
# A cache that cannot be written: alpfaq runs without an archive.
: > "$tmp/not-a-dir"
check "unwritable cache" env XDG_CACHE_HOME="$tmp/not-a-dir" $SH "$launcher" diagnose "$line"
check "unwritable cache finds the entry" finds
# No java on PATH and no JAVA_HOME: a Java 17+ under /usr/lib/jvm is used.
mkdir -p "$tmp/tools"
for t in readlink mkdir mv rm ${SH%% *}; do ln -s "$(command -v $t)" "$tmp/tools/$t"; done
if ls -d /usr/lib/jvm/*/bin/java >/dev/null 2>&1; then
    check "no java on PATH" env -u JAVA_HOME PATH="$tmp/tools" XDG_CACHE_HOME="$tmp/c3" $SH "$launcher" diagnose "$line"
    check "no java on PATH finds the entry" finds
fi
# A missing jar is one line and exit code 3, not a Java error.
cp "$launcher" "$tmp/lonely"
check "missing jar exits 3" sh -c "$SH '$tmp/lonely' --version; test \$? -eq 3"
check "missing jar says so" grep -q "cannot find alpfaq.jar" "$tmp/last.err"

echo "launcher checks${SH:+ ($SH)}: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
