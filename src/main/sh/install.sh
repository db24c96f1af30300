#!/bin/sh
# Installs alpfaq from a built tree (mvn package): the jar, the launcher, the man page and
# completion scripts, under PREFIX (default /usr/local), inside DESTDIR when packaging.
#   sh target/install.sh                  # as root: /usr/local/bin/alpfaq
#   PREFIX=$HOME/.local sh target/install.sh
#   DESTDIR="$pkgdir" PREFIX=/usr sh target/install.sh   # from an APKBUILD
set -eu
here=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-/usr/local}
root=${DESTDIR:-}$PREFIX

for f in alpfaq alpfaq.jar alpfaq.1 completion/alpfaq.bash completion/_alpfaq; do
    if [ ! -f "$here/$f" ]; then
        echo "install.sh: $here/$f is missing: run 'mvn -B package' first" >&2
        exit 2
    fi
done

install -d "$root/bin" "$root/share/alpfaq" "$root/share/man/man1" \
    "$root/share/bash-completion/completions" "$root/share/zsh/site-functions"
install -m 644 "$here/alpfaq.jar" "$root/share/alpfaq/alpfaq.jar"
install -m 755 "$here/alpfaq" "$root/bin/alpfaq"
install -m 644 "$here/alpfaq.1" "$root/share/man/man1/alpfaq.1"
install -m 644 "$here/completion/alpfaq.bash" "$root/share/bash-completion/completions/alpfaq"
install -m 644 "$here/completion/_alpfaq" "$root/share/zsh/site-functions/_alpfaq"
echo "installed alpfaq in $root (run: $PREFIX/bin/alpfaq --help)"
