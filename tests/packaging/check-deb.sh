#!/usr/bin/env bash
# Builds the .deb with CPack, checks what it holds, installs it (as root with dpkg; otherwise
# unpacked into a temporary root) and starts the installed podwarden offscreen until it has
# drawn its main window.
set -euo pipefail
build_dir=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$build_dir" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/podwarden_*.deb)
echo "built $(basename "$deb")"

contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/podwarden \
         ./usr/share/applications/io.github.podwarden.Podwarden.desktop \
         ./usr/share/metainfo/io.github.podwarden.Podwarden.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/io.github.podwarden.Podwarden.svg; do
    grep -qF " $f" <<<"$contents" || { echo "missing from the package: $f"; exit 1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
grep -q libqt6widgets6 <<<"$depends" || { echo "Depends lacks Qt: $depends"; exit 1; }

if [ "$(id -u)" = 0 ] && [ "${PODWARDEN_DEB_INSTALL:-1}" = 1 ]; then
    dpkg -i "$deb" >/dev/null
    trap 'dpkg -r podwarden >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
    exe=/usr/bin/podwarden
else
    dpkg-deb -x "$deb" "$work/root"
    exe="$work/root/usr/bin/podwarden"
fi

"$exe" --version | grep -q "^podwarden " || { echo "--version failed"; exit 1; }
export HOME="$work/home" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
QT_QPA_PLATFORM=offscreen timeout 60 "$exe" --screenshot "$work/started.png" --quit-after-screenshot
test -s "$work/started.png" || { echo "the installed podwarden drew no window"; exit 1; }
echo "installed podwarden started and drew its window"
