#!/bin/sh
# Install Cuentas from this unpacked tarball (packaging/README.md).
#
#   ./install.sh                 for you alone: ~/.local/opt/cuentas, ~/.local/bin/cuentas
#   sudo ./install.sh --system   for everyone:  /opt/cuentas, /usr/local/bin/cuentas
#   ./install.sh --prefix DIR    under DIR (DIR/opt/cuentas, DIR/bin, DIR/share)
#   ./install.sh --uninstall     (with the same --system or --prefix) removes the program
#
# Installs the program, the `cuentas` command, the menu entry, the icons and the
# `.cuentas` file type, so that double-clicking a book opens it in Cuentas. Uninstalling
# removes exactly those files: books, backups, settings and logs (in ~/.local/share/Cuentas
# and the folders you chose) are never touched.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
prefix="$HOME/.local"
action=install
while [ $# -gt 0 ]; do
    case "$1" in
        --system) prefix=/usr/local; opt=/opt/cuentas ;;
        --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a folder" >&2; exit 2; }
                  prefix=$2; shift ;;
        --uninstall) action=uninstall ;;
        -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done
opt=${opt:-$prefix/opt/cuentas}
bin=$prefix/bin
share=$prefix/share
sizes="16 24 32 48 64 128 256 512"

refresh() {
    command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$share/mime" >/dev/null 2>&1 || true
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$share/applications" >/dev/null 2>&1 || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" >/dev/null 2>&1 || true
}

if [ "$action" = uninstall ]; then
    rm -rf "$opt"
    rm -f "$bin/cuentas" "$share/applications/cuentas.desktop" "$share/mime/packages/cuentas.xml"
    rm -f "$share/icons/hicolor/scalable/apps/cuentas.svg"
    for n in $sizes; do
        rm -f "$share/icons/hicolor/${n}x${n}/apps/cuentas.png" \
              "$share/icons/hicolor/${n}x${n}/mimetypes/application-x-cuentas.png"
    done
    refresh
    echo "Cuentas removed from $opt. Your books, backups and settings were not touched."
    exit 0
fi

[ -x "$here/cuentas/cuentas" ] || { echo "install.sh: $here/cuentas/cuentas is missing" >&2; exit 1; }
mkdir -p "$opt" "$bin" "$share/applications" "$share/mime/packages" "$share/icons/hicolor/scalable/apps"
# A fresh copy of the program: files of an older version must not linger.
rm -rf "$opt.new"
cp -R "$here/cuentas" "$opt.new"
rm -rf "$opt"
mv "$opt.new" "$opt"
ln -sf "$opt/cuentas" "$bin/cuentas"
sed "s|^Exec=cuentas |Exec=\"$opt/cuentas\" |" "$here/share/applications/cuentas.desktop" \
    > "$share/applications/cuentas.desktop"
cp "$here/share/mime/packages/cuentas.xml" "$share/mime/packages/cuentas.xml"
cp "$here/share/icons/hicolor/scalable/apps/cuentas.svg" "$share/icons/hicolor/scalable/apps/"
for n in $sizes; do
    for kind in apps mimetypes; do
        mkdir -p "$share/icons/hicolor/${n}x${n}/$kind"
    done
    cp "$here/share/icons/hicolor/${n}x${n}/apps/cuentas.png" "$share/icons/hicolor/${n}x${n}/apps/"
    cp "$here/share/icons/hicolor/${n}x${n}/apps/cuentas.png" \
       "$share/icons/hicolor/${n}x${n}/mimetypes/application-x-cuentas.png"
done
refresh
echo "Cuentas $("$opt/cuentas" --version | sed 's/^cuentas //') installed in $opt."
echo "Start it from the applications menu, or run: $bin/cuentas"
case ":$PATH:" in *":$bin:"*) ;; *) echo "($bin is not on your PATH.)" ;; esac
echo "Check it with: $bin/cuentas --self-test"
