#!/bin/sh
# The real `podwarden --sandbox` process: it finds podwarden-sandbox beside itself, comes online with
# the demo account, saves a screenshot, quits, and leaves no sandbox process behind.
set -eu
exe=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_CACHE_HOME="$tmp/cache"
mkdir -p "$HOME"
unset PODWARDEN_SANDBOX
QT_QPA_PLATFORM=offscreen timeout 120 "$exe" --sandbox --screenshot "$tmp/shot.png" --quit-after-screenshot \
    >"$tmp/out" 2>&1 || { cat "$tmp/out"; echo "podwarden failed"; exit 1; }
fail() { cat "$tmp/out"; echo "FAIL: $*"; exit 1; }
grep -q "sandbox ready at http://127.0.0.1:" "$tmp/out" || fail "the sandbox never became ready"
grep -q "loaded 13 keys, 8 secrets, 6 templates, 10 endpoints" "$tmp/out" || fail "the demo account was not loaded"
grep -q "state Sandbox" "$tmp/out" || fail "the session never reached the sandbox state"
[ -s "$tmp/shot.png" ] || fail "no screenshot"
[ -s "$tmp/data/Podwarden/podwarden/sandbox/podwarden-sandbox.sqlite" ] || [ -n "$(ls "$tmp/data/Podwarden/podwarden/sandbox")" ] ||
    fail "no sandbox data in the app's data directory"
sleep 0.5
if pgrep -f -- "--data $tmp/data" >/dev/null; then fail "a podwarden-sandbox process outlived the app"; fi
echo "podwarden --sandbox: online with the demo account, screenshot saved, sandbox stopped"
